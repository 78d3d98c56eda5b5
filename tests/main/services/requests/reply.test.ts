// The person’s answer to the ask.
// Pinned so "today" (the local calendar day of the injected clock) is the same on every machine.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { markAskSent } from '../../../../main/services/requests/sent';
import { recordReply } from '../../../../main/services/requests/reply';
import { computeDueItems } from '../../../../shared/due';
import { documentSchema } from '../../../../shared/schema/document';
import { makeRequest } from '../../../fixtures/documents';
import { TODAY, ctx, world, withRequests, requestIn, personIn } from './request-world';

describe('recordReply', () => {
  it('moves every reconnect card of a person to prep when they agree', () => {
    const acmeCard = makeRequest({ referenceId: 'anna', applicationId: 'acme', position: 0 });
    const globexCard = makeRequest({ referenceId: 'anna', applicationId: 'globex', position: 1 });
    const bensCard = makeRequest({ referenceId: 'ben', applicationId: 'acme', position: 2 });
    const waitingInPrep = makeRequest({ referenceId: 'ben', applicationId: 'globex', stage: 'prep', position: 7 });
    const doc = withRequests(world(), acmeCard, globexCard, bensCard, waitingInPrep);

    const { document, changedRequestIds } = recordReply(doc, { referenceId: 'anna', reply: 'agreed', on: TODAY }, ctx());

    expect(changedRequestIds.sort()).toEqual([acmeCard.id, globexCard.id].sort());
    for (const id of [acmeCard.id, globexCard.id]) {
      const card = requestIn(document, id);
      expect(card.stage).toBe('prep');
      expect(card.checklist.reply_recorded).toBe(true);
      expect(card.log.at(-1)).toMatchObject({ kind: 'reply', text: 'agreed', on: TODAY });
    }
    // Both land after the card already waiting in prep, in distinct slots.
    const positions = [requestIn(document, acmeCard.id).position, requestIn(document, globexCard.id).position];
    expect(Math.min(...positions)).toBeGreaterThan(7);
    expect(new Set(positions).size).toBe(2);
    expect(requestIn(document, bensCard.id)).toEqual(bensCard);
    expect(personIn(document, 'anna').consent).toMatchObject({ status: 'agreed', answeredOn: TODAY });
    expect(documentSchema.safeParse(document).success).toBe(true);
  });

  it('completes a request for the search in general when the person agrees', () => {
    const general = makeRequest({ referenceId: 'anna', applicationId: null });
    const { document } = recordReply(withRequests(world(), general), { referenceId: 'anna', reply: 'agreed', on: TODAY }, ctx());
    expect(requestIn(document, general.id).stage).toBe('done');
  });

  it('ends the follow-up reminder once they answer', () => {
    const card = makeRequest({ referenceId: 'anna', applicationId: 'acme' });
    const asked = markAskSent(withRequests(world(), card), { requestId: card.id, on: '2026-11-01' }, ctx()).document;
    expect(computeDueItems(asked, TODAY)).toHaveLength(1);
    const answered = recordReply(asked, { referenceId: 'anna', reply: 'declined', on: TODAY }, ctx()).document;
    expect(computeDueItems(answered, TODAY).filter((item) => item.kind === 'follow_up')).toEqual([]);
  });

  it('closes open reconnect and prep cards when they decline, and leaves thank-yous alone', () => {
    const reconnect = makeRequest({ referenceId: 'anna', applicationId: 'acme' });
    const prep = makeRequest({ referenceId: 'anna', applicationId: 'globex', stage: 'prep' });
    const thanks = makeRequest({ referenceId: 'anna', applicationId: null, stage: 'thanks' });
    const doc = withRequests(world(), reconnect, prep, thanks);
    const { document, changedRequestIds } = recordReply(doc, { referenceId: 'anna', reply: 'declined', on: TODAY }, ctx());
    expect(changedRequestIds.sort()).toEqual([reconnect.id, prep.id].sort());
    expect(requestIn(document, reconnect.id).closed).toBe('declined');
    expect(requestIn(document, prep.id)).toMatchObject({ closed: 'declined', stage: 'prep' });
    expect(requestIn(document, prep.id).log.at(-1)).toMatchObject({ kind: 'reply', text: 'declined' });
    expect(requestIn(document, thanks.id)).toEqual(thanks);
    expect(personIn(document, 'anna').consent).toMatchObject({ status: 'declined', answeredOn: TODAY });
  });
});
