// What holds for every request use case: pure transforms, bounded inputs.
// Pinned so "today" (the local calendar day of the injected clock) is the same on every machine.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { linkReference, unlinkRequest } from '../../../../main/services/requests/link';
import { completeRequest, moveRequest } from '../../../../main/services/requests/move';
import { setChecklistItem } from '../../../../main/services/requests/checklist';
import { logContact } from '../../../../main/services/requests/contact';
import { markAskSent, markDraftSent, markMessageSent } from '../../../../main/services/requests/sent';
import { recordReply } from '../../../../main/services/requests/reply';
import { setApplicationStatus } from '../../../../main/services/requests/status';
import { linkReferenceInputSchema, logContactInputSchema, moveRequestInputSchema } from '../../../../shared/ipc/request-inputs';
import { makeRequest } from '../../../fixtures/documents';
import { TODAY, ctx, world, withRequests, deepFreeze } from './request-world';

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
    markDraftSent(doc, { requestId: 'r3', draft: 'thanks_no', on: TODAY, summary: 'Thank you' }, ctx());
    markDraftSent(doc, { requestId: 'r2', draft: 'thanks_no', on: TODAY, summary: 'Thank you' }, ctx());
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
