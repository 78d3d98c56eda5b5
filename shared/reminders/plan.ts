// What to notify at a given instant, given what was already notified: one summary a day at
// the user's time, then one notice for each task that turns overdue after it. Pure: the
// scheduler in main keeps the "already notified" record and shows what this returns.
import { z } from 'zod';
import { toIsoDate, type IsoDate } from '../dates';
import { isLate, type DueItem } from '../due';
import type { ReminderSettings } from '../schema/settings';
import { reminderMoment } from './schedule';

/** What was already announced: the day of the last summary and the overdue tasks told of. */
export const notifiedSchema = z.object({
  summaryOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  lateKeys: z.array(z.string().max(300)).max(5_000),
});
export type Notified = z.infer<typeof notifiedSchema>;
export const NOTHING_NOTIFIED: Notified = { summaryOn: null, lateKeys: [] };

/** Where clicking a reminder leads: Today, or the one card it is about. */
export type ReminderTarget = { kind: 'today' } | { kind: 'card'; requestId: string };

export type Reminder =
  /** `items`: what is due today or overdue; `late` of them are overdue. */
  | { kind: 'summary'; items: readonly DueItem[]; late: number; opens: ReminderTarget }
  | { kind: 'late'; item: DueItem; opens: ReminderTarget };

export interface ReminderInput {
  now: Date;
  /** Every due item of the document as of `now`'s day (computeDueItems). */
  items: readonly DueItem[];
  settings: ReminderSettings;
  notified: Notified;
  /** The window is in front, showing Today: the user sees the list, so nothing pops up. */
  quiet: boolean;
}

export interface ReminderPlan {
  reminders: Reminder[];
  notified: Notified;
}

/** A task, on its due date: a new due date is a new task to tell of. */
export function dueItemKey(item: DueItem): string {
  return `${item.kind}:${item.requestId ?? item.referenceId}:${item.dueOn}`;
}

function targetOf(items: readonly DueItem[]): ReminderTarget {
  const [only] = items;
  return items.length === 1 && only?.requestId ? { kind: 'card', requestId: only.requestId } : { kind: 'today' };
}

export function remindersAt({ now, items, settings, notified, quiet }: ReminderInput): ReminderPlan {
  const today: IsoDate = toIsoDate(now);
  // Before the chosen time nothing is said, not even about what turned overdue overnight.
  if (now.getTime() < reminderMoment(today, settings.time).getTime()) return { reminders: [], notified };
  // Switched off, the days pass as if the user had looked: switching on again does not
  // bring back a summary of a day already under way.
  const silent = quiet || !settings.enabled;
  const existing = new Set(items.map(dueItemKey));
  // Tasks that were done or deleted are forgotten, so the record stays small.
  const known = notified.lateKeys.filter((key) => existing.has(key));
  const knownSet = new Set(known);
  const late = items.filter(isLate);
  const freshLate = late.filter((item) => !knownSet.has(dueItemKey(item)));
  const lateKeys = [...known, ...freshLate.map(dueItemKey)];

  // `<` rather than `!==`: a clock set back to an earlier day does not bring a second summary.
  if (notified.summaryOn === null || notified.summaryOn < today) {
    const due = items.filter((item) => isLate(item) || item.dueOn === today);
    const next = { summaryOn: today, lateKeys };
    if (silent || due.length === 0) return { reminders: [], notified: next };
    return { reminders: [{ kind: 'summary', items: due, late: late.length, opens: targetOf(due) }], notified: next };
  }
  const reminders: Reminder[] = silent ? [] : freshLate.map((item) => ({ kind: 'late', item, opens: targetOf([item]) }));
  return { reminders, notified: { summaryOn: notified.summaryOn, lateKeys } };
}
