// "Open data folder" and "Show backups" (Help menu): the folders Rekindle keeps the user's
// data in, opened in the system's file manager so nobody has to hunt for userData.
import { join } from 'node:path';
import type { Shell } from '../ports';
import { BACKUPS_FOLDER, BackupRotation } from '../store/backups';
import { nodeFileSystem, type FileSystem } from '../store/file-system';
import { DATA_FILE_BASE_NAME } from '../store/open-state';

export interface DataFolders {
  /** Opens the data folder (data file, journal, backups) in the file manager. */
  openDataFolder(): Promise<void>;
  /** Shows the newest backup selected in its folder; the data folder while there is none yet. */
  revealBackups(): Promise<void>;
}

/** `dataDir` may be asked each time: the data folder can move while the app runs. */
export function dataFolders(shell: Pick<Shell, 'openPath' | 'showInFolder'>, dataDir: string | (() => string), fs: FileSystem = nodeFileSystem): DataFolders {
  const folder = typeof dataDir === 'string' ? () => dataDir : dataDir;
  return {
    openDataFolder: () => shell.openPath(folder()),
    revealBackups: () => {
      const newest = new BackupRotation(fs, join(folder(), BACKUPS_FOLDER), DATA_FILE_BASE_NAME).list()[0];
      return newest ? shell.showInFolder(newest.path) : shell.openPath(folder());
    },
  };
}
