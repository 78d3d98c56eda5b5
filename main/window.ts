// The main window. Its webPreferences come from security.ts and nowhere else.
import { BrowserWindow, shell } from 'electron';
import { join } from 'node:path';
import { lockDownWebContents, SECURE_WEB_PREFERENCES } from './security';

export interface MainWindowOptions {
  preloadPath: string;
  /** The dev server URL while developing; otherwise the built index.html is loaded. */
  devServerUrl: string | undefined;
  rendererDir: string;
  iconPath: string;
}

export function rendererUrl(options: Pick<MainWindowOptions, 'devServerUrl' | 'rendererDir'>): string {
  if (options.devServerUrl) return options.devServerUrl;
  return new URL(`file://${join(options.rendererDir, 'index.html')}`).href;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Rekindle',
    icon: options.iconPath,
    backgroundColor: '#00000000',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: options.preloadPath },
  });
  lockDownWebContents(window.webContents, (url) => shell.openExternal(url));
  window.once('ready-to-show', () => window.show());
  if (options.devServerUrl) void window.loadURL(options.devServerUrl);
  else void window.loadFile(join(options.rendererDir, 'index.html'));
  return window;
}
