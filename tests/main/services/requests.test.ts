// Pinned so "today" (the local calendar day of the injected clock) is the same on every machine.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/services/context';
import {
  completeRequest,
  linkReference,
  logContact,
  markAskSent,
  markMessageSent,
  moveRequest,
  positionBetween,
  recordReply,
  setApplicationStatus,
  setChecklistItem,
  snoozeRequest,
  unlinkRequest,
} from '../../../main/services/requests';
import { linkReferenceInputSchema, logContactInputSchema, moveRequestInputSchema } from '../../../shared/ipc/request-inputs';
import { computeDueItems } from '../../../shared/due';
import { documentSchema, type Reference, type ReferenceRequest, type RekindleDocument } from '../../../shared/schema';
import { parseMoveLogText } from '../../../shared/stages';
import { makeApplication, makeDocument, makeReference, makeRequest, makeServiceContext } from '../../fixtures/documents';

const NOW = '2026-11-28T10:00:00.000Z';
const TODAY = '2026-11-28';
const ctx = () => makeServiceContext(NOW);

function world() {
  const anna = makeReference({ id: 'anna', name: 'Anna Berg' });
  const ben = makeReference({ id: 'ben', name: 'Ben Okafor' });
  const acme = makeApplication({ id: 'acme', company: 'ACME' });
  const globex = makeApplication({ id: 'globex', company: 'Globex' });
  return makeDocument({ references: [anna, ben], applications: [acme, globex], requests: [] });
}

function withRequests(doc: RekindleDocument, ...requests: ReferenceRequest[]): RekindleDocument {
  return { ...doc, requests: [...doc.requests, ...requests] };
}

function withPerson(doc: RekindleDocument, id: string, change: Partial<Reference>): RekindleDocument {
  return { ...doc, references: doc.references.map((p) => (p.id === id ? { ...p, ...change } : p)) };
}

const requestIn = (doc: RekindleDocument, id: string) => doc.requests.find((r) => r.id === id)!;
const personIn = (doc: RekindleDocument, id: string) => doc.references.find((p) => p.id === id)!;
const agreed = (answeredOn: string) => ({ consent: { status: 'agreed' as const, askedOn: answeredOn, answeredOn } });

function domainErrorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

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

describe('markAskSent', () => {
  it('records the ask on the card and the person, and a follow-up falls due a week later', () => {
    const card = makeRequest({ referenceId: 'anna', applicationId: 'acme' });
    const { document, request } = markAskSent(withRequests(world(), card), { requestId: card.id, on: '2026-11-20' }, ctx());
    expect(request).toMatchObject({ askedOn: '2026-11-20', checklist: { ask_sent: true } });
    // The drafted ask owns the disconnect, says why and gives context.
    expect(request.checklist).toMatchObject({ own_disconnect: true, say_why: true, give_context: true });
    expect(request.log.map((entry) => [entry.kind, entry.text, entry.on])).toEqual([['message_sent', 'ask_sent', '2026-11-20']]);
    expect(personIn(document, 'anna')).toMatchObject({
      consent: { status: 'asked', askedOn: '2026-11-20', answeredOn: null },
      lastContactedOn: '2026-11-20',
      updatedAt: NOW,
    });
    expect(computeDueItems(document, TODAY)).toEqual([expect.objectContaining({ kind: 'follow_up', dueOn: '2026-11-27' })]);
    expect(documentSchema.safeParse(document).success).toBe(true);
  });

  it('keeps an earlier yes instead of downgrading it to asked', () => {
    const card = makeRequest({ referenceId: 'anna', applicationId: 'acme' });
    const doc = withPerson(withRequests(world(), card), 'anna', agreed('2024-01-10'));
    const { document } = markAskSent(doc, { requestId: card.id, on: TODAY }, ctx());
    expect(personIn(document, 'anna').consent).toEqual(agreed('2024-01-10').consent);
  });

  it('refuses a card that is past the reconnect step', () => {
    const card = makeRequest({ referenceId: 'anna', stage: 'prep' });
    expect(domainErrorOf(() => markAskSent(withRequests(world(), card), { requestId: card.id, on: TODAY }, ctx())).code).toBe(
      'conflict',
    );
  });

  it('takes today from the local calendar, so an ask just after midnight is not in the future', () => {
    const card = makeRequest({ referenceId: 'anna' });
    // 00:30 in Berlin on 29 March 2026, the night the clocks go forward; still the 28th in UTC.
    const lateNight = makeServiceContext('2026-03-28T23:30:00.000Z');
    const { request } = markAskSent(withRequests(world(), card), { requestId: card.id, on: '2026-03-29' }, lateNight);
    expect(request.askedOn).toBe('2026-03-29');
  });
});

