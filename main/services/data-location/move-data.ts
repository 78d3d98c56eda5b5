// Moving the data folder: copy every file, flush, verify, then switch by writing the
// pointer. Until the pointer is written the old folder is complete and the one in use; from
// then on the new one is, and it was complete before the pointer named it. A crash at any
// moment therefore leaves one complete folder in use, and an unfinished copy carries a mark
// that keeps anyone from taking it for data. Everything after the folder is chosen runs
// without yielding, so no change and no compaction lands in the old folder mid-copy.
import { isAbsolute, join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { RekindleDocument } from '../../../shared/schema/document';
import { DomainError, errorCodeOf, isDiskFull } from '../../errors';
import { writeDataPointer } from '../../store/data-location';
import {
  copyFiles,
  dataFolderFiles,
  finishCopy,
  firstDifference,
  holdsRekindleData,
  isEmptyFolder,
  isUnfinishedCopy,
  probeWritable,
  removeFiles,
  totalSize,
  type FolderFileSystem,
} from '../../store/folder-files';

/** The folder made inside the one the user picks, unless that one is empty. */
export const MOVED_FOLDER_NAME = 'Rekindle';
/** Room left over on the target beyond the files themselves (the next snapshot, a backup). */
const SPARE_BYTES = 1024 * 1024;

/** A store opened on the copy, as far as the move needs one. */
export interface OpenedCopy {
  readonly document: RekindleDocument;
  readonly notice: unknown;
  readonly readOnly: boolean;
  close(): void;
}

export interface MoveEnvironment<S extends OpenedCopy> {
  fs: FolderFileSystem;
  /** The app's own folder, where the pointer lives. */
  appDir: string;
  /** Opens the real store on a folder; the move switches to the one it opens on the copy. */
  openStore(dir: string): S;
}

export interface MoveSource {
  dir: string;
  /** The document as the app holds it now: the copy must open to exactly this. */
  document: RekindleDocument;
  /** The copy an earlier move left behind, kept in the pointer should this move fail. */
  previousDir: string | null;
  previousFiles: string[];
}

function refusal(code: 'conflict' | 'not_found' | 'io_error' | 'disk_full', path: string, cause: string, message: string): DomainError {
  return new DomainError(code, message, [{ path, code: cause }]);
}

function within(child: string, parent: string): boolean {
  const path = relative(parent, child);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

function realOr(fs: FolderFileSystem, path: string): string {
  try {
    return fs.realPath(path);
  } catch {
    return path;
  }
}

/** Why the file system refused, in the window's terms, for the folder `path`. */
export function folderFailure(error: unknown, path: string): DomainError {
  if (error instanceof DomainError) return error;
  if (isDiskFull(error)) return refusal('disk_full', path, 'disk_full', 'There is not enough room on that disk; nothing was changed.');
  const code = errorCodeOf(error) ?? 'unknown';
  if (['EACCES', 'EPERM', 'EROFS'].includes(code)) return refusal('io_error', path, 'folder_not_writable', `Rekindle may not write to ${path}; nothing was changed.`);
  return refusal('io_error', path, 'copy_failed', `The copy could not be made (${code}); nothing was changed.`);
}

/**
 * Where the data would go for the folder the user picked, refusing (with nothing changed)
 * a place inside the current folder, one that already holds Rekindle data or other files,
 * one Rekindle may not write to, and a disk without room for the copy.
 */
export function planMove(fs: FolderFileSystem, currentDir: string, picked: string, appDir: string): string {
  if (fs.kindOf(picked) !== 'folder') throw refusal('not_found', picked, 'folder_gone', 'That folder is not there any more.');
  const chosen = realOr(fs, picked);
  // A Rekindle folder itself (another computer's, or an old copy) is opened, never filled with a second one.
  if (holdsRekindleData(fs, chosen) && !within(chosen, realOr(fs, currentDir))) {
    throw refusal('conflict', chosen, 'folder_has_rekindle', 'That folder already holds Rekindle data; it can be opened instead.');
  }
  const target = isEmptyFolder(fs, chosen) ? chosen : join(chosen, MOVED_FOLDER_NAME);
  if (within(target, realOr(fs, currentDir))) {
    throw refusal('conflict', target, 'folder_inside_data', 'The data cannot move into its own folder.');
  }
  const existing = fs.kindOf(target);
  // A copy a crash interrupted is Rekindle's own leftover: it is copied over.
  if (existing !== null && !(existing === 'folder' && (isUnfinishedCopy(fs, target) || isEmptyFolder(fs, target)))) {
    if (existing === 'folder' && holdsRekindleData(fs, target)) {
      throw refusal('conflict', target, 'folder_has_rekindle', 'That folder already holds Rekindle data; it can be opened instead.');
    }
    throw refusal('conflict', target, 'folder_not_empty', 'That folder already holds other files.');
  }
  try {
    probeWritable(fs, existing === null ? chosen : target);
  } catch (error) {
    throw folderFailure(error, chosen);
  }
  const needed = totalSize(fs, currentDir, dataFolderFiles(fs, currentDir, { appFolder: currentDir === appDir })) + SPARE_BYTES;
  const free = fs.freeBytes(chosen);
  if (free !== null && free < needed) throw refusal('disk_full', chosen, 'disk_full', 'There is not enough room on that disk; nothing was changed.');
  return target;
}

/**
 * Copies the data to `target` (from planMove), checks it twice (every file byte for byte,
 * then the real store opened on the copy must hold the same document), and writes the
 * pointer. Answers the store opened on the new folder, which the caller switches to; on
 * any failure the copy is removed and the old folder stays in use, untouched.
 */
export function moveData<S extends OpenedCopy>(env: MoveEnvironment<S>, source: MoveSource, target: string): { store: S; files: string[] } {
  const { fs } = env;
  let files: string[];
  let created: boolean;
  try {
    files = dataFolderFiles(fs, source.dir, { appFolder: source.dir === env.appDir });
    created = fs.kindOf(target) === null;
  } catch (error) {
    throw folderFailure(error, target);
  }
  let opened: S | null = null;
  try {
    copyFiles(fs, source.dir, target, files);
    const differs = firstDifference(fs, source.dir, target, files);
    if (differs !== null) throw refusal('io_error', join(target, differs), 'copy_differs', `The copy of ${differs} differs from the original.`);
    opened = env.openStore(target);
    if (opened.readOnly || opened.notice !== null || !isDeepStrictEqual(opened.document, source.document)) {
      throw refusal('io_error', target, 'copy_differs', 'The copied data does not open to the same records.');
    }
    finishCopy(fs, target);
  } catch (error) {
    opened?.close();
    discardCopy(fs, target, files, created);
    throw folderFailure(error, target);
  }
  try {
    // The switch: from here on the new folder is the one in use.
    writeDataPointer(fs, env.appDir, { dataDir: target, previousDir: source.dir, previousFiles: files });
    return { store: opened, files };
  } catch (error) {
    opened.close();
    // The rename may have happened before the failure: the pointer is put back before the
    // copy goes. If even that fails, the complete copy stays, so whichever folder the
    // pointer names on the next launch is whole.
    try {
      writeDataPointer(fs, env.appDir, { dataDir: source.dir, previousDir: source.previousDir, previousFiles: source.previousFiles });
      discardCopy(fs, target, files, created);
    } catch {
      // Both folders are complete; the next launch opens the one the pointer names.
    }
    throw folderFailure(error, env.appDir);
  }
}

/**
 * Takes a failed copy away: what was copied, and what the store opened on it wrote there.
 * planMove only lets a move into an empty folder or an unfinished copy, so all of it is ours.
 */
function discardCopy(fs: FolderFileSystem, target: string, copied: readonly string[], created: boolean): void {
  let written: string[] = [];
  try {
    written = dataFolderFiles(fs, target, { appFolder: false });
  } catch {
    // What cannot be listed is removed as far as the copied names go.
  }
  removeFiles(fs, target, [...new Set([...copied, ...written])], { removeFolder: created });
}
