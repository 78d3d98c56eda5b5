// What a reminder says, in the user's language: the one task in words when there is one,
// else how many are due and how many of them are overdue.
import type { TFunction } from 'i18next';
import { dueItemSentence, type DueTextLookups } from '../due-text';
import type { Reminder } from './plan';

export interface ReminderWords {
  title: string;
  body: string;
}

export function reminderWords(reminder: Reminder, lookups: DueTextLookups, t: TFunction): ReminderWords {
  const title = t('overdue.notificationTitle');
  if (reminder.kind === 'late') return { title, body: t('reminders.nowOverdue', { what: dueItemSentence(reminder.item, lookups, t) }) };
  const { items, late } = reminder;
  const [only] = items;
  if (items.length === 1 && only) {
    const what = dueItemSentence(only, lookups, t);
    return { title, body: late === 1 ? t('reminders.oneOverdue', { what }) : t('reminders.oneDueToday', { what }) };
  }
  if (late === items.length) return { title, body: t('overdue.notificationBody', { count: late }) };
  if (late === 0) return { title, body: t('reminders.dueToday', { count: items.length }) };
  return { title, body: t('reminders.dueWithOverdue', { count: items.length, late }) };
}
