// "Open data folder" and "Show backups" from the Settings screen, as in the Help menu.
import type { DataFolders } from '../services/data-folders';
import { defineHandlers } from './define';

export function dataFolderHandlers({ folders }: { folders: DataFolders }) {
  return defineHandlers({
    'files:openDataFolder': async () => {
      await folders.openDataFolder();
      return { opened: true as const };
    },
    'files:revealBackups': async () => {
      await folders.revealBackups();
      return { shown: true as const };
    },
  });
}
