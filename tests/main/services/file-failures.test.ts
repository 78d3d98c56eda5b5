// Saving a backup and reading a chosen file when the file system refuses: each answer names
// its cause (a folder that cannot be written, a file in use, a full disk, a file that cannot
// be read or has vanished) for the window to explain, and nothing changes on disk.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppCore } from '../../../main/app-core';
import { dispatch } from '../../../main/ipc';
import { openBackup, PendingFiles, type FileEnvironment } from '../../../main/services/data-files';
import { confEngine } from '../../../main/store/engine';
import { makeDocument } from '../../fixtures/documents';

const NOW = new Date('2026-11-28T09:30:00+01:00');
const SENDER = { senderFrame: { url: 'http://127.0.0.1/', parent: null } };
const refusal = (code: string) => Object.assign(new Error(`${code}: refused`), { code });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-file-failures-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function openCore(options: { save: string | null; open: string | null; writeFile?: (path: string, bytes: Uint8Array) => Promise<void> }) {
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'rekindle-data.json'), JSON.stringify(makeDocument()), { mode: 0o600 });
  const core = openAppCore({
    dataDir: join(dir, 'data'),
    engine: confEngine,
    now: () => new Date(NOW),
    systemLanguage: 'en',
    dialogs: { save: async () => options.save, open: async () => options.open },
    openExternal: async () => undefined,
    openPath: async () => undefined,
    ...(options.writeFile ? { writeFile: options.writeFile } : {}),
  });
  return core;
}

const dataBytes = () => readFileSync(join(dir, 'data', 'rekindle-data.json'));

describe('saving a backup where it cannot be written', () => {
  it.each([
    ['EACCES', 'io_error', [{ code: 'folder_not_writable', path: 'out' }]],
    ['EROFS', 'io_error', [{ code: 'folder_not_writable', path: 'out' }]],
    ['EBUSY', 'io_error', [{ code: 'file_in_use', path: 'out/backup.json' }]],
    ['ENOSPC', 'disk_full', []],
  ] as const)('answers %s with its cause and changes nothing', async (code, expected, issues) => {
    const target = join(dir, 'out', 'backup.json');
    const core = openCore({ save: target, open: null, writeFile: async () => Promise.reject(refusal(code)) });
    const before = dataBytes();

    const answer = await dispatch('backup:save', SENDER, undefined, core.handlers, { isTrustedUrl: () => true });

    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe(expected);
    expect(answer.error.issues ?? []).toEqual(issues.map((issue) => ({ ...issue, path: join(dir, issue.path) })));
    expect(existsSync(target)).toBe(false);
    expect(dataBytes().equals(before)).toBe(true);
  });
});

describe('reading a chosen backup or import file', () => {
  it('names a file that vanished after it was chosen, for a backup and an import, and changes nothing', async () => {
    const gone = join(dir, 'moved-away.json');
    const core = openCore({ save: null, open: gone });
    const before = dataBytes();
    const call = (channel: 'backup:open' | 'import:open', payload: unknown) => dispatch(channel, SENDER, payload, core.handlers, { isTrustedUrl: () => true });

    for (const answer of [await call('backup:open', undefined), await call('import:open', { source: 'vcard' })]) {
      expect(answer.ok).toBe(false);
      if (answer.ok) continue;
      expect(answer.error.code).toBe('io_error');
      expect(answer.error.issues).toEqual([{ code: 'file_gone', path: gone }]);
    }
    expect(dataBytes().equals(before)).toBe(true);
  });

  it.each([
    ['EACCES', 'file_not_readable'],
    ['EPERM', 'file_not_readable'],
    ['EBUSY', 'file_in_use'],
  ] as const)('names %s as %s', async (code, cause) => {
    const chosen = join(dir, 'Rekindle backup.json');
    writeFileSync(chosen, '{}');
    const environment: FileEnvironment = {
      dialogs: { save: async () => null, open: async () => chosen },
      writeFile: async () => undefined,
      readFile: async () => Promise.reject(refusal(code)),
      fileSize: async () => 2,
      now: () => NOW,
    };
    await expect(openBackup(makeDocument(), new PendingFiles(() => 'token'), environment)).rejects.toMatchObject({
      code: 'io_error',
      issues: [{ code: cause, path: chosen }],
    });
  });
});
