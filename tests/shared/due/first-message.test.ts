// When the first message to a person falls due.
// In Berlin time on any machine, so the daylight-saving cases mean something everywhere.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { computeDueItems, dueWithin, isLate } from '../../../shared/due';
import { askedConsent, askedCard, kinds, unaskedCard, interviewOn } from './due-cards';

describe('the first message', () => {
  const today = '2026-11-28';

  it('is due today for a card whose interview is 6 days away, and not this week for one 30 days away', () => {
    const soon = unaskedCard({ interviews: [interviewOn('2026-12-04')] });
    expect(dueWithin(computeDueItems(soon.document, today), today)).toMatchObject([
      { kind: 'send_ask', dueOn: today, overdue: false, requestId: soon.card.id },
    ]);
    const later = unaskedCard({ interviews: [interviewOn('2026-12-28')] });
    expect(computeDueItems(later.document, today)).toMatchObject([{ kind: 'send_ask', dueOn: '2026-12-21' }]);
    expect(dueWithin(computeDueItems(later.document, today), today)).toEqual([]);
  });

  it('aims a week before the reference check when it comes before the next interview', () => {
    const { document } = unaskedCard({ referenceCheckOn: '2026-12-15', interviews: [interviewOn('2026-12-20')] });
    expect(computeDueItems(document, today)).toMatchObject([{ kind: 'send_ask', dueOn: '2026-12-08' }]);
  });

  it('skips interviews already past when finding the next one', () => {
    const { document } = unaskedCard({ interviews: [interviewOn('2026-11-01'), interviewOn('2026-12-19')] });
    expect(computeDueItems(document, today)).toMatchObject([{ kind: 'send_ask', dueOn: '2026-12-12' }]);
  });

  it('is due the day a card for the whole search was created, and can be overdue', () => {
    const { document } = unaskedCard(null, '2026-11-20T09:00:00.000Z');
    const items = computeDueItems(document, today);
    expect(items).toMatchObject([{ kind: 'send_ask', dueOn: '2026-11-20', overdue: true }]);
    expect(isLate(items[0]!)).toBe(true);
  });

  it('leaves the list once the ask is sent, and is not asked for while another card awaits the reply', () => {
    const sent = askedCard('2026-11-27');
    expect(kinds(computeDueItems(sent.document, today))).toEqual(['follow_up']);
    const { person, card, document } = unaskedCard({ interviews: [interviewOn('2026-12-01')] });
    const waiting = { ...document, references: [{ ...person, consent: askedConsent('2026-11-26') }] };
    expect(computeDueItems(waiting, today).filter((item) => item.requestId === card.id)).toEqual([]);
  });

  it('comes back on the day it was snoozed to, and a snooze of another task changes nothing', () => {
    const { card, document } = unaskedCard({ interviews: [interviewOn('2026-12-02')] });
    const snoozed = (kind: 'send_ask' | 'send_brief') => ({ ...document, requests: [{ ...card, snoozed: { kind, until: '2026-12-01' } }] });
    expect(computeDueItems(snoozed('send_ask'), today)).toMatchObject([{ kind: 'send_ask', dueOn: '2026-12-01' }]);
    expect(computeDueItems(snoozed('send_brief'), today)).toMatchObject([{ kind: 'send_ask', dueOn: today }]);
  });
});
