// Reminders while the app runs. One timer, set for the next moment something can change
// (today's reminder time or midnight); every saved change and every wake-up from sleep
// looks again and sets it anew. What to say comes from shared/reminders, which are pure.
import { toIsoDate } from '../../shared/dates';
import { dueItemsOf, overdueCountOf } from '../../shared/due-items';
import { translator } from '../../shared/i18n';
import { NOTHING_NOTIFIED, remindersAt, type Notified, type ReminderTarget } from '../../shared/reminders/plan';
import { MAX_SLEEP_MS, nextWakeUp, reminderSettingsOf } from '../../shared/reminders/schedule';
import { reminderWords, type ReminderWords } from '../../shared/reminders/words';
import type { Language } from '../../shared/schema/fields';
import type { RekindleDocument } from '../../shared/schema/document';
import type { Clock } from '../ports';
import type { StoreTimers } from '../store/timers';

/** Where the record of what was already notified is kept between launches. */
export interface ReminderMemory {
  load(): Notified | null;
  save(notified: Notified): void;
}

export interface ReminderPorts {
  clock: Clock;
  timers: StoreTimers;
  document: () => RekindleDocument;
  language: () => Language;
  /** Shows one system notification; `onClick` runs when the user clicks it. */
  notify(words: ReminderWords, onClick: () => void): void;
  /** The dock or taskbar badge; 0 clears it. */
  setBadgeCount(count: number): void;
  /** True while the window is focused and shows Today. */
  isQuiet(): boolean;
  /** Brings the window forward on Today or on one card. */
  open(target: ReminderTarget): void;
  memory?: ReminderMemory;
  logError?: (error: unknown) => void;
}

export interface Reminders {
  /** Looks again now: after a saved change, a wake-up from sleep or a changed view. */
  refresh(): void;
  stop(): void;
}

function sameNotified(a: Notified, b: Notified): boolean {
  return a.summaryOn === b.summaryOn && a.lateKeys.length === b.lateKeys.length && a.lateKeys.every((key, index) => key === b.lateKeys[index]);
}

export function startReminders(ports: ReminderPorts): Reminders {
  let notified = ports.memory?.load() ?? NOTHING_NOTIFIED;
  let pending: unknown = null;
  let stopped = false;

  const look = (now: Date): number => {
    const document = ports.document();
    const today = toIsoDate(now);
    ports.setBadgeCount(overdueCountOf(document, today));
    const settings = reminderSettingsOf(document.settings);
    const plan = remindersAt({ now, items: dueItemsOf(document, today), settings, notified, quiet: ports.isQuiet() });
    if (!sameNotified(plan.notified, notified)) {
      notified = plan.notified;
      ports.memory?.save(notified);
    }
    if (plan.reminders.length > 0) {
      const t = translator(ports.language());
      const lookups = {
        people: new Map(document.references.map((person) => [person.id, person])),
        applications: new Map(document.applications.map((application) => [application.id, application])),
      };
      for (const reminder of plan.reminders) ports.notify(reminderWords(reminder, lookups, t), () => ports.open(reminder.opens));
    }
    return nextWakeUp(now, settings).getTime();
  };

  const refresh = (): void => {
    if (stopped) return;
    if (pending !== null) ports.timers.clear(pending);
    const now = ports.clock();
    let wake = now.getTime() + MAX_SLEEP_MS;
    try {
      wake = look(now);
    } catch (error) {
      // Called after every saved change: a failing notification must not fail the change,
      // nor end the reminders; they try again at the next wake-up.
      ports.logError?.(error);
    }
    // At least a second: a timer that fires a hair early looks again instead of spinning.
    pending = ports.timers.set(refresh, Math.max(wake - now.getTime(), 1_000));
  };

  refresh();
  return {
    refresh,
    stop() {
      stopped = true;
      if (pending !== null) ports.timers.clear(pending);
      pending = null;
    },
  };
}
