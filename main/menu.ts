// The native application menu. Commands that belong to the window travel over the one
// typed push channel; the rest use Electron's standard roles.
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../shared/ipc/channels';
import { translator } from '../shared/i18n';
import type { Language } from '../shared/schema/fields';

export interface MenuOptions {
  /** The DevTools toggle, for development only: a packaged app has none. */
  devTools: boolean;
  /** "Open data folder" and "Show backups" in the Help menu; absent where there is no data folder. */
  folders?: { openDataFolder(): void; revealBackups(): void };
}

export function buildMenuTemplate(
  language: Language,
  send: (command: AppCommand) => void,
  platform: NodeJS.Platform,
  options: MenuOptions = { devTools: false },
): MenuItemConstructorOptions[] {
  const t = translator(language);
  const isMac = platform === 'darwin';
  const navigate = (view: Extract<AppCommand, { type: 'navigate' }>['view'], accelerator: string): MenuItemConstructorOptions => ({
    label: t(`nav.${view}`),
    accelerator,
    click: () => send({ type: 'navigate', view }),
  });

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.newItem'), accelerator: 'CmdOrCtrl+N', click: () => send({ type: 'create' }) },
        { type: 'separator' },
        { label: t('calendar.exportAll'), click: () => send({ type: 'exportCalendar' }) },
        { type: 'separator' },
        { label: t('nav.settings'), accelerator: 'CmdOrCtrl+,', click: () => send({ type: 'navigate', view: 'settings' }) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: t('menu.find'), accelerator: 'CmdOrCtrl+F', click: () => send({ type: 'find' }) },
        { label: t('palette.menuItem'), accelerator: 'CmdOrCtrl+K', click: () => send({ type: 'palette' }) },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        navigate('board', 'CmdOrCtrl+1'),
        navigate('applications', 'CmdOrCtrl+2'),
        navigate('people', 'CmdOrCtrl+3'),
        navigate('today', 'CmdOrCtrl+4'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.devTools ? [{ role: 'toggleDevTools' as const }] : []),
      ],
    },
    { label: t('menu.window'), role: 'windowMenu' },
    {
      label: t('menu.help'),
      role: 'help',
      submenu: [
        { label: t('menu.learnMore'), accelerator: 'F1', click: () => send({ type: 'help' }) },
        ...folderItems(t, options.folders),
      ],
    },
  ];
  return template;
}

function folderItems(t: ReturnType<typeof translator>, folders: MenuOptions['folders']): MenuItemConstructorOptions[] {
  if (!folders) return [];
  return [
    { type: 'separator' },
    { label: t('menu.openDataFolder'), click: () => folders.openDataFolder() },
    { label: t('menu.revealBackups'), click: () => folders.revealBackups() },
  ];
}

/**
 * Calls `install` for the first language and then only when the language changes: building
 * a menu replaces every native item, which a saved change that keeps the language does not
 * need.
 */
export function whenLanguageChanges(install: (language: Language) => void): (language: Language) => void {
  let installed: Language | null = null;
  return (language) => {
    if (language === installed) return;
    installed = language;
    install(language);
  };
}
