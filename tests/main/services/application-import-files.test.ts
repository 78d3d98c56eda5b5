// Applications from a CSV as the window drives them: through the IPC dispatcher, over a
// real data folder, with the open dialog answered by the test.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppCore } from '../../../main/app-core';
import { dispatch } from '../../../main/ipc';
import { DataStore } from '../../../main/store/data-store';
import { confEngine } from '../../../main/store/engine';
import type { InvokeChannel } from '../../../shared/ipc/channels';
import type { RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import type { RekindleDocument } from '../../../shared/schema/document';
import { makeApplication, makeDocument } from '../../fixtures/documents';

const NOW = new Date('2026-11-28T09:30:00+01:00');
const GERMAN_SHEET = resolve('tests/fixtures/imports/bewerbungen-de.csv');

type Call = <C extends InvokeChannel>(channel: C, payload?: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;

let temp: string;
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'rekindle-application-import-'));
});
afterEach(() => rmSync(temp, { recursive: true, force: true }));

function openTestApp(initial: RekindleDocument) {
  const dataDir = join(temp, 'data');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'rekindle-data.json'), JSON.stringify(initial), { mode: 0o600 });
  const dialogs: { open: string | null } = { open: null };
  const core = openAppCore({
    dataDir,
    engine: confEngine,
    now: () => new Date(NOW),
    systemLanguage: 'en',
    dialogs: { open: async () => dialogs.open, save: async () => null },
    openExternal: async () => undefined,
    openPath: async () => undefined,
  });
  const sender = { senderFrame: { url: 'http://127.0.0.1/', parent: null } };
  const call = ((channel: InvokeChannel, payload?: unknown) =>
    dispatch(channel, sender, payload, core.handlers, { isTrustedUrl: () => true })) as Call;
  return { dataFile: join(dataDir, 'rekindle-data.json'), dialogs, call };
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function onDisk(dataFile: string): RekindleDocument {
  return DataStore.open({ dir: dirname(dataFile), engine: confEngine, now: () => new Date(NOW), timers: { set: () => null, clear: () => undefined } }).document;
}

const existing = makeDocument({ applications: [makeApplication({ id: 'kept', company: 'stadtwerke nord', role: 'Projektleiterin energie' })] });

describe('importing applications through a column mapping', () => {
  it('previews the proposed mapping, previews again with a changed one and imports with it', async () => {
    const app = openTestApp(existing);
    app.dialogs.open = GERMAN_SHEET;
    const opened = value(await app.call('import:openApplications'));
    if (opened === null) throw new Error('the dialog was answered');
    expect(opened.header[opened.mapping.company ?? -1]).toBe('Firma');
    expect(opened.existingCount).toBe(1);

    const notes = opened.header.indexOf('Bemerkung');
    const mapping = { ...opened.mapping, notes };
    const again = value(await app.call('import:previewApplications', { token: opened.token, mapping }));
    expect(again.mapping.notes).toBe(notes);
    expect(again.fileName).toBe('bewerbungen-de.csv');

    const result = value(await app.call('import:applyApplications', { token: opened.token, mapping }));
    expect(result).toMatchObject({ added: 3, existing: 1, repeated: 0, incomplete: 1 });
    const saved = onDisk(app.dataFile).applications;
    expect(saved.map((application) => [application.company, application.notes])).toEqual([
      ['stadtwerke nord', ''],
      ['Bäckerei Groß GmbH', 'Kontakt über Messe'],
      ['Müller & Söhne KG', 'SUM(A1:A9)'],
      ['Ökostrom AG', 'Frist 30.11.'],
    ]);
    // Imported once: the token is used up.
    expect(await app.call('import:applyApplications', { token: opened.token, mapping })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a malformed mapping at the boundary and changes nothing on disk', async () => {
    const app = openTestApp(existing);
    app.dialogs.open = GERMAN_SHEET;
    const opened = value(await app.call('import:openApplications'));
    if (opened === null) throw new Error('the dialog was answered');
    const before = readFileSync(app.dataFile);
    const send = (payload: unknown) => app.call('import:applyApplications', payload as RequestOf<'import:applyApplications'>);
    const bad: unknown[] = [
      { token: opened.token, mapping: { ...opened.mapping, company: -1 } },
      { token: opened.token, mapping: { ...opened.mapping, company: 1.5 } },
      { token: opened.token, mapping: { ...opened.mapping, company: '0' } },
      { token: opened.token, mapping: { ...opened.mapping, company: 100_000 } },
      { token: opened.token, mapping: { ...opened.mapping, contents: 'Firma;Stelle' } },
      { token: opened.token, mapping: { company: 0 } },
      { token: opened.token, mapping: opened.mapping, path: '/etc/passwd' },
      { token: 'x'.repeat(65), mapping: opened.mapping },
    ];
    for (const payload of bad) {
      expect(await send(payload)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    // Well formed but not for this file: a column it lacks, or no role.
    expect(await send({ token: opened.token, mapping: { ...opened.mapping, notes: 150 } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await send({ token: opened.token, mapping: { ...opened.mapping, role: null } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(readFileSync(app.dataFile).equals(before)).toBe(true);
    expect(onDisk(app.dataFile).applications.map((application) => application.id)).toEqual(['kept']);
    // The refusals left the file open: the user can fix the mapping and import.
    expect(value(await send({ token: opened.token, mapping: opened.mapping })).added).toBe(3);
  });

  it('refuses a file that is not a list of applications with a typed error and nothing written', async () => {
    const app = openTestApp(existing);
    const before = readFileSync(app.dataFile);
    const people = join(temp, 'people.csv');
    writeFileSync(people, 'First Name,Last Name\nAda,Lovelace\n');
    app.dialogs.open = people;
    expect(await app.call('import:openApplications')).toMatchObject({ ok: false, error: { code: 'unreadable_file' } });
    expect(readFileSync(app.dataFile).equals(before)).toBe(true);
  });
});
