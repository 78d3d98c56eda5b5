// The folder watch (ports.ts WatchFolder) on chokidar: the one module that knows the library.
// It runs in plain Node, so the end-to-end harness watches with the same code the app ships.
import { watch } from 'chokidar';
import type { WatchFolder } from '../ports';

/** A file counts as written once its size has stayed the same this long. */
const STABLE_MS = 100;

export const chokidarWatchFolder: WatchFolder = (dir, events) => {
  const watcher = watch(dir, {
    // Only the folder's own files: backups and anything else below are not other computers' changes.
    depth: 0,
    ignoreInitial: true,
    // Sync services write a file in pieces; it is reported once it stops growing.
    awaitWriteFinish: { stabilityThreshold: STABLE_MS, pollInterval: 25 },
  });
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, (path) => events.change(path));
  // The watched folder itself going away (an unmounted drive) is a reason to look, too.
  watcher.on('unlinkDir', (path) => events.change(path));
  watcher.on('error', (error) => events.error(error));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return { ready, close: () => watcher.close() };
};
