// The window's size, position and maximised state, kept in a small file of its own in the
// data folder (not in the data file: moving a window is not a change to the user's data).
// Read once at start; an unreadable or tampered file means the defaults, never a failed start.
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import { removeStrayTempFiles, writeFileDurably } from './store/durable';
import { nodeFileSystem, type FileSystem } from './store/file-system';
import { realTimers, type StoreTimers } from './store/timers';
import type { WindowState } from './window-placement';

export const WINDOW_STATE_FILE = 'window-state.json';

/** How long the window must keep still before its new place is written. */
export const SAVE_DELAY_MS = 500;

// Far beyond any real screen, so a typo or a tampered file cannot ask for a window of 10^9 px.
const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);
const windowStateSchema = z.strictObject({
  bounds: z.strictObject({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean(),
});

/** The saved state, or null when there is none or it cannot be read as one. */
export function readWindowState(path: string, fs: FileSystem = nodeFileSystem): WindowState | null {
  // An interrupted write leaves its temp file beside the state file; nothing else removes it.
  removeStrayTempFiles(fs, dirname(path), basename(path));
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(fs.readFileSync(path).toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Replaces the file whole (temp file, then rename), so a crash mid-write leaves the old state. */
export function writeWindowState(path: string, state: WindowState, fs: FileSystem = nodeFileSystem): void {
  writeFileDurably(fs, path, new TextEncoder().encode(`${JSON.stringify(state)}\n`));
}

/** The window as the remembering needs it; the adapter wires it to a BrowserWindow. */
export interface TrackedWindow {
  /** Calls `listener` whenever the window is moved, resized, maximised or restored. */
  onChange(listener: () => void): void;
  onClose(listener: () => void): void;
  /** The normal bounds (those it returns to from maximised) and whether it is maximised now. */
  state(): WindowState;
}

/**
 * Saves the window's state once it has kept still for a moment (a drag fires dozens of
 * moves) and at once when it closes. A failed save is reported and the window carries on.
 */
export function rememberWindowState(window: TrackedWindow, save: (state: WindowState) => void, options: { timers?: StoreTimers; onError?: (error: unknown) => void } = {}): void {
  const timers = options.timers ?? realTimers;
  const onError = options.onError ?? console.error;
  let pending: unknown = null;
  const saveNow = () => {
    if (pending !== null) timers.clear(pending);
    pending = null;
    try {
      save(window.state());
    } catch (error) {
      onError(error);
    }
  };
  window.onChange(() => {
    if (pending !== null) timers.clear(pending);
    pending = timers.set(saveNow, SAVE_DELAY_MS);
  });
  window.onClose(saveNow);
}
