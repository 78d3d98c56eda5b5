// What the handler tests share: the real core on a temp folder, reached through the real
// IPC boundary (sender check, schema parse), and what its change left on disk.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openAppCore, type AppCore, type AppCoreOptions } from '../../../main/app-core';
import { dispatch, type IpcOptions } from '../../../main/ipc';
import { isAppUrl } from '../../../main/security';
import { confEngine } from '../../../main/store/engine';
import { parseJournal, type JournalRecord } from '../../../main/store/journal';
import type { Result } from '../../../shared/ipc/result';
import { APP_URL, appFrameEvent } from '../electron-mock';

const options: IpcOptions = { isTrustedUrl: (url) => isAppUrl(url, APP_URL) };

/** The core as the app opens it, on 2 March 2026, with dialogs that are cancelled; `overrides` swap single ports. */
export function openHandlerCore(dir: string, overrides: Partial<AppCoreOptions> = {}): AppCore {
  return openAppCore({
    dataDir: dir,
    engine: confEngine,
    now: () => new Date('2026-03-02T08:00:00.000Z'),
    systemLanguage: 'en',
    dialogs: { save: async () => null, open: async () => null },
    openExternal: async () => {},
    openPath: async () => {},
    ...overrides,
  });
}

/** Sends as the app's own frame does. */
export function sendTo(core: AppCore, channel: string, payload: unknown): Promise<Result<unknown>> {
  return dispatch(channel, appFrameEvent(), payload, core.handlers, options);
}

const journalPath = (dir: string) => join(dir, 'rekindle-data.journal');

/** The data file and its journal together: equal bytes mean nothing on disk changed. */
export function savedBytes(core: AppCore, dir: string): Buffer {
  return Buffer.concat([readFileSync(core.store.path), existsSync(journalPath(dir)) ? readFileSync(journalPath(dir)) : Buffer.alloc(0)]);
}

/** The changes the journal holds, one record per acknowledged change. */
export function journalRecords(dir: string): JournalRecord[] {
  return existsSync(journalPath(dir)) ? parseJournal(readFileSync(journalPath(dir))).records : [];
}
