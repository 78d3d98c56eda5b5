// Backups, restores and imports as the window drives them: through the IPC dispatcher, over
// a real data folder, with the file dialogs answered by the test.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppCore } from '../../../main/app-core';
import { dispatch } from '../../../main/ipc';
import { DataStore } from '../../../main/store/data-store';
import { confEngine } from '../../../main/store/engine';
import type { InvokeChannel } from '../../../shared/ipc/channels';
import type { RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { ErrorCode, Result } from '../../../shared/ipc/result';
import { CURRENT_SCHEMA_VERSION, type RekindleDocument } from '../../../shared/schema/document';
import { makeApplication, makeDocument, makeReference } from '../../fixtures/documents';
import { writeSampleData } from '../../fixtures/sample-data';

const NOW = new Date('2026-11-28T09:30:00+01:00');
const LINKEDIN_FIXTURE = resolve('tests/fixtures/imports/linkedin-connections.csv');

type Call = <C extends InvokeChannel>(channel: C, payload?: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;

interface TestApp {
  dataFile: string;
  /** What the next open or save dialog answers; null cancels. */
  dialogs: { open: string | null; save: string | null };
  call: Call;
}

let temp: string;
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'rekindle-data-files-'));
});
afterEach(() => rmSync(temp, { recursive: true, force: true }));

