// The main window. Its webPreferences come from security.ts and nowhere else; the guards on
// its contents are set for every web contents by applySecurityPolicy.
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-scheme';
import { SECURE_WEB_PREFERENCES } from './security';

export interface MainWindowOptions {
  preloadPath: string;
  /** The dev server URL while developing; otherwise the app's own scheme serves the build. */
  devServerUrl: string | undefined;
  iconPath: string;
  /** DevTools exist in development only. */
  devTools: boolean;
}

/** The page the window shows: the dev server while developing, else rekindle://app/index.html. */
export function rendererUrl(options: Pick<MainWindowOptions, 'devServerUrl'>): string {
  return options.devServerUrl || APP_ENTRY_URL;
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
    webPreferences: { ...SECURE_WEB_PREFERENCES, devTools: options.devTools, preload: options.preloadPath },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererUrl(options));
  return window;
}
