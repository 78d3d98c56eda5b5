import { describe, expect, it } from 'vitest';
import { draftApplicationOf, gentleCadence, GENTLE_CADENCE_MONTHS, planCloseSearch } from '../../../shared/search/close-search';
import type { RekindleDocument } from '../../../shared/schema/document';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';

const agreed = { status: 'agreed' as const, askedOn: '2026-10-01', answeredOn: '2026-10-02' };

function search(): RekindleDocument {
  return makeDocument({
    applications: [makeApplication({ id: 'globex', status: 'offer' }), makeApplication({ id: 'acme', status: 'rejected' })],
    references: [
      makeReference({ id: 'anna', rank: 1, consent: agreed, cadenceMonths: 3 }),
      makeReference({ id: 'ben', rank: 0, consent: agreed, cadenceMonths: 12 }),
      makeReference({ id: 'cleo', rank: 2, consent: { status: 'asked', askedOn: '2026-11-01', answeredOn: null } }),
      makeReference({ id: 'dev', rank: 3 }),
      makeReference({ id: 'eli', rank: 4, consent: agreed }),
    ],
    requests: [
      makeRequest({ id: 'anna-globex', referenceId: 'anna', applicationId: 'globex', stage: 'thanks' }),
      makeRequest({ id: 'anna-acme', referenceId: 'anna', applicationId: 'acme', stage: 'thanks' }),
      makeRequest({ id: 'ben-acme', referenceId: 'ben', applicationId: 'acme', stage: 'prep', updatedAt: '2026-11-01T00:00:00.000Z' }),
      makeRequest({ id: 'ben-general', referenceId: 'ben', applicationId: null, stage: 'reconnect', updatedAt: '2026-11-20T00:00:00.000Z' }),
      makeRequest({ id: 'cleo-acme', referenceId: 'cleo', applicationId: 'acme', stage: 'reconnect', askedOn: '2026-11-01' }),
      makeRequest({ id: 'dev-globex', referenceId: 'dev', applicationId: 'globex', stage: 'reconnect' }),
      makeRequest({ id: 'eli-old', referenceId: 'eli', applicationId: 'acme', stage: 'done' }),
      makeRequest({ id: 'eli-declined', referenceId: 'eli', applicationId: 'globex', stage: 'prep', closed: 'declined' }),
    ],
  });
}

describe('planning the close of a search', () => {
  it('thanks each person who helped once, in the user’s order, and leaves finished and declined cards out', () => {
    const plan = planCloseSearch(search(), 'globex');
    expect(plan.helpers.map((helper) => helper.referenceId)).toEqual(['ben', 'anna', 'cleo']);
  });

  it('puts the thank-you on the accepted application’s card and ends the person’s other open cards', () => {
    const anna = planCloseSearch(search(), 'globex').helpers.find((helper) => helper.referenceId === 'anna')!;
    expect(anna.thankRequestId).toBe('anna-globex');
    expect(anna.closeRequestIds).toEqual(['anna-acme']);
  });

  it('without a card on the accepted job, thanks on the card furthest along', () => {
    const ben = planCloseSearch(search(), 'globex').helpers.find((helper) => helper.referenceId === 'ben')!;
    expect(ben.thankRequestId).toBe('ben-acme');
    expect(ben.closeRequestIds).toEqual(['ben-general']);
  });

  it('counts someone who was asked but has not answered as a helper: they should hear the ask is over', () => {
    const cleo = planCloseSearch(search(), 'globex').helpers.find((helper) => helper.referenceId === 'cleo')!;
    expect(cleo.thankRequestId).toBe('cleo-acme');
  });

  it('ends the cards of people never asked quietly, with no thank-you', () => {
    const plan = planCloseSearch(search(), 'globex');
    expect(plan.quietRequestIds).toEqual(['dev-globex']);
    expect(plan.helpers.some((helper) => helper.referenceId === 'dev')).toBe(false);
  });

  it('eases a short cadence to six months and keeps one already gentle', () => {
    const helpers = planCloseSearch(search(), 'globex').helpers;
    expect(helpers.find((helper) => helper.referenceId === 'anna')).toMatchObject({ cadenceBefore: 3, cadenceAfter: GENTLE_CADENCE_MONTHS });
    expect(helpers.find((helper) => helper.referenceId === 'ben')).toMatchObject({ cadenceBefore: 12, cadenceAfter: 12 });
    expect([1, 5, 6, 7, 60].map(gentleCadence)).toEqual([6, 6, 6, 7, 60]);
  });

  it('leaves out a thank-you that closing a search already left, so nobody is thanked twice', () => {
    const doc = search();
    const closedOnce = { ...doc, requests: doc.requests.map((request) => (request.id === 'anna-globex' ? { ...request, searchClosed: { applicationId: 'globex', on: '2026-11-28' } } : request)) };
    const anna = planCloseSearch(closedOnce, 'globex').helpers.find((helper) => helper.referenceId === 'anna')!;
    expect(anna.thankRequestId).toBe('anna-acme');
    expect(anna.closeRequestIds).toEqual([]);
  });

  it('plans nothing when no card is open', () => {
    const doc = search();
    const closed = { ...doc, requests: doc.requests.map((request) => ({ ...request, stage: 'done' as const })) };
    expect(planCloseSearch(closed, 'globex')).toEqual({ applicationId: 'globex', helpers: [], quietRequestIds: [] });
  });
});

describe('the job a closed card speaks of', () => {
  it('is the accepted one for a card closed with the search, the card’s own otherwise', () => {
    const doc = search();
    const card = doc.requests.find((request) => request.id === 'ben-acme')!;
    expect(draftApplicationOf(card, doc.applications)?.id).toBe('acme');
    expect(draftApplicationOf({ ...card, searchClosed: { applicationId: 'globex', on: '2026-11-28' } }, doc.applications)?.id).toBe('globex');
    expect(draftApplicationOf({ applicationId: null }, doc.applications)).toBeNull();
  });
});
