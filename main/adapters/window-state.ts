// The window's remembered place, with Electron's screen and BrowserWindow events.
import { screen, type BrowserWindow } from 'electron';
import { placeWindow, type WindowState } from '../window-placement';
import { readWindowState, rememberWindowState, writeWindowState } from '../window-state';

/** Where to open the window: the saved place if a display still shows it, else centred on the primary display. */
export function restoredWindowState(file: string): WindowState {
  return placeWindow(readWindowState(file), screen.getAllDisplays(), screen.getPrimaryDisplay());
}

/** Writes the window's place while it moves (debounced) and when it closes. */
export function rememberWindowPlace(window: BrowserWindow, file: string): void {
  rememberWindowState(
    {
      onChange: (listener) => {
        window.on('resize', listener);
        window.on('move', listener);
        window.on('maximize', listener);
        window.on('unmaximize', listener);
      },
      onClose: (listener) => window.on('close', listener),
      state: () => ({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }),
    },
    (state) => writeWindowState(file, state),
  );
}
