// When the brief before an interview falls due.
// In Berlin time on any machine, so the daylight-saving cases mean something everywhere.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { computeDueItems } from '../../../shared/due';
import { prepCard } from './due-cards';

describe('briefs', () => {
  it('is due the day before the next interview, skipping interviews already past', () => {
    const { card, document } = prepCard({
      interviews: [
        { id: 'i1', date: '2026-11-20', time: null, kind: 'phone', note: '' },
        { id: 'i3', date: '2026-12-15', time: null, kind: 'onsite', note: '' },
        { id: 'i2', date: '2026-12-03', time: '10:00', kind: 'video', note: '' },
      ],
    });
    expect(computeDueItems(document, '2026-11-28')).toEqual([
      expect.objectContaining({ kind: 'send_brief', dueOn: '2026-12-02', overdue: false, requestId: card.id }),
    ]);
  });

  it('is overdue on the day of the interview itself', () => {
    const { document } = prepCard({ interviews: [{ id: 'i1', date: '2026-12-01', time: null, kind: 'phone', note: '' }] });
    expect(computeDueItems(document, '2026-12-01')[0]).toMatchObject({ dueOn: '2026-11-30', overdue: true });
  });

  it('falls back to the day before the reference check when no interview is ahead', () => {
    const { document } = prepCard({ referenceCheckOn: '2027-01-01' });
    expect(computeDueItems(document, '2026-12-20')[0]).toMatchObject({ kind: 'send_brief', dueOn: '2026-12-31' });
    expect(computeDueItems(document, '2027-01-02')).toEqual([]);
  });

  it('shows nothing once the brief is sent or when no date is known', () => {
    const interviews = [{ id: 'i1', date: '2026-12-03', time: null, kind: 'phone' as const, note: '' }];
    expect(computeDueItems(prepCard({ interviews }, { brief_sent: true }).document, '2026-11-28')).toEqual([]);
    expect(computeDueItems(prepCard({}).document, '2026-11-28')).toEqual([]);
  });
});
