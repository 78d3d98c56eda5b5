// The reminders wired to Electron's notifications, badge and power events.
import { app, Notification, powerMonitor, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { AppCommand } from '../../shared/ipc/channels';
import type { AppCore } from '../app-core';
import { startDesktopReminders, type DesktopReminders } from '../reminders';
import { fileReminderMemory } from '../services/reminder-memory';
import { languageOf } from './core';

/** The app id the installer gives the Start menu shortcut (electron-builder.yml `appId`). */
const WINDOWS_APP_ID = 'app.rekindle.desktop';

export function startElectronReminders(core: AppCore, window: () => BrowserWindow | null, send: (command: AppCommand) => void): DesktopReminders {
  // Windows shows an app's notifications only under the id its shortcut carries.
  if (process.platform === 'win32') app.setAppUserModelId(WINDOWS_APP_ID);
  return startDesktopReminders({
    Notification,
    app,
    powerMonitor,
    window,
    send,
    document: () => core.store.document,
    language: () => languageOf(core),
    memory: fileReminderMemory(join(core.options.dataDir, 'rekindle-reminders.json')),
  });
}