describe('markMessageSent', () => {
  it('ticks the brief, clears its due item and counts as contact', () => {
    const acme = { ...makeApplication({ id: 'acme' }), interviews: [{ id: 'i', date: '2026-12-05', time: null, kind: 'video' as const, note: '' }] };
    const card = makeRequest({ referenceId: 'anna', applicationId: 'acme', stage: 'prep' });
    const doc = withRequests({ ...world(), applications: [acme] }, card);
    expect(computeDueItems(doc, TODAY).map((item) => item.kind)).toEqual(['send_brief']);
    const { document, request } = markMessageSent(doc, { requestId: card.id, item: 'brief_sent', on: TODAY }, ctx());
    expect(request.checklist.brief_sent).toBe(true);
    // The brief carries the interview dates and who may call: those points are done too.
    expect(request.checklist).toMatchObject({ dates_shared: true, caller_named: true });
    expect(request.log.at(-1)).toMatchObject({ kind: 'message_sent', text: 'brief_sent' });
    expect(personIn(document, 'anna').lastContactedOn).toBe(TODAY);
    expect(computeDueItems(document, TODAY)).toEqual([]);
  });

  it('refuses an item of another stage', () => {
    const card = makeRequest({ referenceId: 'anna', stage: 'prep' });
    const run = () => markMessageSent(withRequests(world(), card), { requestId: card.id, item: 'thanked', on: TODAY }, ctx());
    expect(domainErrorOf(run).code).toBe('conflict');
  });
});

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

