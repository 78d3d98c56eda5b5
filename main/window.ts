// The main window. Its webPreferences come from security.ts and nowhere else; the guards on
// its contents are set for every web contents by applySecurityPolicy.
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-scheme';
import { SECURE_WEB_PREFERENCES } from './security';
import type { Language } from '../shared/schema/fields';
import { attachContextMenu } from './adapters/context-menu';
import { rememberWindowPlace, restoredWindowState } from './adapters/window-state';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE } from './window-placement';

export interface MainWindowOptions {
  preloadPath: string;
  /** The dev server URL while developing; otherwise the app's own scheme serves the build. */
  devServerUrl: string | undefined;
  iconPath: string;
  /** DevTools exist in development only. */
  devTools: boolean;
  /** Where the window's size, position and maximised state are kept between launches. */
  stateFile?: string;
  /** The window's language, for the labels of its right-click menu; no such menu without it. */
  language?: () => Language;
}

/** The page the window shows: the dev server while developing, else rekindle://app/index.html. */
export function rendererUrl(options: Pick<MainWindowOptions, 'devServerUrl'>): string {
  return options.devServerUrl || APP_ENTRY_URL;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const placed = options.stateFile ? restoredWindowState(options.stateFile) : null;
  const window = new BrowserWindow({
    ...(placed ? placed.bounds : DEFAULT_WINDOW_SIZE),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Rekindle',
    icon: options.iconPath,
    backgroundColor: '#00000000',
    webPreferences: { ...SECURE_WEB_PREFERENCES, devTools: options.devTools, preload: options.preloadPath },
  });
  window.once('ready-to-show', () => {
    if (placed?.maximized) window.maximize();
    window.show();
  });
  if (options.stateFile) rememberWindowPlace(window, options.stateFile);
  if (options.language) attachContextMenu(window.webContents, options.language);
  void window.loadURL(rendererUrl(options));
  return window;
}
