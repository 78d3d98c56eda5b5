// Marking the ask and a step’s message as sent.
// Pinned so "today" (the local calendar day of the injected clock) is the same on every machine.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { markAskSent, markMessageSent } from '../../../../main/services/requests/sent';
import { computeDueItems } from '../../../../shared/due';
import { documentSchema } from '../../../../shared/schema/document';
import { makeApplication, makeRequest, makeServiceContext } from '../../../fixtures/documents';
import { NOW, TODAY, ctx, world, withRequests, withPerson, personIn, agreed, domainErrorOf } from './request-world';

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