describe('setApplicationStatus', () => {
  it('moves the application’s prep cards, and reconnect cards of people who agreed, to thanks on an outcome', () => {
    const prep = makeRequest({ referenceId: 'ben', applicationId: 'acme', stage: 'prep' });
    const agreedButStill = makeRequest({ referenceId: 'anna', applicationId: 'acme' });
    const unanswered = makeRequest({ referenceId: 'ben', applicationId: 'acme', closed: null, stage: 'reconnect' });
    const otherApp = makeRequest({ referenceId: 'ben', applicationId: 'globex', stage: 'prep' });
    const doc = withPerson(withRequests(world(), prep, agreedButStill, unanswered, otherApp), 'anna', agreed('2026-11-01'));

    const { document, movedRequestIds } = setApplicationStatus(
      doc,
      { applicationId: 'acme', status: 'rejected', on: '2026-11-26' },
      ctx(),
    );

    expect(movedRequestIds.sort()).toEqual([prep.id, agreedButStill.id].sort());
    for (const id of movedRequestIds) {
      expect(requestIn(document, id).stage).toBe('thanks');
      expect(requestIn(document, id).log.at(-1)).toMatchObject({ kind: 'outcome', text: 'rejected', on: '2026-11-26' });
    }
    expect(requestIn(document, unanswered.id).stage).toBe('reconnect');
    expect(requestIn(document, otherApp.id)).toEqual(otherApp);
    expect(document.applications.find((app) => app.id === 'acme')).toMatchObject({ status: 'rejected', updatedAt: NOW });
    const thanksDue = computeDueItems(document, TODAY).filter((item) => item.kind === 'send_thanks');
    expect(thanksDue.map((item) => item.dueOn)).toEqual(['2026-11-28', '2026-11-28']);
  });

  it('moves nothing for a status that is not an outcome, or for the same outcome saved again', () => {
    const prep = makeRequest({ referenceId: 'ben', applicationId: 'acme', stage: 'prep' });
    const doc = withRequests(world(), prep);
    const interviewing = setApplicationStatus(doc, { applicationId: 'acme', status: 'interviewing', on: TODAY }, ctx());
    expect(interviewing.movedRequestIds).toEqual([]);
    expect(requestIn(interviewing.document, prep.id)).toEqual(prep);

    const offer = setApplicationStatus(doc, { applicationId: 'acme', status: 'offer', on: '2026-11-20' }, ctx()).document;
    const again = setApplicationStatus(offer, { applicationId: 'acme', status: 'offer', on: TODAY }, ctx()).document;
    expect(requestIn(again, prep.id).log.filter((entry) => entry.kind === 'outcome')).toHaveLength(1);
  });

  it('reports an unknown application as not found', () => {
    const run = () => setApplicationStatus(world(), { applicationId: 'nope', status: 'offer', on: TODAY }, ctx());
    expect(domainErrorOf(run).code).toBe('not_found');
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

describe('purity', () => {
  it('never changes the document it is given', () => {
    const cards = [
      makeRequest({ id: 'r1', referenceId: 'anna', applicationId: 'acme' }),
      makeRequest({ id: 'r2', referenceId: 'ben', applicationId: 'acme', stage: 'prep' }),
      makeRequest({ id: 'r3', referenceId: 'ben', applicationId: 'globex', stage: 'thanks' }),
    ];
    const doc = deepFreeze(withRequests(world(), ...cards));
    const snapshot = structuredClone(doc);
    linkReference(doc, { referenceId: 'anna', applicationId: 'globex' }, ctx());
    unlinkRequest(doc, { requestId: 'r1' });
    moveRequest(doc, { requestId: 'r1', stage: 'prep', position: 3 }, ctx());
    setChecklistItem(doc, { requestId: 'r2', item: 'caller_named', done: true }, ctx());
    logContact(doc, { requestId: 'r1', kind: 'email', on: TODAY, text: 'hi' }, ctx());
    markAskSent(doc, { requestId: 'r1', on: TODAY }, ctx());
    markMessageSent(doc, { requestId: 'r3', item: 'thanked', on: TODAY }, ctx());
    recordReply(doc, { referenceId: 'anna', reply: 'agreed', on: TODAY }, ctx());
    recordReply(doc, { referenceId: 'ben', reply: 'declined', on: TODAY }, ctx());
    setApplicationStatus(doc, { applicationId: 'acme', status: 'offer', on: TODAY }, ctx());
    completeRequest(doc, { requestId: 'r3' }, ctx());
    expect(doc).toEqual(snapshot);
  });
});

describe('input schemas', () => {
  it('accept what the use cases take and reject oversized or unexpected fields', () => {
    expect(linkReferenceInputSchema.safeParse({ referenceId: 'anna', applicationId: null }).success).toBe(true);
    expect(linkReferenceInputSchema.safeParse({ referenceId: 'anna', applicationId: null, extra: 1 }).success).toBe(false);
    expect(moveRequestInputSchema.safeParse({ requestId: 'r', stage: 'prep', position: 1.5 }).success).toBe(true);
    expect(moveRequestInputSchema.safeParse({ requestId: 'r', stage: 'prep', position: Infinity }).success).toBe(false);
    expect(moveRequestInputSchema.safeParse({ requestId: 'r', stage: 'archive', position: 0 }).success).toBe(false);
    const contact = { requestId: 'r', kind: 'call', on: '2026-02-30', text: 'x' };
    expect(logContactInputSchema.safeParse(contact).success).toBe(false);
    expect(logContactInputSchema.safeParse({ ...contact, on: TODAY, text: 'x'.repeat(1_001) }).success).toBe(false);
  });
});

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
