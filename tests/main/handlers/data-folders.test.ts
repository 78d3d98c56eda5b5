import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppCoreOptions } from '../../../main/app-core';
import { openHandlerCore, sendTo } from './handler-core';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-folders-ipc-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function openCore(shell: Pick<AppCoreOptions, 'openPath' | 'showInFolder'>) {
  const core = openHandlerCore(dir, shell);
  return { core, send: (channel: string, payload?: unknown) => sendTo(core, channel, payload) };
}

describe('the data folders from the Settings screen', () => {
  it('opens the data folder, and shows the launch backup selected in the backups folder', async () => {
    const done: string[] = [];
    const { send } = openCore({ openPath: async (path) => void done.push(`open ${path}`), showInFolder: async (path) => void done.push(`show ${path}`) });

    expect(await send('files:openDataFolder')).toEqual({ ok: true, value: { opened: true } });
    expect(await send('files:revealBackups')).toEqual({ ok: true, value: { shown: true } });

    expect(done[0]).toBe(`open ${dir}`);
    expect(done[1]).toMatch(new RegExp(`^show ${join(dir, 'backups', 'rekindle-data.backup-')}.*\\.json$`));
  });

  it('opens the backups folder where the system cannot select a file', async () => {
    const done: string[] = [];
    const { send } = openCore({ openPath: async (path) => void done.push(`open ${path}`) });

    await send('files:revealBackups');

    expect(done).toEqual([`open ${join(dir, 'backups')}`]);
  });

  it('answers a folder the system cannot open with a typed error', async () => {
    const { send } = openCore({ openPath: () => Promise.reject(new Error('No application is registered for folders')) });
    const result = await send('files:openDataFolder');
    expect(result.ok).toBe(false);
  });

  it('refuses a payload: the window names no folder', async () => {
    const done: string[] = [];
    const { send } = openCore({ openPath: async (path) => void done.push(`open ${path}`) });

    expect(await send('files:openDataFolder', { path: '/etc' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(done).toEqual([]);
  });
});
