// Changes made on the user's other computers, brought in while the app runs: a sync service
// (Syncthing, Dropbox, iCloud Drive…) drops another computer's journal into the data folder,
// the watch notices, and after a short quiet spell the store merges it and the window is
// told what came in. Files this computer writes, and files still being written, wake nothing.
import { basename } from 'node:path';
import type { AppCommand } from '../../shared/ipc/channels';
import type { ExternalChanges } from '../../shared/sync/external-changes';
import type { WatchFolder } from '../ports';
import { realTimers, type StoreTimers } from '../store/timers';

/** Several files of one sync usually land within this long: they are merged in one go. */
export const SETTLE_MS = 200;
/** While the folder cannot be reached, how often to look whether it is back. */
export const RETRY_MS = 5 * 1000;

/** What the live sync needs of the store (DataStore has it). */
export interface LiveSyncStore {
  /** Merges what other computers wrote since the last look; null when nothing is new. */
  absorbExternal(): ExternalChanges | null;
  /** True for the files this computer writes itself. */
  isOwnFile(path: string): boolean;
  /** True while changes cannot be saved (the folder went away or became read-only). */
  readonly readOnly: boolean;
}

export interface LiveSyncOptions {
  dir: string;
  store: LiveSyncStore;
  watch: WatchFolder;
  /** Pushes a command to the window, as the menu does. */
  push: (command: AppCommand) => void;
  timers?: StoreTimers;
  settleMs?: number;
  retryMs?: number;
  logError?: (error: unknown) => void;
}

export interface LiveSync {
  /** Settles once the folder is watched. */
  ready: Promise<void>;
  /** Merges now rather than after the next file event (waking from sleep, tests). */
  check(): void;
  close(): Promise<void>;
}

/**
 * Files that never carry another computer's changes: temporary files of an atomic write
 * (ours are `name.tmp-123`), sync services' partial downloads (`.syncthing.x.tmp`,
 * `x.partial`, `~x.tmp`), office lock files and hidden system files (`.DS_Store`).
 */
export function isTemporaryFile(path: string): boolean {
  const name = basename(path);
  return (
    name.startsWith('.') ||
    name.startsWith('~') ||
    name.includes('.tmp-') ||
    /\.(tmp|temp|part|partial|crdownload|download|swp)$/i.test(name) ||
    name.endsWith('~')
  );
}

export function startLiveSync(options: LiveSyncOptions): LiveSync {
  const timers = options.timers ?? realTimers;
  const settleMs = options.settleMs ?? SETTLE_MS;
  const retryMs = options.retryMs ?? RETRY_MS;
  const logError = options.logError ?? console.error;
  const { store, push } = options;
  let paused = store.readOnly;
  let settle: unknown = null;
  let retry: unknown = null;
  let closed = false;

  const absorb = (): void => {
    settle = null;
    if (closed) return;
    try {
      const changes = store.absorbExternal();
      if (changes) push({ type: 'externalChanges', patch: changes.patch, from: changes.from });
    } catch (error) {
      logError(error);
    }
    reportPause();
  };

  // Only the moments saving stops and starts again reach the window, never each look.
  const reportPause = (): void => {
    const now = store.readOnly;
    if (now !== paused) {
      paused = now;
      push({ type: 'savingPaused', paused });
      // A folder that went away and came back is a new folder to the system: watch it afresh.
      if (!paused) rewatch();
    }
    if (paused && retry === null && !closed) {
      retry = timers.set(() => {
        retry = null;
        absorb();
      }, retryMs);
    }
  };

  const soon = (): void => {
    if (closed) return;
    if (settle !== null) timers.clear(settle);
    settle = timers.set(absorb, settleMs);
  };

  const events = {
    change(path: string) {
      if (isTemporaryFile(path) || store.isOwnFile(path)) return;
      soon();
    },
    // A folder that vanished (an unmounted drive, a sync service that stopped) shows up
    // here: the store's next look finds out and pauses saving.
    error(error: unknown) {
      logError(error);
      soon();
    },
  };
  let watch = options.watch(options.dir, events);
  const rewatch = (): void => {
    void watch.close().catch(logError);
    watch = options.watch(options.dir, events);
  };
  reportPause();

  return {
    get ready() {
      return watch.ready;
    },
    check: () => {
      if (settle !== null) timers.clear(settle);
      absorb();
    },
    async close() {
      closed = true;
      if (settle !== null) timers.clear(settle);
      if (retry !== null) timers.clear(retry);
      settle = retry = null;
      await watch.close();
    },
  };
}
