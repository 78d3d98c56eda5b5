// The reminders wired to Electron's notifications, badge and power events.
import { app, Notification, powerMonitor, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { AppCommand } from '../../shared/ipc/channels';
import type { AppCore } from '../app-core';
import { startDesktopReminders, type DesktopReminders } from '../reminders';
import { fileReminderMemory } from '../services/reminder-memory';
import { languageOf } from './core';

export function startElectronReminders(core: AppCore, window: () => BrowserWindow | null, send: (command: AppCommand) => void): DesktopReminders {
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
