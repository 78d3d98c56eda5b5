// What the use cases need from the outside world, declared once. main/adapters/ implements
// each port with Electron; tests and the end-to-end harness implement them in plain Node.
// Nothing here imports `electron`.
import type { Language } from '../shared/schema/fields';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Native file dialogs; each resolves to the chosen path, or null when cancelled. */
export interface Dialogs {
  save(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  open(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /**
   * Picks a folder (where to move the data, or a Rekindle folder to open). Optional: a
   * place that never chooses folders (most tests) leaves it out, which reads as cancelled.
   */
  chooseFolder?(options: { title: string }): Promise<string | null>;
}

/** Writes a file the user chose in a save dialog, or one in the temp folder. */
export type WriteFile = (path: string, bytes: Uint8Array) => Promise<void>;

/** The system's handlers for links and files. */
export interface Shell {
  /** Opens a web or mail link in the system's browser or mail app. */
  openExternal(url: string): Promise<void>;
  /** Opens a file in the system's default app (the PDF viewer for printing). */
  openPath(path: string): Promise<void>;
  /** Shows a file in the system's file manager ("Show in folder" after an export). */
  showInFolder(path: string): Promise<void>;
}

/** Today's date and time; tests pass a fixed one. */
export type Clock = () => Date;

/** The spellchecker of the window's text fields. */
export interface SpellChecker {
  /** Checks text in `language` from now on; answers the dictionaries in use (none where the system chooses, as on macOS). */
  follow(language: Language): string[];
}

/** What a folder watch reports: a file in the folder was added, changed or removed, or the watch failed. */
export interface FolderEvents {
  change(path: string): void;
  error(error: unknown): void;
}

/** A running watch of one folder; closing it stops the reports. */
export interface FolderWatch {
  /** Settles once the folder is being watched: a file written after that is reported. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Watches the files directly in `dir` (not its subfolders), each reported once its size has
 * settled, so a file a sync service is still writing is not read halfway.
 */
export type WatchFolder = (dir: string, events: FolderEvents) => FolderWatch;
