import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppCore, type AppCore } from '../../main/app-core';
import { dispatch, isTrustedSender, registerIpcHandlers, type IpcEventLike, type IpcOptions } from '../../main/ipc';
import { isAppUrl } from '../../main/security';
import { DomainError } from '../../main/services/context';
import { confEngine } from '../../main/store/engine';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import { contract, type AppSnapshot } from '../../shared/ipc/contract';
import { ERROR_CODES, type Result } from '../../shared/ipc/result';
import { emptyDocument } from '../../shared/schema/document';
import { APP_URL, appFrameEvent, createIpcMainMock } from './electron-mock';

let dir: string;
let core: AppCore;
let opened: string[];
let loggedErrors: unknown[];
let options: IpcOptions;

function openCore(): AppCore {
  return openAppCore({
    dataDir: dir,
    engine: confEngine,
    now: () => new Date('2026-03-02T08:00:00.000Z'),
    systemLanguage: 'en',
    dialogs: { save: async () => null, open: async () => null },
    openExternal: async (url) => {
      opened.push(url);
    },
    openPath: async () => {},
  });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-ipc-'));
  opened = [];
  loggedErrors = [];
  core = openCore();
  options = { isTrustedUrl: (url) => isAppUrl(url, APP_URL), logError: (error) => loggedErrors.push(error) };
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The data file and its journal: together, everything a change writes. */
const dataFileBytes = () => {
  const journal = join(dir, 'rekindle-data.journal');
  return Buffer.concat([readFileSync(core.store.path), existsSync(journal) ? readFileSync(journal) : Buffer.alloc(0)]);
};

function expectFailure(result: unknown, code: string): void {
  expect(result).toMatchObject({ ok: false, error: { code } });
  const { error } = result as Extract<Result<unknown>, { ok: false }>;
  expect(ERROR_CODES).toContain(error.code);
  expect(error.message.length).toBeGreaterThan(0);
}

describe('registerIpcHandlers', () => {
  it('registers exactly one handler for every channel of the contract', () => {
    const ipcMain = createIpcMainMock();
    registerIpcHandlers(ipcMain, core.handlers, options);

    const registered = [...ipcMain.registrations].sort();
    expect(registered).toEqual(Object.keys(contract).sort());
    expect(registered).toEqual([...INVOKE_CHANNELS].sort());
    expect(new Set(ipcMain.registrations).size).toBe(ipcMain.registrations.length);
  });

  it('answers the app page through the registered handler with the loaded document', async () => {
    const ipcMain = createIpcMainMock();
    registerIpcHandlers(ipcMain, core.handlers, options);

    const result = (await ipcMain.invoke('app:load', appFrameEvent(), undefined)) as Result<AppSnapshot>;

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.document).toEqual(emptyDocument());
    expect(result.value.readOnly).toBe(false);
    expect(result.value.notice).toBeNull();
    expect(result.value.dataFile).toBe(core.store.path);
    expect(result.value.systemLanguage).toBe('en');
  });

  it('writes a valid change through and answers with what changed', async () => {
    const ipcMain = createIpcMainMock();
    registerIpcHandlers(ipcMain, core.handlers, options);

    const result = await ipcMain.invoke('settings:update', appFrameEvent(`${APP_URL}#/settings`), { paperSize: 'Letter', language: 'de' });

    expect(result).toEqual({ ok: true, value: { patch: { settings: { paperSize: 'Letter', language: 'de' } } } });
    // On disk before the answer: the next launch reads it back.
    expect(openCore().store.document.settings).toEqual({ paperSize: 'Letter', language: 'de' });
  });
});

