// Rekindle's main process, as a table of contents: one setup call a line, each in a module
// of its own (adapters/ wraps Electron; security.ts holds the whole security policy).
import { app, BrowserWindow, ipcMain, protocol, session } from 'electron';
import { join } from 'node:path';
import { COMMAND_CHANNEL, type AppCommand } from '../shared/ipc/channels';
import { languageOf, openElectronCore } from './adapters/core';
import { chokidarWatchFolder } from './adapters/folder-watch';
import { createApplicationMenu } from './adapters/menu';
import { startElectronReminders } from './adapters/reminders';
import { openExternalLink } from './adapters/shell';
import { focusOnSecondInstance, takeSingleInstanceLock } from './adapters/single-instance';
import { watchDataFolder } from './app-core';
import { registerIpcHandlers } from './ipc';
import { applySecurityPolicy, isAppUrl } from './security';
import { createMainWindow, rendererUrl, type MainWindowOptions } from './window';
import { WINDOW_STATE_FILE } from './window-state';

const here = import.meta.dirname; // out/main/, beside out/preload/ and out/renderer/
const isDevelopment = !app.isPackaged;
const windowOptions: MainWindowOptions = {
  preloadPath: join(here, '../preload/index.cjs'),
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
  iconPath: join(here, '../../resources/icon.png'),
  devTools: isDevelopment,
  stateFile: join(app.getPath('userData'), WINDOW_STATE_FILE),
};
let window: BrowserWindow | null = null;
const send = (command: AppCommand) => window?.webContents.send(COMMAND_CHANNEL, command);

if (takeSingleInstanceLock()) {
  app.on('window-all-closed', () => process.platform !== 'darwin' && app.quit());
  const electron = { app, protocol, session, openExternal: openExternalLink };
  void applySecurityPolicy(electron, { rendererDir: join(here, '../renderer') }).then(onReady);
}

function onReady(): void {
  const showMenu = createApplicationMenu(send, { devTools: isDevelopment, dataDir: () => core.location.location().folder });
  const core = openElectronCore({
    page: () => window?.webContents,
    onLanguage: showMenu,
    onBackupHealth: (failing) => send({ type: 'backupHealth', failing }),
    onSaved: () => reminders.refresh(),
    onViewShown: (view) => reminders.viewShown(view),
  });
  registerIpcHandlers(ipcMain, core.handlers, { isTrustedUrl: (url) => isAppUrl(url, rendererUrl(windowOptions)), logError: console.error });
  showMenu(languageOf(core));
  const openWindow = () => (window = createMainWindow({ ...windowOptions, language: () => languageOf(core) }));
  openWindow();
  // Due tasks as system notifications and the badge; a saved change or a wake-up looks again.
  const reminders = startElectronReminders(core, () => window, send);
  // Changes from the user's other computers, arriving through a synced data folder.
  const sync = watchDataFolder(core, chokidarWatchFolder, send);
  focusOnSecondInstance(() => window);
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && openWindow());
  // Every change is on disk before it is answered; closing folds the journal into the data file.
  app.on('before-quit', () => void Promise.all([sync.close(), core.store.close()]));
}
