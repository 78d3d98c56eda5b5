// One instance at a time: two processes writing one data file would lose changes.
import { app, type BrowserWindow } from 'electron';

/** Takes the lock, or quits this second instance (the first one is brought forward). */
export function takeSingleInstanceLock(): boolean {
  if (app.requestSingleInstanceLock()) return true;
  app.quit();
  return false;
}

/** Brings the window forward when the user starts the app a second time. */
export function focusOnSecondInstance(window: () => BrowserWindow | null): void {
  app.on('second-instance', () => {
    const current = window();
    if (current?.isMinimized()) current.restore();
    current?.focus();
  });
}
