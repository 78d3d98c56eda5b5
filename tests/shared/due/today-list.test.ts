// The Today list: order, window and what counts as overdue.
// In Berlin time on any machine, so the daylight-saving cases mean something everywhere.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { computeDueItems, dueWithin, isLate, overdueCount, type DueItem } from '../../../shared/due';
import { makeReference } from '../../fixtures/documents';
import { board, askedCard, prepCard, contacted, kinds } from './due-cards';

describe('the Today list', () => {
  it('sorts by due date and keeps overdue items and those due within the window', () => {
    const follow = askedCard('2026-11-10');
    const check = makeReference({ lastContactedOn: '2026-06-03', cadenceMonths: 6 });
    const brief = prepCard({ interviews: [{ id: 'i', date: '2026-12-10', time: null, kind: 'phone', note: '' }] });
    const document = board({
      references: [...brief.document.references, check, follow.person],
      applications: brief.document.applications,
      requests: [...brief.document.requests, follow.card],
    });
    const items = computeDueItems(document, '2026-11-28');
    expect(items.map((item) => [item.kind, item.dueOn])).toEqual([
      ['follow_up', '2026-11-17'],
      ['check_in', '2026-12-03'],
      ['send_brief', '2026-12-09'],
    ]);
    expect(kinds(dueWithin(items, '2026-11-28', 7))).toEqual(['follow_up', 'check_in']);
    expect(kinds(dueWithin(items, '2026-11-28', 0))).toEqual(['follow_up']);
    expect(overdueCount(document, '2026-11-28')).toBe(1);
    // The follow-up and the brief are late by then; the check-in is past its date too but
    // only invites a hello, so it is not counted.
    expect(overdueCount(document, '2026-12-10')).toBe(2);
  });

  it('never counts a check-in as overdue, however long ago the last contact was', () => {
    const { person, document } = contacted('2023-05-01', 6);
    const [item] = computeDueItems(document, '2026-11-28');
    expect(item).toMatchObject({ kind: 'check_in', referenceId: person.id, overdue: true });
    expect(isLate(item as DueItem)).toBe(false);
    expect(overdueCount(document, '2026-11-28')).toBe(0);
    const [followUp] = computeDueItems(askedCard('2026-11-10').document, '2026-11-28');
    expect(isLate(followUp as DueItem)).toBe(true);
  });
});
