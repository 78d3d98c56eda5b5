// Putting a card’s task off.
// Pinned so "today" (the local calendar day of the injected clock) is the same on every machine.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { snoozeRequest } from '../../../../main/services/requests/snooze';
import { computeDueItems } from '../../../../shared/due';
import { documentSchema } from '../../../../shared/schema/document';
import { makeRequest } from '../../../fixtures/documents';
import { TODAY, ctx, world, withRequests, requestIn, domainErrorOf, deepFreeze } from './request-world';

describe('snoozeRequest', () => {
  it('puts the card’s first ask off until the chosen day, and brings it back when cleared', () => {
    const card = makeRequest({ id: 'card', referenceId: 'anna', applicationId: null, createdAt: '2026-11-20T09:00:00.000Z' });
    const doc = withRequests(world(), card);
    const { document } = snoozeRequest(doc, { requestId: 'card', kind: 'send_ask', until: '2026-12-03' }, ctx());
    expect(requestIn(document, 'card').snoozed).toEqual({ kind: 'send_ask', until: '2026-12-03' });
    expect(documentSchema.safeParse(document).success).toBe(true);
    expect(computeDueItems(document, TODAY).find((item) => item.requestId === 'card')?.dueOn).toBe('2026-12-03');

    const cleared = snoozeRequest(document, { requestId: 'card', kind: 'send_ask', until: null }, ctx()).document;
    expect(computeDueItems(cleared, TODAY).find((item) => item.requestId === 'card')?.dueOn).toBe('2026-11-20');
  });

  it('refuses today or a day already past, and a declined card, changing nothing', () => {
    const card = makeRequest({ id: 'card', referenceId: 'anna' });
    const doc = deepFreeze(withRequests(world(), card));
    const today = domainErrorOf(() => snoozeRequest(doc, { requestId: 'card', kind: 'send_ask', until: TODAY }, ctx()));
    expect(today.code).toBe('invalid_input');
    expect(today.issues).toEqual([{ path: 'until', code: 'date_not_after_today' }]);
    const closed = withRequests(world(), makeRequest({ id: 'closed', referenceId: 'anna', closed: 'declined' }));
    expect(domainErrorOf(() => snoozeRequest(closed, { requestId: 'closed', kind: 'send_ask', until: '2026-12-03' }, ctx())).code).toBe('conflict');
  });
});
