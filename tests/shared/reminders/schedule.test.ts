// When the reminders wake up, on Berlin's wall clock across midnight and both time changes.
// In Berlin time on any machine, so the daylight-saving cases mean something everywhere.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { MAX_SLEEP_MS, nextReminderAt, nextWakeUp, reminderMoment } from '../../../shared/reminders/schedule';

const at = (iso: string) => new Date(iso);
const on = { enabled: true, time: '09:00' };

describe('the next reminder time', () => {
  it('is today at the chosen time while that is still ahead', () => {
    expect(nextReminderAt(at('2026-11-28T08:59:00+01:00'), '09:00').toISOString()).toBe(at('2026-11-28T09:00:00+01:00').toISOString());
  });

  it('is tomorrow once today’s time has come, even at the very minute', () => {
    expect(nextReminderAt(at('2026-11-28T09:00:00+01:00'), '09:00').toISOString()).toBe(at('2026-11-29T09:00:00+01:00').toISOString());
  });

  it('crosses midnight and the end of a month and a year', () => {
    expect(nextReminderAt(at('2026-12-31T23:30:00+01:00'), '07:15').toISOString()).toBe(at('2027-01-01T07:15:00+01:00').toISOString());
  });

  it('stays at 9:00 on the wall clock over the spring change, when the night is an hour short', () => {
    const evening = at('2026-03-28T20:00:00+01:00');
    const next = nextReminderAt(evening, '09:00');
    expect(next.toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(next.getHours()).toBe(9);
    expect(next.getTime() - evening.getTime()).toBe(12 * 60 * 60 * 1000);
  });

  it('stays at 9:00 on the wall clock over the autumn change, when the night is an hour long', () => {
    const evening = at('2026-10-24T20:00:00+02:00');
    const next = nextReminderAt(evening, '09:00');
    expect(next.toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(next.getTime() - evening.getTime()).toBe(14 * 60 * 60 * 1000);
  });

  it('moves a time in the hour the spring change skips to the hour after it', () => {
    expect(reminderMoment('2026-03-29', '02:30').toISOString()).toBe(at('2026-03-29T03:30:00+02:00').toISOString());
  });
});

describe('the next wake-up', () => {
  it('is the reminder time when it comes within the hour', () => {
    expect(nextWakeUp(at('2026-11-28T08:30:00+01:00'), on).toISOString()).toBe(at('2026-11-28T09:00:00+01:00').toISOString());
  });

  it('is midnight before the next reminder, when the overdue count can change', () => {
    expect(nextWakeUp(at('2026-11-28T23:30:00+01:00'), on).toISOString()).toBe(at('2026-11-29T00:00:00+01:00').toISOString());
  });

  it('is the local midnight on the night of a time change', () => {
    expect(nextWakeUp(at('2026-10-25T23:10:00+01:00'), on).toISOString()).toBe(at('2026-10-26T00:00:00+01:00').toISOString());
    expect(nextWakeUp(at('2026-03-28T23:10:00+01:00'), on).toISOString()).toBe(at('2026-03-29T00:00:00+01:00').toISOString());
  });

  it('is never more than an hour away, so a clock set by hand is noticed', () => {
    const now = at('2026-11-28T10:00:00+01:00');
    expect(nextWakeUp(now, on).getTime() - now.getTime()).toBe(MAX_SLEEP_MS);
  });

  it('ignores the reminder time while reminders are off', () => {
    const now = at('2026-11-28T08:30:00+01:00');
    expect(nextWakeUp(now, { enabled: false, time: '09:00' }).getTime() - now.getTime()).toBe(MAX_SLEEP_MS);
  });
});
