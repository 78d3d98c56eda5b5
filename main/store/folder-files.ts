// The files that make up a Rekindle data folder, and how a whole folder is copied, checked
// and tidied. Nothing here knows the data files by name: the journals, snapshots and window
// state other parts of the app keep there change, so every file of the folder and of its
// backups/ is taken, whatever it is called, except the leftovers of interrupted writes.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { BACKUPS_FOLDER } from './backups';
import { DEVICE_FILE } from './device-identity';
import { fsyncFolder, isTempFileName, writeAll, writeFileDurably } from './durable';
import { nodeFileSystem, type FileSystem } from './file-system';
import { DATA_FILE_BASE_NAME } from './open-state';

/** The file system as copying a folder needs it; tests pass one that fails at a chosen call. */
export interface FolderFileSystem extends FileSystem {
  /** 'file' for a regular file, 'folder', 'other' (a link, a socket), null when nothing is there. */
  kindOf(path: string): 'file' | 'folder' | 'other' | null;
  /** Bytes this user may still write on the disk that holds `dir`; null when the system cannot say. */
  freeBytes(dir: string): number | null;
  /** Removes an empty folder. */
  removeFolder(path: string): void;
  /** The path with every link resolved, so two names of one folder compare equal. */
  realPath(path: string): string;
}

export const nodeFolderFileSystem: FolderFileSystem = {
  ...nodeFileSystem,
  kindOf: (path) => {
    try {
      const stat = fs.lstatSync(path);
      return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
    } catch {
      return null;
    }
  },
  freeBytes: (dir) => {
    try {
      const stat = fs.statfsSync(dir);
      return stat.bavail * stat.bsize;
    } catch {
      return null;
    }
  },
  removeFolder: (path) => fs.rmdirSync(path),
  realPath: (path) => fs.realpathSync.native(path),
};

/** Where the user's choice of data folder is kept: in the app's own folder, never copied. */
export const LOCATION_FILE = 'data-location.json';
/** Present in a folder while a copy into it is unfinished: such a folder is never used. */
export const INCOMPLETE_MARK = '.rekindle-copy-incomplete';

/**
 * True for a file a copy of the folder takes: not hidden, not a write in progress, not the
 * pointer, and not this installation's id (a copy of it in a shared folder would let a second
 * computer take the first one's journal as its own).
 */
export function isRekindleFileName(name: string): boolean {
  return !name.startsWith('.') && !isTempFileName(name) && name !== LOCATION_FILE && name !== DEVICE_FILE;
}

/**
 * In the app's own folder Chromium keeps its files beside the data (Preferences, Cookies,
 * first_party_sets.db…), some of them open and locked while the app runs: there only the
 * files Rekindle names after itself are the data. A folder of the user's choosing holds
 * nothing but the data, so every file of it is taken, whatever it is called.
 */
function belongsToData(name: string, appFolder: boolean): boolean {
  return isRekindleFileName(name) && (!appFolder || name.toLowerCase().startsWith('rekindle'));
}

function safeList(fs: FolderFileSystem, dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/** A folder's names; none when it is not there. Any other failure is thrown: a copy must not quietly leave files out. */
function listStrictly(fs: FolderFileSystem, dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return [];
    throw error;
  }
}

/** Every file of the data folder and its backups, as paths relative to it; `appFolder` when it is the app's own folder. */
export function dataFolderFiles(fs: FolderFileSystem, dir: string, { appFolder }: { appFolder: boolean }): string[] {
  const top = listStrictly(fs, dir).filter((name) => belongsToData(name, appFolder) && fs.kindOf(join(dir, name)) === 'file');
  const backups = listStrictly(fs, join(dir, BACKUPS_FOLDER))
    .filter((name) => !isTempFileName(name) && !name.startsWith('.') && fs.kindOf(join(dir, BACKUPS_FOLDER, name)) === 'file')
    .map((name) => join(BACKUPS_FOLDER, name));
  return [...top.sort(), ...backups.sort()];
}

/** True when the folder holds Rekindle's data (a data file or journal) and no unfinished copy. */
export function holdsRekindleData(fs: FolderFileSystem, dir: string): boolean {
  if (fs.kindOf(join(dir, INCOMPLETE_MARK)) !== null) return false;
  return safeList(fs, dir).some((name) => name.startsWith(DATA_FILE_BASE_NAME) && isRekindleFileName(name) && fs.kindOf(join(dir, name)) === 'file');
}

