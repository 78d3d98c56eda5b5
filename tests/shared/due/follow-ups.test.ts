// Follow-ups after an unanswered ask.
// In Berlin time on any machine, so the daylight-saving cases mean something everywhere.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { computeDueItems, dueWithin, overdueCount } from '../../../shared/due';
import { board, askedCard } from './due-cards';

describe('follow-ups', () => {
  it('shows a follow-up for an ask sent 8 days ago and none for one sent 6 days ago', () => {
    const old = askedCard('2026-11-20');
    expect(computeDueItems(old.document, '2026-11-28')).toEqual([
      {
        kind: 'follow_up',
        dueOn: '2026-11-27',
        overdue: true,
        requestId: old.card.id,
        referenceId: old.person.id,
        applicationId: null,
      },
    ]);
    const recent = askedCard('2026-11-22');
    expect(dueWithin(computeDueItems(recent.document, '2026-11-28'), '2026-11-28', 0)).toEqual([]);
    expect(overdueCount(recent.document, '2026-11-28')).toBe(0);
  });

  it('is due, not yet overdue, exactly seven days after the ask', () => {
    const { document } = askedCard('2026-11-21');
    const [item] = computeDueItems(document, '2026-11-28');
    expect(item).toMatchObject({ kind: 'follow_up', dueOn: '2026-11-28', overdue: false });
  });

  it('carries a follow-up across the year end', () => {
    const { document } = askedCard('2026-12-28');
    expect(computeDueItems(document, '2026-12-30')[0]?.dueOn).toBe('2027-01-04');
  });

  it('drops the follow-up once the person has answered', () => {
    const { person, card } = askedCard('2026-11-01');
    for (const status of ['agreed', 'declined'] as const) {
      const answered = { ...person, consent: { status, askedOn: '2026-11-01', answeredOn: '2026-11-03' } };
      expect(computeDueItems(board({ references: [answered], requests: [card] }), '2026-11-28')).toEqual([]);
    }
  });

  it('ignores declined and finished cards', () => {
    const { person, card } = askedCard('2026-11-01');
    const closed = { ...card, closed: 'declined' as const };
    expect(computeDueItems(board({ references: [person], requests: [closed] }), '2026-11-28')).toEqual([]);
  });
});
