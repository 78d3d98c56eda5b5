// Logging a contact on a card.
// Pinned so "today" (the local calendar day of the injected clock) is the same on every machine.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { logContact } from '../../../../main/services/requests/contact';
import { computeDueItems } from '../../../../shared/due';
import { makeRequest } from '../../../fixtures/documents';
import { TODAY, ctx, world, withRequests, withPerson, requestIn, personIn, domainErrorOf } from './request-world';

describe('logContact', () => {
  it('appends to the log and moves last contacted forward, never back', () => {
    const card = makeRequest({ referenceId: 'anna' });
    const doc = withPerson(withRequests(world(), card), 'anna', { lastContactedOn: '2026-10-01' });
    const later = logContact(doc, { requestId: card.id, kind: 'call', on: '2026-11-20', text: 'Caught up' }, ctx());
    expect(later.entry).toMatchObject({ kind: 'call', on: '2026-11-20', text: 'Caught up' });
    expect(requestIn(later.document, card.id).log).toEqual([later.entry]);
    expect(personIn(later.document, 'anna').lastContactedOn).toBe('2026-11-20');
    const earlier = logContact(later.document, { requestId: card.id, kind: 'note', on: '2026-09-01', text: '' }, ctx());
    expect(personIn(earlier.document, 'anna').lastContactedOn).toBe('2026-11-20');
    expect(requestIn(earlier.document, card.id).log).toHaveLength(2);
  });

  it('resets the check-in clock', () => {
    const card = makeRequest({ referenceId: 'anna' });
    const doc = withPerson(withRequests(world(), card), 'anna', { lastContactedOn: '2026-05-01', cadenceMonths: 6 });
    const checkIns = (document: typeof doc) => computeDueItems(document, TODAY).filter((item) => item.kind === 'check_in');
    expect(checkIns(doc)).toHaveLength(1);
    const { document } = logContact(doc, { requestId: card.id, kind: 'meeting', on: TODAY, text: '' }, ctx());
    expect(checkIns(document)).toEqual([]);
  });

  it('refuses a date in the future', () => {
    const card = makeRequest({ referenceId: 'anna' });
    const run = () => logContact(withRequests(world(), card), { requestId: card.id, kind: 'email', on: '2026-11-29', text: '' }, ctx());
    expect(domainErrorOf(run).code).toBe('invalid_input');
  });
});
