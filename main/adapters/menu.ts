// The native application menu, installed again only when the window's language changes:
// a saved change that keeps the language leaves the menu (and its translations) as it is.
import { Menu } from 'electron';
import type { AppCommand } from '../../shared/ipc/channels';
import type { Language } from '../../shared/schema/fields';
import { buildMenuTemplate, whenLanguageChanges } from '../menu';
import { dataFolders } from '../services/data-folders';
import { electronFiles } from './shell';

/** `dataDir` is asked at each click: the user may move the data while the app runs. */
export function createApplicationMenu(send: (command: AppCommand) => void, options: { devTools: boolean; dataDir: () => string }): (language: Language) => void {
  const folders = dataFolders(electronFiles, options.dataDir);
  // A menu click has no one to answer; a folder the system cannot open is logged.
  const run = (pending: Promise<void>) => void pending.catch(console.error);
  const folderItems = { openDataFolder: () => run(folders.openDataFolder()), revealBackups: () => run(folders.revealBackups()) };
  return whenLanguageChanges((language) => {
    const template = buildMenuTemplate(language, send, process.platform, { devTools: options.devTools, folders: folderItems });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  });
}
