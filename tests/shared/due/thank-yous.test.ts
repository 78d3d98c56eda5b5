// When a thank-you falls due, and when nothing more is asked.
// In Berlin time on any machine, so the daylight-saving cases mean something everywhere.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { computeDueItems } from '../../../shared/due';
import type { ReferenceRequest } from '../../../shared/schema/request';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';
import { board } from './due-cards';

describe('thank-yous', () => {
  function thanksCard(log: ReferenceRequest['log'], checklist: Record<string, boolean> = {}) {
    const person = makeReference();
    const card = makeRequest({
      referenceId: person.id,
      stage: 'thanks',
      log,
      checklist,
      updatedAt: '2026-11-10T12:00:00.000Z',
    });
    return { card, document: board({ references: [person], requests: [card] }) };
  }
  const outcome = (id: string, at: string, on: string) => ({ id, at, on, kind: 'outcome' as const, text: 'offer' });

  it('is due two days after the newest outcome', () => {
    const { document } = thanksCard([
      outcome('a', '2026-11-01T09:00:00.000Z', '2026-11-01'),
      outcome('b', '2026-11-20T09:00:00.000Z', '2026-11-19'),
    ]);
    expect(computeDueItems(document, '2026-11-20')[0]).toMatchObject({ kind: 'send_thanks', dueOn: '2026-11-21' });
  });

  it('uses the day the card last changed when no outcome was logged', () => {
    const { document } = thanksCard([]);
    expect(computeDueItems(document, '2026-11-28')[0]).toMatchObject({ dueOn: '2026-11-12', overdue: true });
  });

  it('crosses a leap day', () => {
    const { document } = thanksCard([outcome('a', '2028-02-28T09:00:00.000Z', '2028-02-28')]);
    expect(computeDueItems(document, '2028-02-28')[0]?.dueOn).toBe('2028-03-01');
  });

  it('disappears when every thank-you item is ticked', () => {
    const done = { outcome_shared: true, thanked: true, stay_reference: true };
    expect(computeDueItems(thanksCard([], done).document, '2026-11-28')).toEqual([]);
    expect(computeDueItems(thanksCard([], { ...done, thanked: false }).document, '2026-11-28')).toHaveLength(1);
  });
});

describe('thanks after an offer', () => {
  it('asks for nothing more once the outcome is shared and the thanks sent', () => {
    const offer = makeApplication({ id: 'won', status: 'offer' });
    const person = makeReference({ id: 'p-offer', lastContactedOn: '2026-11-27' });
    const card = makeRequest({
      referenceId: 'p-offer',
      applicationId: 'won',
      stage: 'thanks',
      checklist: { outcome_shared: true, thanked: true },
      log: [{ id: 'l1', at: '2026-11-27T10:00:00.000Z', on: '2026-11-27', kind: 'outcome', text: 'offer' }],
    });
    const document = makeDocument({ applications: [offer], references: [person], requests: [card] });
    expect(computeDueItems(document, '2026-11-28').filter((item) => item.kind === 'send_thanks')).toEqual([]);
    const rejected = makeDocument({ applications: [{ ...offer, status: 'rejected' }], references: [person], requests: [card] });
    expect(computeDueItems(rejected, '2026-11-28').map((item) => item.kind)).toContain('send_thanks');
  });
});
