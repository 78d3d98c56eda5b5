// The native application menu, installed again only when the window's language changes:
// a saved change that keeps the language leaves the menu (and its translations) as it is.
import { Menu } from 'electron';
import type { AppCommand } from '../../shared/ipc/channels';
import type { Language } from '../../shared/schema/fields';
import { buildMenuTemplate, whenLanguageChanges } from '../menu';

export function createApplicationMenu(send: (command: AppCommand) => void, options: { devTools: boolean }): (language: Language) => void {
  return whenLanguageChanges((language) => {
    const template = buildMenuTemplate(language, send, process.platform, options);
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  });
}
