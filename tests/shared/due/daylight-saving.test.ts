// Due dates keep their local day through Berlin’s clock changes.
// In Berlin time on any machine, so the daylight-saving cases mean something everywhere.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../shared/dates';
import { computeDueItems } from '../../../shared/due';
import { makeReference, makeRequest } from '../../fixtures/documents';
import { board, askedCard, contacted } from './due-cards';

describe('daylight saving time in Berlin', () => {
  it('reads the local calendar day on both sides of the spring change', () => {
    expect(toIsoDate(new Date('2026-03-28T22:30:00.000Z'))).toBe('2026-03-28'); // 23:30 CET
    expect(toIsoDate(new Date('2026-03-28T23:30:00.000Z'))).toBe('2026-03-29'); // 00:30 CET
    expect(toIsoDate(new Date('2026-03-29T21:59:00.000Z'))).toBe('2026-03-29'); // 23:59 CEST
    expect(toIsoDate(new Date('2026-03-29T22:30:00.000Z'))).toBe('2026-03-30'); // 00:30 CEST
  });

  it('keeps a follow-up on its day through the night the clocks go forward', () => {
    const { document } = askedCard('2026-03-22');
    const justAfterMidnight = toIsoDate(new Date('2026-03-28T23:30:00.000Z'));
    const lateThatDay = toIsoDate(new Date('2026-03-29T21:59:00.000Z'));
    const nextMorning = toIsoDate(new Date('2026-03-29T22:30:00.000Z'));
    expect(computeDueItems(document, justAfterMidnight)[0]).toMatchObject({ dueOn: '2026-03-29', overdue: false });
    expect(computeDueItems(document, lateThatDay)[0]).toMatchObject({ dueOn: '2026-03-29', overdue: false });
    expect(computeDueItems(document, nextMorning)[0]).toMatchObject({ dueOn: '2026-03-29', overdue: true });
  });

  it('keeps a check-in on its day through the night the clocks go back', () => {
    const { document } = contacted('2026-04-25');
    expect(toIsoDate(new Date('2026-10-24T22:30:00.000Z'))).toBe('2026-10-25'); // 00:30 CEST
    expect(toIsoDate(new Date('2026-10-25T22:59:00.000Z'))).toBe('2026-10-25'); // 23:59 CET
    for (const moment of ['2026-10-24T22:30:00.000Z', '2026-10-25T01:30:00.000Z', '2026-10-25T22:59:00.000Z']) {
      expect(computeDueItems(document, toIsoDate(new Date(moment)))[0]).toMatchObject({ dueOn: '2026-10-25', overdue: false });
    }
    expect(computeDueItems(document, toIsoDate(new Date('2026-10-25T23:00:00.000Z')))[0]?.overdue).toBe(true);
  });

  it('dates a thank-you from the local day of a change made just after midnight', () => {
    const person = makeReference();
    // 00:15 CEST on 26 October in Berlin, still the 25th in UTC.
    const card = makeRequest({ referenceId: person.id, stage: 'thanks', updatedAt: '2026-10-25T23:15:00.000Z' });
    const document = board({ references: [person], requests: [card] });
    expect(computeDueItems(document, '2026-10-26')[0]?.dueOn).toBe('2026-10-28');
  });
});
