// Which drafts a card offers and which one it opens on. One rule for the composer, "Mark
// as sent", the note prompts and Today, so no screen can offer the wrong news: after a no
// or a withdrawal only the no-offer thank-you, after an offer only the offer one.
import type { ApplicationStatus } from '../schema/application';
import type { ReferenceRequest, Stage } from '../schema/request';
import { DRAFT_KINDS, draftKindsForStage } from './kinds';
import type { DraftKind } from './types';

/** How an application ended, as far as a thank-you is concerned. */
export type Outcome = 'offer' | 'no' | 'withdrawn' | 'open';

/** `null` status: a card for the search in general, which has no outcome of its own. */
export function outcomeOf(status: ApplicationStatus | null): Outcome {
  if (status === 'offer') return 'offer';
  if (status === 'rejected') return 'no';
  if (status === 'withdrawn') return 'withdrawn';
  return 'open';
}

/** True when a draft of this kind would tell news the application does not have. */
function contradicts(kind: DraftKind, status: ApplicationStatus | null, general: boolean): boolean {
  const outcome = outcomeOf(status);
  // A search-wide card may end in an offer found elsewhere; one application only in its own.
  if (kind === 'thanks_offer') return !general && outcome !== 'offer';
  if (kind === 'thanks_no') return outcome === 'offer';
  return false;
}

export interface DraftCard {
  stage: Stage;
  askedOn: ReferenceRequest['askedOn'];
  /** Null for a card about the search in general. */
  applicationId: ReferenceRequest['applicationId'];
}

/** The drafts a card offers, in the composer's order; a finished card offers every fitting one. */
export function draftKindsFor(card: DraftCard, status: ApplicationStatus | null): DraftKind[] {
  const base = card.stage === 'done' ? DRAFT_KINDS : draftKindsForStage(card.stage);
  const general = card.applicationId === null;
  return base.filter((kind) => !contradicts(kind, status, general));
}

/** The draft the composer opens on: the step's next message, never news that did not happen. */
export function defaultDraftKind(card: DraftCard, status: ApplicationStatus | null): DraftKind | null {
  const kinds = draftKindsFor(card, status);
  const preferred = preferredKind(card, status);
  return preferred !== null && kinds.includes(preferred) ? preferred : (kinds[0] ?? null);
}

function preferredKind(card: DraftCard, status: ApplicationStatus | null): DraftKind | null {
  switch (card.stage) {
    case 'reconnect':
      return card.askedOn === null ? 'reconnect_ask' : 'follow_up';
    case 'prep':
      return 'prep_brief';
    case 'thanks':
    case 'done':
      // With no outcome known, the no-offer thank-you is the safe one: it claims no job.
      return outcomeOf(status) === 'offer' ? 'thanks_offer' : 'thanks_no';
  }
}
