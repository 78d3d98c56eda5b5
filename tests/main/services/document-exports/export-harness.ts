// A save dialog that remembers what it was offered, a temp folder per test, and a
// document with names from several scripts.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Dialogs, FileFilter } from '../../../../main/app-core';
import { defaultResourcesDir } from '../../../../main/exports';
import type { ExportEnvironment } from '../../../../main/services/document-exports';
import type { RekindleDocument } from '../../../../shared/schema/document';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../../fixtures/documents';

interface SaveOffer {
  title: string;
  defaultName: string;
  filters: FileFilter[];
}

interface Harness {
  environment: ExportEnvironment;
  offers: SaveOffer[];
  opened: string[];
  printDir: string;
}

/** This test's own temp folder, fresh for each test of a file that calls useExportFolder. */
export let folder: string;

export function useExportFolder(): void {
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'rekindle-exports-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });
}

/** A save dialog that answers `answer(defaultName)` and remembers what it was offered. */
export function harness(answer: (defaultName: string) => string | null): Harness {
  const offers: SaveOffer[] = [];
  const opened: string[] = [];
  const printDir = join(folder, 'print');
  const dialogs: Dialogs = {
    save: async (options) => {
      offers.push(options);
      return answer(options.defaultName);
    },
    open: async () => null,
  };
  return {
    offers,
    opened,
    printDir,
    environment: {
      dialogs,
      writeFile: (path, bytes) => writeFile(path, bytes),
      openPath: async (path) => {
        opened.push(path);
      },
      tempDir: () => printDir,
      resourcesDir: defaultResourcesDir(),
      now: () => new Date('2026-11-28T10:00:00+01:00'),
    },
  };
}

export const intoFolder = (name: string) => join(folder, name);

export function sampleDocument(): RekindleDocument {
  const jane = { name: 'Jane Doe', email: 'jane@example.com', phone: '+49 30 1234567', city: 'Berlin', links: [] };
  const lukasz = makeReference({
    id: 'ref-lukasz',
    rank: 0,
    name: 'Łukasz Żółć',
    address: { salutation: 'mr', pronouns: 'he', formality: 'formal', title: '' },
    relationship: 'manager',
    workedAt: 'ACME',
    workedFrom: 2018,
    workedTo: 2022,
    currentTitle: 'Director of Product',
    organisation: 'Wrocław Labs',
  });
  const eleni = makeReference({ id: 'ref-eleni', rank: 1, name: 'Ελένη Παπαδοπούλου', currentTitle: 'Principal Engineer', organisation: 'Aegean Systems' });
  const wang = makeReference({ id: 'ref-wang', rank: 2, name: '王小明', currentTitle: 'VP Operations', organisation: 'Pearl River Design' });
  const acme = makeApplication({ id: 'app-acme', company: 'Acme', role: 'Design Lead' });
  const slashed = makeApplication({ id: 'app-slash', company: 'Foo/Bar: "Labs"?', role: 'Designer' });
  return makeDocument({
    profile: jane,
    applications: [acme, slashed],
    references: [lukasz, eleni, wang],
    requests: [
      makeRequest({ id: 'req-brief', referenceId: 'ref-lukasz', applicationId: 'app-acme', stage: 'prep' }),
      makeRequest({ id: 'req-thanks-1', referenceId: 'ref-eleni', applicationId: 'app-acme', stage: 'thanks' }),
      makeRequest({ id: 'req-thanks-2', referenceId: 'ref-wang', applicationId: null, stage: 'thanks' }),
    ],
  });
}

export const flat = (pages: string[]) => pages.join('\n').replace(/\s+/g, ' ');
