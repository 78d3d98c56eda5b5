// The errors that mean the folder is not there or not writable for now (a drive unplugged,
// a network share gone, a read-only mount), as opposed to a full disk or a failing one:
// the store stops taking changes with a notice, and resumes when the folder is back.
import { errorCodeOf } from '../../errors';

const OFFLINE_CODES = new Set(['EROFS', 'EACCES', 'EPERM', 'ENOENT', 'ENOTDIR', 'ENODEV', 'ENXIO', 'ESTALE', 'ENOTCONN', 'EHOSTDOWN']);

export function isOfflineError(error: unknown): boolean {
  const code = errorCodeOf(error);
  return code !== undefined && OFFLINE_CODES.has(code);
}