describe('checking who sent a request', () => {
  const untrusted: Array<[string, IpcEventLike]> = [
    ['a page from another web origin', { senderFrame: { url: 'https://evil.example/index.html', parent: null } }],
    ['a local file other than the app page', { senderFrame: { url: 'file:///tmp/downloaded.html', parent: null } }],
    ['a sub-frame inside the app page', { senderFrame: { url: APP_URL, parent: { url: APP_URL } } }],
    ['a frame that is gone', { senderFrame: null }],
    ['an event without a frame', { senderFrame: undefined }],
  ];

  it.each(untrusted)('refuses %s with forbidden_sender and changes nothing', async (_who, event) => {
    const ipcMain = createIpcMainMock();
    registerIpcHandlers(ipcMain, core.handlers, options);
    const before = dataFileBytes();

    const results = [
      await ipcMain.invoke('settings:update', event, { paperSize: 'Letter' }),
      await ipcMain.invoke('profile:update', event, { name: 'Mallory', email: '', phone: '', city: '', links: [] }),
      await ipcMain.invoke('links:open', event, { url: 'https://example.com/' }),
      await ipcMain.invoke('app:load', event, undefined),
    ];

    // The sender is checked before the payload, so every channel refuses even an empty call.
    for (const channel of INVOKE_CHANNELS) results.push(await ipcMain.invoke(channel, event, undefined));

    for (const result of results) expectFailure(result, 'forbidden_sender');
    expect(dataFileBytes().equals(before)).toBe(true);
    expect(core.store.document).toEqual(emptyDocument());
    expect(opened).toEqual([]);
  });

  it('checks the sender before it looks at the channel', async () => {
    const result = await dispatch('files:delete', { senderFrame: null }, undefined, core.handlers, options);
    expectFailure(result, 'forbidden_sender');
  });

  it('trusts the app page whatever its route or query', () => {
    expect(isTrustedSender(appFrameEvent(`${APP_URL}#/people`), options.isTrustedUrl)).toBe(true);
    expect(isTrustedSender(appFrameEvent(`${APP_URL}?lang=de`), options.isTrustedUrl)).toBe(true);
  });
});

describe('dispatch', () => {
  it.each(['files:delete', 'app:command', '__proto__', 'constructor', 'toString', '', 'APP:LOAD'])(
    'answers unknown_channel for %j',
    async (channel) => {
      const result = await dispatch(channel, appFrameEvent(), undefined, core.handlers, options);
      expectFailure(result, 'unknown_channel');
    },
  );

  it('refuses a payload that does not match the schema and says which field is wrong', async () => {
    const before = dataFileBytes();

    const result = await dispatch('settings:update', appFrameEvent(), { paperSize: 'A3' }, core.handlers, options);

    expectFailure(result, 'invalid_input');
    if (result.ok) return;
    expect(result.error.issues?.map((issue) => issue.path)).toEqual(['paperSize']);
    expect(dataFileBytes().equals(before)).toBe(true);
  });

  it('refuses fields the contract does not know', async () => {
    const result = await dispatch('settings:update', appFrameEvent(), { paperSize: 'A4', theme: 'dark' }, core.handlers, options);
    expectFailure(result, 'invalid_input');
  });

  it('passes a domain error through with its own code and message', async () => {
    const handlers = {
      ...core.handlers,
      'app:load': () => {
        throw new DomainError('not_found', 'That person was removed.', [{ path: 'id', code: 'not_found' }]);
      },
    };

    const result = await dispatch('app:load', appFrameEvent(), undefined, handlers, options);

    expect(result).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That person was removed.', issues: [{ path: 'id', code: 'not_found' }] },
    });
  });

  it('turns an unexpected failure into an internal error, logs it, and keeps its details from the renderer', async () => {
    const failure = new Error('EACCES: /home/someone/secret/path');
    const handlers = {
      ...core.handlers,
      'settings:update': async () => {
        throw failure;
      },
    };

    const result = await dispatch('settings:update', appFrameEvent(), { paperSize: 'Letter' }, handlers, options);

    expectFailure(result, 'internal');
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(loggedErrors).toEqual([failure]);
  });

  it('answers read_only and leaves the file alone when the data file is from a newer version', async () => {
    const newer = JSON.stringify({ ...emptyDocument(), schemaVersion: 99 });
    writeFileSync(core.store.path, newer);
    const readOnlyCore = openCore();

    const result = await dispatch('settings:update', appFrameEvent(), { paperSize: 'Letter' }, readOnlyCore.handlers, options);

    expectFailure(result, 'read_only');
    expect(readFileSync(readOnlyCore.store.path, 'utf8')).toBe(newer);
  });

  it('opens an allowed link in the system browser and refuses a script link without opening it', async () => {
    const allowed = await dispatch('links:open', appFrameEvent(), { url: 'https://example.com/jobs?id=4' }, core.handlers, options);
    const refused = await dispatch('links:open', appFrameEvent(), { url: 'javascript:alert(1)' }, core.handlers, options);

    expect(allowed).toEqual({ ok: true, value: { opened: true } });
    expect(refused).toEqual({ ok: true, value: { opened: false } });
    expect(opened).toEqual(['https://example.com/jobs?id=4']);
  });
});
