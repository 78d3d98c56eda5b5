// What a message sent from Rekindle's drafts covers: which checklist items it ticks and
// whether it counts as the ask. Beside the checklists (stages.ts) because it is a rule of
// the board; main applies it, so a sent message is one change however much it ticks.
import type { DraftKind } from './drafts/types';
import type { Stage } from './schema/request';

/**
 * A message sent from the drafts does what the step's advice asks: the ask owns the
 * disconnect, says why and gives context; the brief carries the dates and who may call;
 * a thank-you shares the outcome. Ticking them spares the user a list of chores already done.
 */
const POINTS_A_SENT_MESSAGE_COVERS: Record<string, readonly string[]> = {
  ask_sent: ['own_disconnect', 'say_why', 'give_context'],
  brief_sent: ['dates_shared', 'caller_named'],
  thanked: ['outcome_shared'],
};

/** The checklist keys ticked when the message for `item` goes out: the item and what it covers. */
export function itemsCoveredBy(item: string): string[] {
  return [item, ...(Object.hasOwn(POINTS_A_SENT_MESSAGE_COVERS, item) ? (POINTS_A_SENT_MESSAGE_COVERS[item] ?? []) : [])];
}

export type SentPlan =
  /** The ask: ticks `itemsCoveredBy('ask_sent')`, and the person now has been asked. */
  | { kind: 'ask' }
  /** One log line for `item`; every key in `ticks` (the item included) is ticked. */
  | { kind: 'message'; item: string; ticks: string[] }
  /** A message that is no step of the card: logged as a plain contact. */
  | { kind: 'contact'; contact: 'email' | 'note' };

/** What a sent draft was recorded as, for the channel's answer. */
export const SENT_PLAN_KINDS = ['ask', 'message', 'contact'] as const satisfies readonly SentPlan['kind'][];

/**
 * The ask and its follow-up restart the reply clock; the brief ticks its item; a thank-you
 * tells the outcome and thanks in one go, and the "no offer" message (like the note)
 * also asks them to stay a reference. A draft that does not belong to the card's stage
 * (anything sent from a finished card) is logged as a plain contact.
 */
export function sentPlan(kind: DraftKind, stage: Stage): SentPlan {
  if (stage === 'reconnect' && (kind === 'reconnect_ask' || kind === 'follow_up')) return { kind: 'ask' };
  if (stage === 'prep' && kind === 'prep_brief') return message('brief_sent');
  if (stage === 'thanks') {
    if (kind === 'thanks_offer') return message('thanked');
    if (kind === 'thanks_no' || kind === 'note_prompt') return message('thanked', ['stay_reference']);
  }
  return { kind: 'contact', contact: kind === 'note_prompt' ? 'note' : 'email' };
}

function message(item: string, alsoTick: readonly string[] = []): SentPlan {
  return { kind: 'message', item, ticks: [...new Set([...itemsCoveredBy(item), ...alsoTick])] };
}
