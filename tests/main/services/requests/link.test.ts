// Putting people on the board and taking them off.
// Pinned so "today" (the local calendar day of the injected clock) is the same on every machine.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { linkReference, unlinkRequest } from '../../../../main/services/requests/link';
import { documentSchema } from '../../../../shared/schema/document';
import { makeRequest } from '../../../fixtures/documents';
import { NOW, TODAY, ctx, world, withRequests, withPerson, requestIn, agreed, domainErrorOf } from './request-world';

describe('test documents', () => {
  it('builds documents that pass the schema', () => {
    const doc = withRequests(world(), makeRequest({ referenceId: 'anna', applicationId: 'acme' }));
    expect(documentSchema.safeParse(doc).success).toBe(true);
  });
});

describe('linkReference', () => {
  it('starts a card in reconnect for someone not yet asked, with a created entry', () => {
    const { document, requestId } = linkReference(world(), { referenceId: 'anna', applicationId: 'acme' }, ctx());
    const card = requestIn(document, requestId);
    expect(card).toMatchObject({ stage: 'reconnect', referenceId: 'anna', applicationId: 'acme', closed: null });
    expect(card.log.map((entry) => [entry.kind, entry.on])).toEqual([['created', TODAY]]);
    expect(card.createdAt).toBe(NOW);
    expect(documentSchema.safeParse(document).success).toBe(true);
  });

  it('starts in prep for a yes exactly 12 months old and in reconnect for one a day older', () => {
    const fresh = withPerson(world(), 'anna', agreed('2025-11-28'));
    const freshCard = linkReference(fresh, { referenceId: 'anna', applicationId: 'acme' }, ctx());
    expect(requestIn(freshCard.document, freshCard.requestId).stage).toBe('prep');
    const stale = withPerson(world(), 'anna', agreed('2025-11-27'));
    const staleCard = linkReference(stale, { referenceId: 'anna', applicationId: 'acme' }, ctx());
    expect(requestIn(staleCard.document, staleCard.requestId).stage).toBe('reconnect');
  });

  it('puts the new card at the end of its column', () => {
    const doc = withRequests(
      world(),
      makeRequest({ referenceId: 'ben', applicationId: 'acme', position: 4 }),
      makeRequest({ referenceId: 'ben', applicationId: 'globex', position: 9 }),
      makeRequest({ referenceId: 'ben', applicationId: null, stage: 'prep', position: 50 }),
    );
    const { document, requestId } = linkReference(doc, { referenceId: 'anna', applicationId: 'acme' }, ctx());
    expect(requestIn(document, requestId).position).toBe(10);
  });

  it('refuses a second open card for the same person and application', () => {
    const first = linkReference(world(), { referenceId: 'anna', applicationId: 'acme' }, ctx()).document;
    expect(domainErrorOf(() => linkReference(first, { referenceId: 'anna', applicationId: 'acme' }, ctx())).code).toBe(
      'conflict',
    );
    // Another application, or the search in general, is a different card.
    const second = linkReference(first, { referenceId: 'anna', applicationId: 'globex' }, ctx()).document;
    expect(linkReference(second, { referenceId: 'anna', applicationId: null }, ctx()).document.requests).toHaveLength(3);
  });

  it('allows a new card once the earlier one is done or declined', () => {
    for (const change of [{ stage: 'done' as const }, { closed: 'declined' as const }]) {
      const doc = withRequests(world(), makeRequest({ referenceId: 'anna', applicationId: 'acme', ...change }));
      expect(linkReference(doc, { referenceId: 'anna', applicationId: 'acme' }, ctx()).document.requests).toHaveLength(2);
    }
  });

  it('reports unknown people and applications as not found', () => {
    expect(domainErrorOf(() => linkReference(world(), { referenceId: 'nobody', applicationId: null }, ctx())).code).toBe(
      'not_found',
    );
    expect(domainErrorOf(() => linkReference(world(), { referenceId: 'anna', applicationId: 'nope' }, ctx())).code).toBe(
      'not_found',
    );
  });
});

describe('unlinkRequest', () => {
  it('removes the card and hands it back', () => {
    const card = makeRequest({ referenceId: 'anna' });
    const { document, removed } = unlinkRequest(withRequests(world(), card), { requestId: card.id });
    expect(document.requests).toEqual([]);
    expect(removed).toEqual(card);
    expect(domainErrorOf(() => unlinkRequest(document, { requestId: card.id })).code).toBe('not_found');
  });
});
