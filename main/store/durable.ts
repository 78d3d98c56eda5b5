// Writes that check themselves. No library's write is trusted to have landed: every byte
// is counted (a nearly full disk writes short and says nothing), the file is flushed to
// the disk, and a whole-file write replaces the old file only once the new one is complete.
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { writeFailure } from '../errors';
import { nodeFileSystem, type FileSystem } from './file-system';

/** Marks our temporary files; conf's atomic write uses `.tmp-` followed by digits. */
const TEMP_MARK = '.tmp-';

/** What a write that made no progress means: the disk has no room for even one byte. */
function noSpace(): Error {
  return Object.assign(new Error('ENOSPC: no space left on device (the disk accepted no more bytes)'), { code: 'ENOSPC' });
}

/** Writes every byte, looping over short writes; a write of 0 bytes is a full disk. */
export function writeAll(fs: FileSystem, fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = fs.writeSync(fd, bytes, offset, bytes.length - offset);
    if (written <= 0) throw noSpace();
    offset += written;
  }
}

/** Flushes a folder, so a rename or a new file in it survives a power cut. */
export function fsyncFolder(fs: FileSystem, dir: string): void {
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch {
    return; // Windows cannot open folders; its renames are durable on their own.
  }
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    // Some file systems refuse fsync on folders (EINVAL, EISDIR): nothing more can be done there.
    if (!['EINVAL', 'EISDIR', 'EPERM', 'EBADF'].includes(String((error as { code?: unknown }).code))) throw error;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Replaces `path` with `bytes`, or leaves it as it was: temp file in the same folder, every
 * byte written and flushed, then renamed over the target, then the folder flushed.
 */
export function writeFileDurably(fs: FileSystem, path: string, bytes: Uint8Array, mode = 0o600): void {
  const temp = join(dirname(path), `${basename(path)}${TEMP_MARK}rk${randomBytes(6).toString('hex')}`);
  const fd = fs.openSync(temp, 'wx', mode);
  try {
    try {
      writeAll(fs, fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, path);
  } catch (error) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // Removed at the next launch: stray temp files are swept at open.
    }
    throw error;
  }
  fsyncFolder(fs, dirname(path));
}

/**
 * Appends `bytes` to an open file and flushes it. On failure the file is cut back to
 * `goodLength`, so a half-written record never sits in front of the next one.
 */
export function appendDurably(fs: FileSystem, fd: number, bytes: Uint8Array, goodLength: number): void {
  try {
    writeAll(fs, fd, bytes);
    fs.fsyncSync(fd);
  } catch (error) {
    try {
      fs.ftruncateSync(fd, goodLength);
    } catch {
      // The torn tail fails its checksum and is dropped when the file is next read.
    }
    throw error;
  }
}

/** True for any name carrying a temp mark: a write in progress or one a crash interrupted. */
export function isTempFileName(name: string): boolean {
  return name.includes(TEMP_MARK);
}

/** True for a temp file of ours or of conf's atomic write, left behind by an interrupted write. */
export function isStrayTempFile(name: string, baseName: string): boolean {
  return name.startsWith(baseName) && name.includes(TEMP_MARK);
}

/** Removes temp files an interrupted write left in `dir`; a file that cannot be removed stays. */
export function removeStrayTempFiles(fs: FileSystem, dir: string, baseName: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!isStrayTempFile(name, baseName)) continue;
    try {
      fs.unlinkSync(join(dir, name));
      removed += 1;
    } catch {
      // Tried again at the next launch.
    }
  }
  return removed;
}

/** The verified write for exports and saved backups (paths the user chose). */
export async function writeFileVerified(path: string, bytes: Uint8Array): Promise<void> {
  try {
    writeFileDurably(nodeFileSystem, path, bytes, 0o644);
  } catch (error) {
    throw writeFailure(error, 'the file');
  }
}