function openTestApp(name: string, initial?: RekindleDocument | 'sample'): TestApp {
  const dataDir = join(temp, name);
  mkdirSync(dataDir, { recursive: true });
  if (initial === 'sample') writeSampleData(dataDir, NOW);
  else if (initial) writeFileSync(join(dataDir, 'rekindle-data.json'), JSON.stringify(initial), { mode: 0o600 });
  const dialogs: TestApp['dialogs'] = { open: null, save: null };
  const core = openAppCore({
    dataDir,
    engine: confEngine,
    now: () => new Date(NOW),
    systemLanguage: 'en',
    dialogs: { open: async () => dialogs.open, save: async () => dialogs.save },
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

function refusal(result: Result<unknown>): { code: ErrorCode; message: string } {
  if (result.ok) throw new Error('Expected a refusal, got success');
  return { code: result.error.code, message: result.error.message };
}

/** What the next launch finds on disk: the data file with the journal of changes after it. */
function onDisk(app: TestApp): RekindleDocument {
  return DataStore.open({ dir: dirname(app.dataFile), engine: confEngine, now: () => new Date(NOW), timers: { set: () => null, clear: () => undefined } }).document;
}

function documentIn(path: string): RekindleDocument {
  const { storeMeta: _meta, ...document } = JSON.parse(readFileSync(path, 'utf8')) as RekindleDocument & { storeMeta?: unknown };
  return document;
}

function records(document: RekindleDocument) {
  return { profile: document.profile, applications: document.applications, references: document.references, requests: document.requests };
}

/** A second app with data of its own: one person and one application the backup lacks. */
function appWithOwnData(): TestApp {
  return openTestApp(
    'other',
    makeDocument({
      profile: { name: '', email: '', phone: '', city: '', links: [] },
      settings: { language: 'de', paperSize: 'Letter' },
      references: [makeReference({ id: 'only-here', name: 'Only Here', rank: 0 })],
      applications: [makeApplication({ id: 'only-here-app', company: 'Local AG' })],
    }),
  );
}

async function saveSampleBackup(): Promise<{ path: string; saved: RekindleDocument }> {
  const source = openTestApp('source', 'sample');
  const path = join(temp, 'Rekindle backup.json');
  source.dialogs.save = path;
  expect(value(await source.call('backup:save'))).toEqual({ savedTo: path });
  return { path, saved: onDisk(source) };
}

describe('restoring a saved backup', () => {
  it('replacing brings back exactly what was saved, on disk too', async () => {
    const { path, saved } = await saveSampleBackup();
    const target = appWithOwnData();
    target.dialogs.open = path;

    const opened = value(await target.call('backup:open'));
    expect(opened?.fileName).toBe('Rekindle backup.json');
    expect(opened?.preview.inBackup).toEqual({
      applications: saved.applications.length,
      people: saved.references.length,
      requests: saved.requests.length,
    });
    expect(opened?.preview.replace.removed).toEqual({ applications: 1, people: 1, requests: 0 });

    const restored = value(await target.call('backup:restore', { token: opened?.token ?? '', mode: 'replace' }));
    expect(restored.patch.references?.upsert.map((person) => person.id)).toEqual(saved.references.map((person) => person.id));
    expect(records(onDisk(target))).toEqual(records(saved));
  });

  it('merging adds the backup and keeps what only this app had, and its settings', async () => {
    const { path, saved } = await saveSampleBackup();
    const target = appWithOwnData();
    target.dialogs.open = path;
    const opened = value(await target.call('backup:open'));
    expect(opened?.preview.merge.kept).toEqual({ applications: 1, people: 1, requests: 0 });

    value(await target.call('backup:restore', { token: opened?.token ?? '', mode: 'merge' }));
    const document = onDisk(target);
    expect(document.references.map((person) => person.id)).toEqual(['only-here', ...saved.references.map((person) => person.id)]);
    expect(document.applications.map((application) => application.id)).toEqual([
      'only-here-app',
      ...saved.applications.map((application) => application.id),
    ]);
    expect(document.requests).toEqual(saved.requests);
    expect(document.profile).toEqual(saved.profile);
    expect(document.settings).toEqual({ language: 'de', paperSize: 'Letter' });
    expect(onDisk(target).references).toHaveLength(saved.references.length + 1);
  });

  it('copies the data as it was into the backup folder before restoring', async () => {
    const { path } = await saveSampleBackup();
    const target = appWithOwnData();
    const before = onDisk(target);
    target.dialogs.open = path;
    const opened = value(await target.call('backup:open'));
    const { safetyBackup } = value(await target.call('backup:restore', { token: opened?.token ?? '', mode: 'replace' }));

    expect(safetyBackup).not.toBeNull();
    expect(documentIn(safetyBackup as string)).toEqual(before);
    expect(before.references[0]?.name).toBe('Only Here');
    expect(onDisk(target).references.some((person) => person.name === 'Only Here')).toBe(false);
  });

  it('answers a cancelled dialog with nothing and changes nothing', async () => {
    const target = appWithOwnData();
    const before = readFileSync(target.dataFile);
    expect(value(await target.call('backup:open'))).toBeNull();
    expect(value(await target.call('import:open', { source: 'linkedin' }))).toBeNull();
    expect(readFileSync(target.dataFile).equals(before)).toBe(true);
  });
});

describe('files that are refused', () => {
  async function expectRefused(
    file: string,
    open: (app: TestApp) => Promise<Result<unknown>>,
    expected: { code: ErrorCode; message: RegExp },
  ): Promise<void> {
    const app = appWithOwnData();
    const before = readFileSync(app.dataFile);
    app.dialogs.open = file;
    const { code, message } = refusal(await open(app));
    expect(code).toBe(expected.code);
    expect(message).toMatch(expected.message);
    expect(readFileSync(app.dataFile).equals(before)).toBe(true);
  }

  const openBackup = (app: TestApp) => app.call('backup:open');
  const openLinkedIn = (app: TestApp) => app.call('import:open', { source: 'linkedin' });

  it('refuses random bytes as a backup', async () => {
    const file = join(temp, 'noise.json');
    // A NUL byte in the first position makes the refusal reason certain.
    writeFileSync(file, Buffer.concat([Buffer.from([0]), randomBytes(4_096)]));
    await expectRefused(file, openBackup, { code: 'unreadable_file', message: /binary data \(NUL bytes\)/ });
  });

  it('refuses a backup cut off halfway and says it ends too early', async () => {
    const { path } = await saveSampleBackup();
    const text = readFileSync(path, 'utf8');
    const cut = join(temp, 'cut.json');
    writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)));
    await expectRefused(cut, openBackup, { code: 'unreadable_file', message: /ends before the backup does/ });
  });

  it('refuses a backup written by a newer version', async () => {
    const file = join(temp, 'newer.json');
    writeFileSync(file, JSON.stringify({ ...makeDocument(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 }));
    await expectRefused(file, openBackup, { code: 'conflict', message: /newer version of Rekindle/ });
  });

  it('refuses a CSV with the wrong header and names the missing columns', async () => {
    const file = join(temp, 'contacts.csv');
    writeFileSync(file, 'Name,Mail,Firm\nJo Bloggs,jo@example.com,ACME\n');
    await expectRefused(file, openLinkedIn, { code: 'unreadable_file', message: /"First Name", "Last Name", "Company", "Position" are missing/ });
  });

  it('refuses a 50 MB file by its size, as a backup and as an import', async () => {
    const file = join(temp, 'huge.json');
    writeFileSync(file, '');
    truncateSync(file, 50 * 1024 * 1024);
    expect(statSync(file).size).toBe(50 * 1024 * 1024);
    try {
      const tooLarge = { code: 'file_too_large' as const, message: /50\.0 MB; Rekindle opens files up to 20 MB/ };
      await expectRefused(file, openBackup, tooLarge);
      await expectRefused(file, openLinkedIn, tooLarge);
    } finally {
      rmSync(file, { force: true });
    }
    expect(existsSync(file)).toBe(false);
  });
});

describe('importing LinkedIn connections', () => {
  it('adds each person once, and nobody when the same file is imported again', async () => {
    const app = openTestApp('import');
    app.dialogs.open = LINKEDIN_FIXTURE;

    const first = value(await app.call('import:open', { source: 'linkedin' }));
    expect(first?.fileName).toBe('linkedin-connections.csv');
    expect(first?.plan.newCount).toBe(5);
    expect(first?.plan.duplicateCount).toBe(2);
    const everyone = first?.plan.entries.map((entry) => entry.index) ?? [];
    const applied = value(await app.call('import:apply', { token: first?.token ?? '', indexes: everyone }));
    expect(applied.added).toBe(5);
    const names = onDisk(app).references.map((person) => person.name);
    expect(names).toEqual(['Jürgen Groß', 'Aylin Demir', 'Łukasz Żółć', 'Mei Chen', 'Tomás Ortega']);

    const again = value(await app.call('import:open', { source: 'linkedin' }));
    expect(again?.plan.newCount).toBe(0);
    expect(again?.plan.entries.every((entry) => entry.status === 'duplicate')).toBe(true);
    const secondApply = value(
      await app.call('import:apply', { token: again?.token ?? '', indexes: again?.plan.entries.map((entry) => entry.index) ?? [] }),
    );
    expect(secondApply.added).toBe(0);
    expect(onDisk(app).references.map((person) => person.name)).toEqual(names);
  });

  it('adds only the people the user kept ticked', async () => {
    const app = openTestApp('import');
    app.dialogs.open = LINKEDIN_FIXTURE;
    const opened = value(await app.call('import:open', { source: 'linkedin' }));
    const aylin = opened?.plan.entries.find((entry) => entry.person.name === 'Aylin Demir');
    value(await app.call('import:apply', { token: opened?.token ?? '', indexes: [aylin?.index ?? -1] }));
    expect(onDisk(app).references.map((person) => person.name)).toEqual(['Aylin Demir']);
  });
});

describe('tokens of files no longer open', () => {
  it('refuses a token once another file was opened, and a token used twice', async () => {
    const { path } = await saveSampleBackup();
    const app = appWithOwnData();
    app.dialogs.open = path;
    const first = value(await app.call('backup:open'));
    const second = value(await app.call('backup:open'));
    const before = readFileSync(app.dataFile);

    const stale = refusal(await app.call('backup:restore', { token: first?.token ?? '', mode: 'replace' }));
    expect(stale.code).toBe('not_found');
    expect(stale.message).toMatch(/no longer open/);
    expect(readFileSync(app.dataFile).equals(before)).toBe(true);

    value(await app.call('backup:restore', { token: second?.token ?? '', mode: 'merge' }));
    expect(refusal(await app.call('backup:restore', { token: second?.token ?? '', mode: 'merge' })).code).toBe('not_found');
  });

  it('does not let an import token restore a backup', async () => {
    const app = openTestApp('import');
    app.dialogs.open = LINKEDIN_FIXTURE;
    const opened = value(await app.call('import:open', { source: 'linkedin' }));
    expect(refusal(await app.call('backup:restore', { token: opened?.token ?? '', mode: 'replace' })).code).toBe('not_found');
    expect(onDisk(app).references).toEqual([]);
  });
});
