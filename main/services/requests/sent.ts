// Messages marked as sent: the ask, a step's message, and a draft as a whole, which the
// shared rule (sentPlan) turns into one of those or a plain contact. Each is one change.
import type { IsoDate } from '../../../shared/dates';
import type { ReferenceRequest } from '../../../shared/schema/request';
import type { RekindleDocument } from '../../../shared/schema/document';
import type { MarkAskSentInput, MarkDraftSentInput, MarkMessageSentInput } from '../../../shared/ipc/request-inputs';
import { itemsCoveredBy, sentPlan, type SentPlan } from '../../../shared/sent-message';
import { DomainError, type ServiceContext } from '../context';
import { assertItemOfStage } from './checklist';
import { logContact } from './contact';
import { findRequest } from './document-edits';
import { updateRequest } from './update-request';

export function markAskSent(
  doc: RekindleDocument,
  input: MarkAskSentInput,
  ctx: ServiceContext,
): { document: RekindleDocument; request: ReferenceRequest } {
  const target = { requestId: input.requestId, on: input.on, open: true };
  const { document, request } = updateRequest(doc, target, ctx, (current) => {
    if (current.stage !== 'reconnect') throw new DomainError('conflict', 'The ask belongs to the reconnect step');
    if (!doc.references.some((person) => person.id === current.referenceId)) {
      throw new DomainError('not_found', `No reference with id ${current.referenceId}`);
    }
    return {
      request: { ...current, askedOn: input.on, checklist: ticked(current.checklist, itemsCoveredBy('ask_sent')) },
      log: { kind: 'message_sent', on: input.on, text: 'ask_sent' },
      contacted: input.on,
      // Asking again after a yes would be odd to record as "asked": the yes still stands.
      person: (person) =>
        person.consent.status === 'agreed' ? person : { ...person, consent: { status: 'asked', askedOn: input.on, answeredOn: null } },
    };
  });
  return { document, request };
}

export function markMessageSent(
  doc: RekindleDocument,
  input: MarkMessageSentInput,
  ctx: ServiceContext,
): { document: RekindleDocument; request: ReferenceRequest } {
  // The ask also changes the person's consent; route it through its own use case.
  if (input.item === 'ask_sent') return markAskSent(doc, { requestId: input.requestId, on: input.on }, ctx);
  return tickMessage(doc, { requestId: input.requestId, on: input.on, item: input.item, ticks: itemsCoveredBy(input.item) }, ctx);
}

/** "Mark as sent" in the composer: everything the draft covers, in one change. */
export function markDraftSent(
  doc: RekindleDocument,
  input: MarkDraftSentInput,
  ctx: ServiceContext,
): { document: RekindleDocument; recorded: SentPlan['kind'] } {
  // The card's stage as main has it decides, not the stage the window last drew.
  const plan = sentPlan(input.draft, findRequest(doc, input.requestId).stage);
  const { requestId, on } = input;
  switch (plan.kind) {
    case 'ask':
      return { document: markAskSent(doc, { requestId, on }, ctx).document, recorded: plan.kind };
    case 'message':
      return { document: tickMessage(doc, { requestId, on, item: plan.item, ticks: plan.ticks }, ctx).document, recorded: plan.kind };
    case 'contact':
      return { document: logContact(doc, { requestId, kind: plan.contact, on, text: input.summary }, ctx).document, recorded: plan.kind };
  }
}

/** One log line for the message's item; the other items are ticked without a line of their own. */
function tickMessage(
  doc: RekindleDocument,
  { requestId, on, item, ticks }: { requestId: string; on: IsoDate; item: string; ticks: readonly string[] },
  ctx: ServiceContext,
): { document: RekindleDocument; request: ReferenceRequest } {
  const { document, request } = updateRequest(doc, { requestId, on, open: true }, ctx, (current) => {
    assertItemOfStage(current, item);
    return {
      request: { ...current, checklist: ticked(current.checklist, ticks) },
      log: { kind: 'message_sent', on, text: item },
      contacted: on,
    };
  });
  return { document, request };
}

function ticked(checklist: Record<string, boolean>, items: readonly string[]): Record<string, boolean> {
  const next = { ...checklist };
  for (const item of items) next[item] = true;
  return next;
}
