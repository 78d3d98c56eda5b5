// A file system that reads and refuses every write, as a read-only disk does: a folder
// opened with it is looked at, never changed (checking a folder before switching to it,
// holding the window while the data folder is missing).
import type { FileSystem } from './file-system';

function refused(): Error {
  return Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
}

export function refusingWrites(fs: FileSystem): FileSystem {
  return {
    ...fs,
    openSync(path, flags, mode) {
      if (flags !== 'r') throw refused();
      return fs.openSync(path, flags, mode);
    },
    renameSync() {
      throw refused();
    },
    unlinkSync() {
      throw refused();
    },
    mkdirSync() {
      throw refused();
    },
    ftruncateSync() {
      throw refused();
    },
  };
}
