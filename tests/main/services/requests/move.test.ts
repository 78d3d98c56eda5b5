// Moving cards by hand, and finishing them after the thank-you.
// Pinned so "today" (the local calendar day of the injected clock) is the same on every machine.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { completeRequest, moveRequest } from '../../../../main/services/requests/move';
import { positionBetween } from '../../../../shared/positions';
import { parseMoveLogText } from '../../../../shared/stages';
import { makeRequest } from '../../../fixtures/documents';
import { NOW, ctx, world, withRequests, requestIn, domainErrorOf } from './request-world';

describe('positions and moving by hand', () => {
  it('places a dropped card between its neighbours', () => {
    expect(positionBetween(1, 2)).toBe(1.5);
    expect(positionBetween(null, 3)).toBe(2);
    expect(positionBetween(3, null)).toBe(4);
    expect(positionBetween(null, null)).toBe(0);
  });

  it('logs a move between stages, naming both', () => {
    const card = makeRequest({ referenceId: 'anna', applicationId: 'acme' });
    const { document, request } = moveRequest(
      withRequests(world(), card),
      { requestId: card.id, stage: 'prep', position: positionBetween(2, 3) },
      ctx(),
    );
    expect(request).toMatchObject({ stage: 'prep', position: 2.5, updatedAt: NOW });
    const entry = requestIn(document, card.id).log.at(-1)!;
    expect(entry.kind).toBe('moved');
    expect(parseMoveLogText(entry.text)).toEqual({ from: 'reconnect', to: 'prep' });
  });

  it('reorders within a column without adding to the history', () => {
    const card = makeRequest({ referenceId: 'anna', stage: 'prep', position: 1 });
    const { request } = moveRequest(withRequests(world(), card), { requestId: card.id, stage: 'prep', position: -1 }, ctx());
    expect(request.position).toBe(-1);
    expect(request.log).toEqual([]);
  });

  it('refuses to move a declined card', () => {
    const card = makeRequest({ referenceId: 'anna', closed: 'declined' });
    const move = () => moveRequest(withRequests(world(), card), { requestId: card.id, stage: 'prep', position: 0 }, ctx());
    expect(domainErrorOf(move).code).toBe('conflict');
  });
});

describe('completeRequest', () => {
  it('moves a thank-you card to done and logs it', () => {
    const card = makeRequest({ referenceId: 'anna', stage: 'thanks' });
    const { request } = completeRequest(withRequests(world(), card), { requestId: card.id }, ctx());
    expect(request.stage).toBe('done');
    expect(parseMoveLogText(request.log.at(-1)!.text)).toEqual({ from: 'thanks', to: 'done' });
  });

  it('refuses cards in any other step', () => {
    const card = makeRequest({ referenceId: 'anna', stage: 'prep' });
    expect(domainErrorOf(() => completeRequest(withRequests(world(), card), { requestId: card.id }, ctx())).code).toBe('conflict');
  });
});