export function isUnfinishedCopy(fs: FolderFileSystem, dir: string): boolean {
  return fs.kindOf(join(dir, INCOMPLETE_MARK)) === 'file';
}

export function isEmptyFolder(fs: FolderFileSystem, dir: string): boolean {
  return safeList(fs, dir).length === 0;
}

export function totalSize(fs: FolderFileSystem, dir: string, files: readonly string[]): number {
  return files.reduce((sum, file) => sum + (fs.sizeOf(join(dir, file)) ?? 0), 0);
}

/** Writes and removes a small file: the one honest test of "may I write here". */
export function probeWritable(fs: FolderFileSystem, dir: string): void {
  const probe = join(dir, `.rekindle-probe-${randomBytes(6).toString('hex')}`);
  const fd = fs.openSync(probe, 'wx', 0o600);
  try {
    writeAll(fs, fd, new Uint8Array([1]));
    fs.fsyncSync(fd);
  } finally {
    try {
      fs.closeSync(fd);
    } finally {
      removeQuietly(fs, probe);
    }
  }
}

/** Removes a file of ours; if even that fails, the attempt is made once more before giving up. */
function removeQuietly(fs: FolderFileSystem, path: string): void {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.unlinkSync(path);
      return;
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return;
    }
  }
}

/**
 * Copies `files` from one folder to another, each flushed to the disk, then the folders
 * themselves. The unfinished-copy mark goes in first and stays until `finishCopy`, so a
 * crash at any point leaves a folder nobody will take for complete.
 */
export function copyFiles(fs: FolderFileSystem, from: string, to: string, files: readonly string[]): void {
  fs.mkdirSync(to, { recursive: true, mode: 0o700 });
  writeFileDurably(fs, join(to, INCOMPLETE_MARK), new Uint8Array());
  if (files.some((file) => file.startsWith(`${BACKUPS_FOLDER}/`) || file.startsWith(`${BACKUPS_FOLDER}\\`))) {
    fs.mkdirSync(join(to, BACKUPS_FOLDER), { recursive: true, mode: 0o700 });
  }
  for (const file of files) {
    const bytes = fs.readFileSync(join(from, file));
    const fd = fs.openSync(join(to, file), 'w', 0o600);
    try {
      writeAll(fs, fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
  fsyncFolder(fs, join(to, BACKUPS_FOLDER));
  fsyncFolder(fs, to);
}

/** The first file whose copy differs from its original, byte for byte; null when all are equal. */
export function firstDifference(fs: FolderFileSystem, from: string, to: string, files: readonly string[]): string | null {
  for (const file of files) {
    if (!fs.readFileSync(join(from, file)).equals(fs.readFileSync(join(to, file)))) return file;
  }
  return null;
}

/** Takes the unfinished-copy mark away: from now on the folder counts as complete. */
export function finishCopy(fs: FolderFileSystem, to: string): void {
  fs.unlinkSync(join(to, INCOMPLETE_MARK));
  fsyncFolder(fs, to);
}

/**
 * Removes `files` from a folder (what a move copied from it, or into it before it failed),
 * any temp file an interrupted write of ours left there and the mark of an unfinished copy,
 * then backups/ and the folder itself if nothing else is left in them. Anything else stays:
 * a file the user put there, or one the app on this computer keeps in its own folder.
 * Answers the files that could not be removed.
 */
export function removeFiles(fs: FolderFileSystem, dir: string, files: readonly string[], options: { removeFolder: boolean }): string[] {
  const left: string[] = [];
  const remove = (path: string) => {
    try {
      fs.unlinkSync(path);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'ENOENT') left.push(path);
    }
  };
  for (const file of files) remove(join(dir, file));
  const strays = (folder: string) => safeList(fs, folder).filter((name) => name.startsWith(DATA_FILE_BASE_NAME) && isTempFileName(name));
  for (const name of strays(join(dir, BACKUPS_FOLDER))) remove(join(dir, BACKUPS_FOLDER, name));
  for (const name of strays(dir)) remove(join(dir, name));
  if (fs.kindOf(join(dir, INCOMPLETE_MARK)) !== null) remove(join(dir, INCOMPLETE_MARK));
  const removeIfEmpty = (folder: string) => {
    if (fs.kindOf(folder) === 'folder' && isEmptyFolder(fs, folder)) {
      try {
        fs.removeFolder(folder);
      } catch {
        // An empty folder left behind holds nothing of the user's.
      }
    }
  };
  removeIfEmpty(join(dir, BACKUPS_FOLDER));
  if (options.removeFolder) removeIfEmpty(dir);
  return left;
}
