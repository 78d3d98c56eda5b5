// Stand-ins for what the reminders use of Electron: notifications the test can click, the
// dock or taskbar badge, the power monitor's wake-up, and a window that records being
// brought forward and the commands pushed to it.
import type { NotificationLike, ReminderTargets, ReminderWindowLike } from '../../main/reminders';
import { COMMAND_CHANNEL, type AppCommand } from '../../shared/ipc/channels';
import type { ReminderWords } from '../../shared/reminders/words';

export interface NotificationMock extends NotificationLike {
  readonly title: string;
  readonly body: string;
  readonly shown: boolean;
  /** Clicks the notification, as the user would in the system's notification centre. */
  click(): void;
}

export interface DesktopMock {
  targets: Pick<ReminderTargets, 'Notification' | 'app' | 'powerMonitor' | 'window' | 'send'>;
  /** Every notification main made, in order. */
  readonly notifications: NotificationMock[];
  /** Every count main set on the dock or taskbar badge, in order. */
  readonly badges: number[];
  /** What main pushed to the window. */
  readonly sent: AppCommand[];
  /** What main asked of the window ('restore', 'show', 'focus'). */
  readonly windowCalls: string[];
  window: { focused: boolean; minimized: boolean; destroyed: boolean };
  /** Tells main's listeners that the computer woke from sleep. */
  resume(): void;
}

/** Notification, the badge, power events and a window: what the reminders use of Electron. */
export function createDesktopMock(): DesktopMock {
  const notifications: NotificationMock[] = [];
  const badges: number[] = [];
  const sent: AppCommand[] = [];
  const windowCalls: string[] = [];
  const resumeListeners: (() => void)[] = [];
  const window = { focused: false, minimized: false, destroyed: false };
  class MockNotification implements NotificationMock {
    static isSupported = () => true;
    readonly title: string;
    readonly body: string;
    shown = false;
    private readonly listeners = new Map<string, (() => void)[]>();
    constructor(options: ReminderWords) {
      this.title = options.title;
      this.body = options.body;
      notifications.push(this);
    }
    on(event: 'click' | 'close', listener: () => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    }
    show() {
      this.shown = true;
    }
    click() {
      for (const listener of this.listeners.get('click') ?? []) listener();
    }
  }
  const windowMock: ReminderWindowLike = {
    isDestroyed: () => window.destroyed,
    // Electron throws on a destroyed window's methods; so does the mock.
    isFocused: () => {
      if (window.destroyed) throw new Error('Object has been destroyed');
      return window.focused;
    },
    isMinimized: () => window.minimized,
    restore: () => {
      windowCalls.push('restore');
      window.minimized = false;
    },
    show: () => windowCalls.push('show'),
    focus: () => {
      windowCalls.push('focus');
      window.focused = true;
    },
    webContents: { send: (_channel, command) => sent.push(command) },
  };
  return {
    notifications,
    badges,
    sent,
    windowCalls,
    window,
    resume: () => resumeListeners.forEach((listener) => listener()),
    targets: {
      Notification: MockNotification,
      app: {
        setBadgeCount: (count) => {
          badges.push(count);
          return true;
        },
      },
      powerMonitor: { on: (_event, listener) => void resumeListeners.push(listener) },
      window: () => windowMock,
      send: (command) => windowMock.webContents.send(COMMAND_CHANNEL, command),
    },
  };
}
