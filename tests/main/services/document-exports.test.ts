import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dialogs, FileFilter } from '../../../main/app-core';
import { defaultResourcesDir } from '../../../main/exports';
import { DomainError } from '../../../main/services/context';
import {
  exportCsv,
  exportNotePrompts,
  exportPrepBrief,
  exportReferenceSheet,
  type ExportEnvironment,
} from '../../../main/services/document-exports';
import type { RekindleDocument } from '../../../shared/schema/document';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';
import { docxParagraphs, pdfPages, run } from '../exports/read-back';

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

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'rekindle-exports-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A save dialog that answers `answer(defaultName)` and remembers what it was offered. */
function harness(answer: (defaultName: string) => string | null): Harness {
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

const intoFolder = (name: string) => join(folder, name);

function sampleDocument(): RekindleDocument {
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

const flat = (pages: string[]) => pages.join('\n').replace(/\s+/g, ' ');

describe('exporting a reference sheet', () => {
  it('writes a PDF where the dialog said, offering "References – Acme – Jane Doe.pdf", with the people in the chosen order', async () => {
    const { environment, offers } = harness((name) => intoFolder(name));
    const result = await exportReferenceSheet(
      sampleDocument(),
      { applicationId: 'app-acme', referenceIds: ['ref-wang', 'ref-lukasz', 'ref-eleni'], language: 'en', format: 'pdf' },
      environment,
    );

    expect(offers).toHaveLength(1);
    expect(offers[0]!.defaultName).toBe('References – Acme – Jane Doe.pdf');
    expect(offers[0]!.filters[0]!.extensions).toEqual(['pdf']);
    expect(result.savedTo).toBe(intoFolder('References – Acme – Jane Doe.pdf'));

    const text = flat(await pdfPages(new Uint8Array(await readFile(result.savedTo!))));
    expect(text).toContain('Jane Doe');
    const positions = ['王小明', 'Łukasz Żółć', 'Ελένη Παπαδοπούλου'].map((name) => text.indexOf(name));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('Former manager at ACME, 2018–2022');
  });

  it('prints a name written right to left with its words apart and in reading order', async () => {
    const { environment } = harness((name) => intoFolder(name));
    const document = sampleDocument();
    document.references.push(makeReference({ id: 'ref-fatima', rank: 3, name: 'فاطمة الزهراء', currentTitle: 'Senior Designer' }));
    const result = await exportReferenceSheet(document, { applicationId: null, referenceIds: ['ref-fatima', 'ref-lukasz'], language: 'en', format: 'pdf' }, environment);
    // poppler puts a right-to-left line back into reading order, as a reader's viewer would.
    const { stdout } = await run('pdftotext', [result.savedTo!, '-']);
    const lines = stdout.replace(/[\u202A-\u202E]/g, '').split('\n');
    expect(lines).toContain('فاطمة الزهراء');
    expect(lines).toContain('Senior Designer');
    expect(lines).toContain('Łukasz Żółć');
  });

  it('writes a Word file in German whose paragraphs name the people in order', async () => {
    const { environment, offers } = harness((name) => intoFolder(name));
    const result = await exportReferenceSheet(
      sampleDocument(),
      { applicationId: 'app-acme', referenceIds: ['ref-eleni', 'ref-lukasz'], language: 'de', format: 'docx' },
      environment,
    );

    expect(offers[0]!.defaultName).toBe('Referenzen – Acme – Jane Doe.docx');
    expect(offers[0]!.filters[0]!.extensions).toEqual(['docx']);
    const paragraphs = docxParagraphs(new Uint8Array(await readFile(result.savedTo!)));
    expect(paragraphs).toContain('Referenzen');
    const eleni = paragraphs.indexOf('Ελένη Παπαδοπούλου');
    const lukasz = paragraphs.indexOf('Łukasz Żółć');
    expect(eleni).toBeGreaterThanOrEqual(0);
    expect(lukasz).toBeGreaterThan(eleni);
    expect(paragraphs).not.toContain('王小明');
  });

  it('offers a file name without the characters Windows forbids when the company has them', async () => {
    const { environment, offers } = harness((name) => intoFolder(name));
    const result = await exportReferenceSheet(
      sampleDocument(),
      { applicationId: 'app-slash', referenceIds: ['ref-lukasz'], language: 'en', format: 'pdf' },
      environment,
    );
    const offered = offers[0]!.defaultName;
    expect(offered).not.toMatch(/[<>:"/\\|?*]/);
    expect(offered.startsWith('References – Foo Bar')).toBe(true);
    expect(offered.endsWith(' – Jane Doe.pdf')).toBe(true);
    expect(existsSync(result.savedTo!)).toBe(true);
  });

  it('leaves the company out of the name for a sheet for the search in general', async () => {
    const { environment, offers } = harness((name) => intoFolder(name));
    await exportReferenceSheet(sampleDocument(), { applicationId: null, referenceIds: ['ref-lukasz'], language: 'en', format: 'docx' }, environment);
    expect(offers[0]!.defaultName).toBe('References – Jane Doe.docx');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { environment, offers } = harness(() => null);
    const result = await exportReferenceSheet(
      sampleDocument(),
      { applicationId: 'app-acme', referenceIds: ['ref-lukasz'], language: 'en', format: 'pdf' },
      environment,
    );
    expect(result).toEqual({ savedTo: null });
    expect(offers).toHaveLength(1);
    expect(await readdir(folder)).toEqual([]);
  });

  it('answers not_found for a person or an application that no longer exists, before asking where to save', async () => {
    const { environment, offers } = harness((name) => intoFolder(name));
    const document = sampleDocument();
    await expect(
      exportReferenceSheet(document, { applicationId: null, referenceIds: ['ref-lukasz', 'ref-gone'], language: 'en', format: 'pdf' }, environment),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      exportReferenceSheet(document, { applicationId: 'app-gone', referenceIds: ['ref-lukasz'], language: 'en', format: 'pdf' }, environment),
    ).rejects.toBeInstanceOf(DomainError);
    expect(offers).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('export failures named by their cause', () => {
  it('names the missing font file and writes nothing when the font folder is gone', async () => {
    const { environment } = harness((name) => intoFolder(name));
    const broken = { ...environment, resourcesDir: join(folder, 'no-resources') };
    for (const format of ['pdf', 'docx'] as const) {
      await expect(
        exportReferenceSheet(sampleDocument(), { applicationId: null, referenceIds: ['ref-lukasz'], language: 'en', format }, broken),
      ).rejects.toMatchObject({ code: 'io_error', issues: [{ path: 'fonts/DejaVuSans.ttf', code: 'missing_font' }] });
    }
    expect(await readdir(folder)).toEqual([]);
  });

  it('tells a folder that cannot be written from a file another program holds', async () => {
    const { environment } = harness((name) => intoFolder(name));
    const failing = (code: string): ExportEnvironment => ({
      ...environment,
      writeFile: async () => {
        throw Object.assign(new Error(code), { code });
      },
    });
    const input = { kind: 'people', language: 'en' } as const;
    await expect(exportCsv(sampleDocument(), input, failing('EACCES'))).rejects.toMatchObject({
      code: 'io_error',
      issues: [{ path: folder, code: 'folder_not_writable' }],
    });
    await expect(exportCsv(sampleDocument(), input, failing('EBUSY'))).rejects.toMatchObject({
      issues: [{ path: intoFolder('People – 2026-11-28.csv'), code: 'file_in_use' }],
    });
  });
});

describe('exporting a prep brief', () => {
  it('saves the brief for one request under "Prep brief – Acme – <person>.pdf" with the person and the application in it', async () => {
    const { environment, offers } = harness((name) => intoFolder(name));
    const result = await exportPrepBrief(sampleDocument(), { requestId: 'req-brief', language: 'en' }, environment);
    expect(offers[0]!.defaultName).toBe('Prep brief – Acme – Łukasz Żółć.pdf');
    const text = flat(await pdfPages(new Uint8Array(await readFile(result.savedTo!))));
    expect(text).toContain('Łukasz');
    expect(text).toContain('Acme');
  });

  it('answers not_found for an unknown request', async () => {
    const { environment } = harness((name) => intoFolder(name));
    await expect(exportPrepBrief(sampleDocument(), { requestId: 'req-gone', language: 'de' }, environment)).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('note prompts', () => {
  it('prints by writing a PDF into the temp folder and opening it, without asking where to save', async () => {
    const { environment, offers, opened, printDir } = harness((name) => intoFolder(name));
    await mkdir(printDir);
    const result = await exportNotePrompts(
      sampleDocument(),
      { requestIds: ['req-thanks-1', 'req-thanks-2'], language: 'en', action: 'print' },
      environment,
    );
    expect(offers).toEqual([]);
    expect(result.savedTo).not.toBeNull();
    expect(dirname(result.savedTo!)).toBe(printDir);
    expect(basename(result.savedTo!)).toBe('Thank-you notes – 2026-11-28.pdf');
    expect(opened).toEqual([result.savedTo]);
    const text = flat(await pdfPages(new Uint8Array(await readFile(result.savedTo!))));
    expect(text).toContain('Ελένη Παπαδοπούλου');
    expect(text).toContain('王小明');
  });

  it('saves where the dialog said when asked to save, and opens nothing', async () => {
    const { environment, offers, opened } = harness((name) => intoFolder(name));
    const result = await exportNotePrompts(sampleDocument(), { requestIds: ['req-thanks-1'], language: 'de', action: 'save' }, environment);
    expect(offers[0]!.defaultName).toBe('Dankeskarten – 2026-11-28.pdf');
    expect(result.savedTo).toBe(intoFolder('Dankeskarten – 2026-11-28.pdf'));
    expect(opened).toEqual([]);
    const text = flat(await pdfPages(new Uint8Array(await readFile(result.savedTo!))));
    expect(text).toContain('Ελένη Παπαδοπούλου');
  });

  it('adds one address label per person who has an address, after the cards', async () => {
    const { environment } = harness((name) => intoFolder(name));
    const document = sampleDocument();
    document.references = document.references.map((person) =>
      person.id === 'ref-eleni'
        ? { ...person, postalAddress: { street: ['Λεωφόρος Κηφισίας 44'], postcode: '151 25', city: 'Μαρούσι', region: '', country: 'Greece' } }
        : person,
    );
    document.requests.push(makeRequest({ id: 'req-thanks-3', referenceId: 'ref-eleni', applicationId: null, stage: 'thanks' }));
    const result = await exportNotePrompts(
      document,
      { requestIds: ['req-thanks-1', 'req-thanks-2', 'req-thanks-3'], language: 'en', action: 'save', addresses: 'labels' },
      environment,
    );
    const pages = await pdfPages(new Uint8Array(await readFile(result.savedTo!)));
    expect(pages).toHaveLength(3);
    const labels = pages[2]!;
    expect(labels).toContain('151 25 Μαρούσι');
    expect(labels.match(/Λεωφόρος Κηφισίας 44/g)).toHaveLength(1);
    expect(labels).not.toContain('王小明');
  });

  it('answers not_found for an unknown request and opens nothing', async () => {
    const { environment, opened } = harness((name) => intoFolder(name));
    await expect(
      exportNotePrompts(sampleDocument(), { requestIds: ['req-thanks-1', 'req-gone'], language: 'en', action: 'print' }, environment),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(opened).toEqual([]);
  });
});

describe('spreadsheet export', () => {
  it('writes the people as CSV with formula-looking and quoted cells escaped', async () => {
    const { environment, offers } = harness((name) => intoFolder(name));
    const document = makeDocument({
      references: [makeReference({ name: '=HYPERLINK("https://evil.example")', organisation: 'Müller, "Söhne" & Co', notes: 'line one\nline two' })],
    });
    const result = await exportCsv(document, { kind: 'people', language: 'en' }, environment);
    expect(offers[0]!.defaultName).toBe('People – 2026-11-28.csv');
    const text = await readFile(result.savedTo!, 'utf8');
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(2);
    const header = rows[0]!;
    const row = rows[1]!;
    expect(row[header.indexOf('Name')]).toBe(`'=HYPERLINK("https://evil.example")`);
    expect(row[header.indexOf('Organisation')]).toBe('Müller, "Söhne" & Co');
    expect(row[header.indexOf('Notes')]).toBe('line one\nline two');
  });

  it('names the applications file in German when the language is German', async () => {
    const { environment, offers } = harness((name) => intoFolder(name));
    const result = await exportCsv(sampleDocument(), { kind: 'applications', language: 'de' }, environment);
    expect(offers[0]!.defaultName).toBe('Bewerbungen – 2026-11-28.csv');
    const text = await readFile(result.savedTo!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('Unternehmen');
    expect(text).toContain('Acme');
  });
});
