// Rekindle's main process, as a table of contents.
import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, session, shell } from 'electron';
import ElectronStore from 'electron-store';
import { join } from 'node:path';
import { languageFromLocale } from '../shared/i18n';
import { COMMAND_CHANNEL, type AppCommand } from '../shared/ipc/channels';
import { openAppCore, type AppCore } from './app-core';
import { registerIpcHandlers } from './ipc';
import { overdueNotice } from './launch-notice';
import { buildMenuTemplate } from './menu';
import { denyAllPermissions, isAppUrl } from './security';
import { asStoreEngine, engineOptions, withoutRendererListener, type StoreEngineFactory } from './store/engine';
import { createMainWindow, rendererUrl } from './window';

const electronStoreEngine: StoreEngineFactory = (options) =>
  asStoreEngine(withoutRendererListener(ipcMain, () => new ElectronStore<Record<string, unknown>>({ ...engineOptions(options), name: options.configName })));

// The bundle lives in out/main/; its siblings are out/preload/ and out/renderer/.
const here = import.meta.dirname;
const paths = {
  preload: join(here, '../preload/index.cjs'),
  renderer: join(here, '../renderer'),
  icon: join(here, '../../resources/icon.png'),
};

function applySecurityPolicy(): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => {
    // Windows are locked down in window.ts; this catches any other web contents too.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  denyAllPermissions(session.defaultSession);
}

function openStore(send: (command: AppCommand) => void): AppCore {
  const core = openAppCore({
    dataDir: app.getPath('userData'),
    engine: electronStoreEngine,
    now: () => new Date(),
    systemLanguage: languageFromLocale(app.getLocale()),
    // Packaged, the fonts ship as extra resources; in development they are in the repo.
    ...(app.isPackaged ? { resourcesDir: process.resourcesPath } : {}),
    openExternal: (url) => shell.openExternal(url),
    openPath: async (path) => {
      const failure = await shell.openPath(path);
      if (failure) throw new Error(failure);
    },
    showInFolder: async (path) => shell.showItemInFolder(path),
    dialogs: {
      save: async (options) => {
        const result = await dialog.showSaveDialog({ title: options.title, defaultPath: options.defaultName, filters: options.filters });
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      open: async (options) => {
        const result = await dialog.showOpenDialog({ title: options.title, filters: options.filters, properties: ['openFile'] });
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
    },
    onDocumentChanged: (document) => installMenu(core, send, document.settings.language),
  });
  return core;
}

function installMenu(core: AppCore, send: (command: AppCommand) => void, language = core.store.document.settings.language): void {
  const template = buildMenuTemplate(language ?? core.options.systemLanguage, send, process.platform);
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function start(): void {
  let window: BrowserWindow | null = null;
  const send = (command: AppCommand) => window?.webContents.send(COMMAND_CHANNEL, command);
  const windowOptions = {
    preloadPath: paths.preload,
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    rendererDir: paths.renderer,
    iconPath: paths.icon,
  };

  applySecurityPolicy();
  const core = openStore(send);
  app.on('before-quit', () => core.store.close());
  registerIpcHandlers(ipcMain, core.handlers, {
    isTrustedUrl: (url) => isAppUrl(url, rendererUrl(windowOptions)),
    logError: (error) => console.error(error),
  });
  installMenu(core, send);
  window = createMainWindow(windowOptions);
  notifyOverdue(core);

  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = createMainWindow(windowOptions);
  });
}

function notifyOverdue(core: AppCore): void {
  const document = core.store.document;
  const notice = overdueNotice(document, new Date(), document.settings.language ?? core.options.systemLanguage);
  if (notice && Notification.isSupported()) new Notification(notice).show();
}

// One instance at a time: two processes writing one data file would lose changes.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(start);
}
