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

export function dataFolders(shell: Pick<Shell, 'openPath' | 'showInFolder'>, dataDir: string, fs: FileSystem = nodeFileSystem): DataFolders {
  const backups = new BackupRotation(fs, join(dataDir, BACKUPS_FOLDER), DATA_FILE_BASE_NAME);
  return {
    openDataFolder: () => shell.openPath(dataDir),
    revealBackups: () => {
      const newest = backups.list()[0];
      return newest ? shell.showInFolder(newest.path) : shell.openPath(dataDir);
    },
  };
}
