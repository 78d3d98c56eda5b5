// Ticking checklist items by hand.
// Pinned so "today" (the local calendar day of the injected clock) is the same on every machine.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { setChecklistItem } from '../../../../main/services/requests/checklist';
import { makeRequest } from '../../../fixtures/documents';
import { ctx, world, withRequests, domainErrorOf } from './request-world';

describe('setChecklistItem', () => {
  const card = makeRequest({ referenceId: 'anna', stage: 'prep' });
  const doc = withRequests(world(), card);

  it('ticks and unticks an item of the current stage', () => {
    const ticked = setChecklistItem(doc, { requestId: card.id, item: 'dates_shared', done: true }, ctx());
    expect(ticked.request.checklist).toEqual({ dates_shared: true });
    const unticked = setChecklistItem(ticked.document, { requestId: card.id, item: 'dates_shared', done: false }, ctx());
    expect(unticked.request.checklist).toEqual({ dates_shared: false });
  });

  it('refuses items that are not on this stage’s checklist', () => {
    expect(domainErrorOf(() => setChecklistItem(doc, { requestId: card.id, item: 'thanked', done: true }, ctx())).code).toBe(
      'conflict',
    );
    expect(domainErrorOf(() => setChecklistItem(doc, { requestId: card.id, item: 'made_up', done: true }, ctx())).code).toBe(
      'invalid_input',
    );
  });
});
