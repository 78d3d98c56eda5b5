// What "Mark as sent" records for each draft: the checklist item the message fulfils and
// the contact it was, so the card moves on and the person's last contact is today.
import type { DraftKind } from '../../shared/drafts';
import { LIMITS, type RekindleDocument, type Stage } from '../../shared/schema';
import { api } from '../api';

export type SentPlan =
  | { kind: 'ask' }
  | { kind: 'message'; item: string; alsoTick: string[] }
  | { kind: 'contact'; contact: 'email' | 'note' };

/**
 * The ask and its follow-up restart the reply clock; the brief ticks its item; a thank-you
 * tells the outcome and thanks in one go, and the "no offer" message (like the note)
 * also asks them to stay a reference. A draft that does not belong to the card's stage
 * (anything sent from a finished card) is logged as a plain contact.
 */
export function sentPlan(kind: DraftKind, stage: Stage): SentPlan {
  if (stage === 'reconnect' && (kind === 'reconnect_ask' || kind === 'follow_up')) return { kind: 'ask' };
  if (stage === 'prep' && kind === 'prep_brief') return { kind: 'message', item: 'brief_sent', alsoTick: [] };
  if (stage === 'thanks') {
    if (kind === 'thanks_offer') return { kind: 'message', item: 'thanked', alsoTick: ['outcome_shared'] };
    if (kind === 'thanks_no' || kind === 'note_prompt') {
      return { kind: 'message', item: 'thanked', alsoTick: ['outcome_shared', 'stay_reference'] };
    }
  }
  return { kind: 'contact', contact: kind === 'note_prompt' ? 'note' : 'email' };
}

/** Runs the plan against main and answers with the last saved document. */
export async function markDraftSent(
  plan: SentPlan,
  { requestId, today, summary }: { requestId: string; today: string; summary: string },
  /** Called after each saved step, so a later failure does not hide what was saved. */
  onSaved: (document: RekindleDocument) => void = () => {},
): Promise<RekindleDocument> {
  if (plan.kind === 'ask') return (await api.requests.markAskSent({ requestId, on: today })).document;
  if (plan.kind === 'contact') {
    const text = summary.trim().slice(0, LIMITS.mediumText);
    return (await api.requests.logContact({ requestId, kind: plan.contact, on: today, text })).document;
  }
  // One log line for the message; the other items are ticked without a line of their own.
  let { document } = await api.requests.markMessageSent({ requestId, item: plan.item, on: today });
  for (const item of plan.alsoTick) {
    onSaved(document);
    ({ document } = await api.requests.setChecklistItem({ requestId, item, done: true }));
  }
  return document;
}
