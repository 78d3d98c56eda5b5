// The one error type a use case throws on purpose. It sits below services/ and store/ so
// both can use it without depending on each other; ipc.ts turns it into a typed answer.
import { dirname } from 'node:path';
import type { ErrorCode, FieldIssue } from '../shared/ipc/result';

/** A failure the user can act on; ipc.ts turns it into a typed error for the renderer. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** The codes a full disk or an exhausted quota answers with. */
const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);

/** A write refused for want of space: the file system's own code, or writeFileVerified's answer to it. */
export function isDiskFull(error: unknown): boolean {
  if (error instanceof DomainError) return error.code === 'disk_full';
  const code = errorCodeOf(error);
  return code !== undefined && DISK_FULL_CODES.has(code);
}

export function errorCodeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function isFileSystemError(error: unknown): boolean {
  const code = errorCodeOf(error);
  return code !== undefined && /^E[A-Z]+$/.test(code);
}

/**
 * Says why a write failed in terms the window can explain: a full disk is `disk_full`
 * (the user can free space), anything else the file system refused is `io_error`.
 */
export function writeFailure(error: unknown, what: string): DomainError {
  if (error instanceof DomainError) return error;
  const code = errorCodeOf(error);
  if (code !== undefined && DISK_FULL_CODES.has(code)) {
    return new DomainError('disk_full', `The disk is full, so ${what} could not be saved; nothing was changed.`);
  }
  const detail = code ?? (error instanceof Error ? error.message : 'unknown error');
  return new DomainError('io_error', `${what} could not be written (${detail}); nothing was changed.`);
}

const NOT_WRITABLE = new Set(['EACCES', 'EROFS', 'ENOENT', 'ENOTDIR', 'EISDIR']);
const IN_USE = new Set(['EBUSY', 'ETXTBSY', 'EPERM']);
const NOT_READABLE = new Set(['EACCES', 'EPERM']);
const GONE = new Set(['ENOENT', 'ENOTDIR']);

/**
 * The cause of a refused file write or read, as an issue the window explains in its own
 * words (and the file or folder it concerns); null when the cause is none of these.
 * Exports, saved backups and opened files share this one mapping.
 */
export function fileCauseOf(error: unknown, path: string, action: 'write' | 'read'): FieldIssue | null {
  const code = errorCodeOf(error) ?? '';
  if (action === 'read') {
    if (code === 'EBUSY' || code === 'ETXTBSY') return { path, code: 'file_in_use' };
    if (NOT_READABLE.has(code)) return { path, code: 'file_not_readable' };
    if (GONE.has(code)) return { path, code: 'file_gone' };
    return null;
  }
  if (IN_USE.has(code)) return { path, code: 'file_in_use' };
  if (NOT_WRITABLE.has(code)) return { path: dirname(path), code: 'folder_not_writable' };
  return null;
}
