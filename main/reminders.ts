// Reminders wired to the desktop: system notifications, the dock or taskbar badge, the
// window's focus and shown view, and waking from sleep. Electron's objects are passed in
// (main/adapters/reminders.ts passes the real ones, tests the mocks), so this file runs in Node.
import type { AppCommand, View } from '../shared/ipc/channels';
import type { ReminderTarget } from '../shared/reminders/plan';
import type { ReminderWords } from '../shared/reminders/words';
import type { Language } from '../shared/schema/fields';
import type { RekindleDocument } from '../shared/schema/document';
import type { Clock } from './ports';
import { startReminders, type ReminderMemory, type Reminders } from './services/reminders';
import { realTimers, type StoreTimers } from './store/timers';

export interface NotificationLike {
  on(event: 'click', listener: () => void): void;
  on(event: 'close', listener: () => void): void;
  show(): void;
}

export interface ReminderWindowLike {
  /** A window closed on macOS stays in main's hands, destroyed, while the app runs on. */
  isDestroyed(): boolean;
  isFocused(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  webContents: { send(channel: string, command: AppCommand): void };
}

export interface ReminderTargets {
  Notification: { isSupported(): boolean; new (options: ReminderWords): NotificationLike };
  /** `setBadgeCount` answers false where the platform has no badge (Windows): nothing to do then. */
  app: { setBadgeCount(count: number): boolean };
  powerMonitor: { on(event: 'resume', listener: () => void): void };
  window: () => ReminderWindowLike | null;
  /** Pushes a command to the window, as the menu does. */
  send: (command: AppCommand) => void;
  document: () => RekindleDocument;
  language: () => Language;
  clock?: Clock;
  timers?: StoreTimers;
  memory?: ReminderMemory;
  logError?: (error: unknown) => void;
}

export interface DesktopReminders extends Reminders {
  /** The renderer's report of the view it shows. */
  viewShown(view: View): void;
}

export function startDesktopReminders(targets: ReminderTargets): DesktopReminders {
  let view: View | null = null;
  // Electron drops a notification's click handler once nothing holds the notification.
  const showing = new Set<NotificationLike>();

  const liveWindow = (): ReminderWindowLike | null => {
    const window = targets.window();
    return window && !window.isDestroyed() ? window : null;
  };

  const open = (target: ReminderTarget): void => {
    const window = liveWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
    targets.send(target.kind === 'card' ? { type: 'openCard', requestId: target.requestId } : { type: 'navigate', view: 'today' });
  };

  const reminders = startReminders({
    clock: targets.clock ?? (() => new Date()),
    timers: targets.timers ?? realTimers,
    document: targets.document,
    language: targets.language,
    notify(words, onClick) {
      if (!targets.Notification.isSupported()) return;
      const notification = new targets.Notification(words);
      showing.add(notification);
      notification.on('click', () => {
        showing.delete(notification);
        onClick();
      });
      notification.on('close', () => showing.delete(notification));
      notification.show();
    },
    setBadgeCount: (count) => void targets.app.setBadgeCount(count),
    isQuiet: () => view === 'today' && liveWindow()?.isFocused() === true,
    open,
    ...(targets.memory ? { memory: targets.memory } : {}),
    logError: targets.logError ?? console.error,
  });
  // A sleeping computer's timer is late: look again as soon as it wakes.
  targets.powerMonitor.on('resume', reminders.refresh);

  return {
    ...reminders,
    viewShown(next) {
      view = next;
    },
  };
}
