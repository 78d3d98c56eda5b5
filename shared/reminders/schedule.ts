// When the reminder scheduler next needs to look: local times of day on local calendar
// days, worked out from a clock reading alone, so tests pass any instant and time zone.
import { addDays, toIsoDate, type IsoDate } from '../dates';
import { DEFAULT_REMINDERS, type ReminderSettings, type Settings } from '../schema/settings';

/** Files written before reminders existed remind at 9:00. */
export function reminderSettingsOf(settings: Settings): ReminderSettings {
  return settings.reminders ?? DEFAULT_REMINDERS;
}

/**
 * The wall-clock moment `time` ("09:00") on local day `day`. On the spring change a time in
 * the skipped hour falls an hour later, as the clock on the wall shows it then.
 */
export function reminderMoment(day: IsoDate, time: string): Date {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Date(year, month - 1, date, hours, minutes, 0, 0);
}

/** Local midnight at the start of `day` (01:00 where a time change skips midnight itself). */
export function startOfDay(day: IsoDate): Date {
  return reminderMoment(day, '00:00');
}

/**
 * The longest the scheduler sleeps. A timer counts elapsed time, not the wall clock, so a
 * clock set forward or back by hand is noticed within this, and no later.
 */
export const MAX_SLEEP_MS = 60 * 60 * 1000;

/** The next daily reminder strictly after `now`: today's if its time is still ahead, else tomorrow's. */
export function nextReminderAt(now: Date, time: string): Date {
  const today = toIsoDate(now);
  const todays = reminderMoment(today, time);
  return todays.getTime() > now.getTime() ? todays : reminderMoment(addDays(today, 1), time);
}

/**
 * The next moment worth looking again: the next reminder time, or the coming midnight when
 * what counts as overdue changes for the badge, whichever is first.
 */
export function nextWakeUp(now: Date, reminders: ReminderSettings): Date {
  const candidates = [startOfDay(addDays(toIsoDate(now), 1)).getTime(), now.getTime() + MAX_SLEEP_MS];
  if (reminders.enabled) candidates.push(nextReminderAt(now, reminders.time).getTime());
  return new Date(Math.min(...candidates));
}
