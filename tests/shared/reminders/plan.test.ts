// What to notify at an instant, given what was already notified: one summary a day, one
// notice per task that turns overdue after it, and nothing twice when the clock goes back.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import type { DueItem } from '../../../shared/due';
import { NOTHING_NOTIFIED, remindersAt, type Notified, type ReminderInput } from '../../../shared/reminders/plan';

const settings = { enabled: true, time: '09:00' };

function item(overrides: Partial<DueItem>): DueItem {
  return { kind: 'follow_up', dueOn: '2026-11-28', overdue: false, requestId: 'card-1', referenceId: 'anna', applicationId: null, ...overrides };
}

const dueToday = item({});
const lateBrief = item({ kind: 'send_brief', dueOn: '2026-11-26', overdue: true, requestId: 'card-2', referenceId: 'ben' });

function plan(iso: string, items: DueItem[], notified: Notified = NOTHING_NOTIFIED, extra: Partial<ReminderInput> = {}) {
  return remindersAt({ now: new Date(iso), items, settings, notified, quiet: false, ...extra });
}

describe('the daily summary', () => {
  it('comes once at the chosen time and not again a minute later', () => {
    const first = plan('2026-11-28T09:00:00+01:00', [dueToday]);
    expect(first.reminders).toEqual([{ kind: 'summary', items: [dueToday], late: 0, opens: { kind: 'card', requestId: 'card-1' } }]);
    expect(plan('2026-11-28T09:01:00+01:00', [dueToday], first.notified).reminders).toEqual([]);
  });

  it('says nothing before the chosen time, not even about what is overdue', () => {
    expect(plan('2026-11-28T08:59:59+01:00', [dueToday, lateBrief])).toEqual({ reminders: [], notified: NOTHING_NOTIFIED });
  });

  it('opens Today when it covers more than one task', () => {
    const [summary] = plan('2026-11-28T09:00:00+01:00', [dueToday, lateBrief]).reminders;
    expect(summary).toMatchObject({ kind: 'summary', late: 1, opens: { kind: 'today' } });
  });

  it('opens Today for a check-in, which has no card of its own', () => {
    const checkIn = item({ kind: 'check_in', requestId: null });
    expect(plan('2026-11-28T09:00:00+01:00', [checkIn]).reminders[0]?.opens).toEqual({ kind: 'today' });
  });

  it('leaves out what falls due on a later day and an old check-in, which is no debt', () => {
    const later = item({ dueOn: '2026-11-30', requestId: 'card-3' });
    const oldCheckIn = item({ kind: 'check_in', dueOn: '2026-10-01', overdue: true, requestId: null });
    expect(plan('2026-11-28T09:00:00+01:00', [later, oldCheckIn]).reminders).toEqual([]);
  });

  it('comes again the next day at the chosen time, after midnight', () => {
    const first = plan('2026-11-28T09:00:00+01:00', [dueToday]);
    const stillDue = item({ overdue: true });
    expect(plan('2026-11-29T00:30:00+01:00', [stillDue], first.notified).reminders).toEqual([]);
    expect(plan('2026-11-29T09:00:00+01:00', [stillDue], first.notified).reminders).toHaveLength(1);
  });

  it('comes once on the morning after the spring change', () => {
    const first = plan('2026-03-28T09:00:00+01:00', [item({ dueOn: '2026-03-28' })]);
    const sunday = [item({ dueOn: '2026-03-29' })];
    expect(plan('2026-03-29T08:30:00+02:00', sunday, first.notified).reminders).toEqual([]);
    const second = plan('2026-03-29T09:00:00+02:00', sunday, first.notified);
    expect(second.reminders).toHaveLength(1);
    expect(plan('2026-03-29T09:01:00+02:00', sunday, second.notified).reminders).toEqual([]);
  });

  it('is not repeated when the clock is set back within the same day', () => {
    const first = plan('2026-11-28T09:30:00+01:00', [dueToday]);
    expect(plan('2026-11-28T09:00:00+01:00', [dueToday], first.notified).reminders).toEqual([]);
  });

  it('is not repeated when the clock is set back to the day before', () => {
    const first = plan('2026-11-28T09:30:00+01:00', [dueToday]);
    const yesterday = plan('2026-11-27T09:30:00+01:00', [item({ dueOn: '2026-11-27', overdue: false })], first.notified);
    expect(yesterday.reminders).toEqual([]);
    expect(yesterday.notified.summaryOn).toBe('2026-11-28');
  });

  it('stays quiet while Today is in front of the user, and does not repeat it once they look away', () => {
    const quiet = plan('2026-11-28T09:00:00+01:00', [dueToday], NOTHING_NOTIFIED, { quiet: true });
    expect(quiet.reminders).toEqual([]);
    expect(plan('2026-11-28T09:05:00+01:00', [dueToday], quiet.notified).reminders).toEqual([]);
  });

  it('comes at the time the user chose', () => {
    const seven = { enabled: true, time: '07:30' };
    const early = remindersAt({ now: new Date('2026-11-28T07:30:00+01:00'), items: [dueToday], settings: seven, notified: NOTHING_NOTIFIED, quiet: false });
    expect(early.reminders).toHaveLength(1);
  });
});

describe('a task turning overdue after the summary', () => {
  it('gets one notice of its own, opening its card, and only once', () => {
    const first = plan('2026-11-28T09:00:00+01:00', [dueToday]);
    const later = plan('2026-11-28T15:00:00+01:00', [dueToday, lateBrief], first.notified);
    expect(later.reminders).toEqual([{ kind: 'late', item: lateBrief, opens: { kind: 'card', requestId: 'card-2' } }]);
    expect(plan('2026-11-28T15:01:00+01:00', [dueToday, lateBrief], later.notified).reminders).toEqual([]);
  });

  it('is not announced again the next morning beside the summary, and the summary still counts it', () => {
    const first = plan('2026-11-28T09:00:00+01:00', [lateBrief]);
    const next = plan('2026-11-29T09:00:00+01:00', [lateBrief], first.notified);
    expect(next.reminders).toEqual([expect.objectContaining({ kind: 'summary', late: 1 })]);
  });

  it('is announced again when it falls due on a new date, and forgotten once done', () => {
    const first = plan('2026-11-28T09:00:00+01:00', [lateBrief]);
    expect(first.notified.lateKeys).toHaveLength(1);
    const done = plan('2026-11-28T10:00:00+01:00', [], first.notified);
    expect(done.notified.lateKeys).toEqual([]);
    const moved = item({ ...lateBrief, dueOn: '2026-11-27' });
    expect(plan('2026-11-28T11:00:00+01:00', [moved], done.notified).reminders).toHaveLength(1);
  });
});

describe('reminders switched off', () => {
  const off = { enabled: false, time: '09:00' };

  it('say nothing, and switching on later that day brings no summary of a day under way', () => {
    const quietDay = remindersAt({ now: new Date('2026-11-28T09:00:00+01:00'), items: [dueToday], settings: off, notified: NOTHING_NOTIFIED, quiet: false });
    expect(quietDay.reminders).toEqual([]);
    expect(plan('2026-11-28T11:00:00+01:00', [dueToday], quietDay.notified).reminders).toEqual([]);
    expect(plan('2026-11-29T09:00:00+01:00', [item({ dueOn: '2026-11-29' })], quietDay.notified).reminders).toHaveLength(1);
  });
});
