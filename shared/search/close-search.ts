// Closing the search once an offer is accepted: who helped, which card carries each
// person's thank-you, which cards simply end, and how often to keep in touch afterwards.
// One pure plan, so the dialog shows exactly what main will do.
import type { Application } from '../schema/application';
import type { ConsentStatus, Reference } from '../schema/person';
import type { ReferenceRequest, Stage } from '../schema/request';
import type { RekindleDocument } from '../schema/document';

/**
 * After a search, a check-in every six months keeps a relationship warm without asking
 * anything of anyone. A cadence already that long or longer was chosen on purpose and is
 * kept; a shorter one was usually set while the search needed the person, so it eases off.
 */
export const GENTLE_CADENCE_MONTHS = 6;

export interface HelperPlan {
  referenceId: string;
  /** The card that moves to (or stays in) Thank-you and carries the one thank-you. */
  thankRequestId: string;
  /** The person's other open cards: they end (Done) with no message of their own. */
  closeRequestIds: string[];
  cadenceBefore: number;
  cadenceAfter: number;
}

export interface CloseSearchPlan {
  applicationId: string;
  helpers: HelperPlan[];
  /** Cards of people who were never asked: they end quietly, there is nothing to thank for yet. */
  quietRequestIds: string[];
}

/**
 * "This search" is every open card: not declined, not done, for any application or for the
 * search in general. Finished and declined cards belong to what came before and stay as they
 * are, and a thank-you left by closing a search already belongs to that closed search.
 */
export function isOpenCard(request: Pick<ReferenceRequest, 'closed' | 'stage' | 'searchClosed'>): boolean {
  return request.closed === null && request.stage !== 'done' && !request.searchClosed;
}

const HELPED_CONSENT: ReadonlySet<ConsentStatus> = new Set(['asked', 'agreed']);
const STAGE_WEIGHT: Record<Stage, number> = { reconnect: 0, prep: 1, thanks: 2, done: 3 };

/** Someone helped once asked: they agreed, or an ask is out and they deserve to hear it is over. */
function helped(person: Reference, cards: readonly ReferenceRequest[]): boolean {
  return HELPED_CONSENT.has(person.consent.status) || cards.some((card) => card.stage !== 'reconnect' || card.askedOn !== null);
}

/** The accepted job's own card if they have one (its drafts already tell of the offer), else their furthest along. */
function thankYouCard(cards: readonly ReferenceRequest[], applicationId: string): ReferenceRequest {
  const own = cards.find((card) => card.applicationId === applicationId);
  if (own) return own;
  return [...cards].sort((a, b) => STAGE_WEIGHT[b.stage] - STAGE_WEIGHT[a.stage] || b.updatedAt.localeCompare(a.updatedAt))[0] as ReferenceRequest;
}

export function gentleCadence(current: number): number {
  return Math.max(current, GENTLE_CADENCE_MONTHS);
}

export function planCloseSearch(document: RekindleDocument, applicationId: string): CloseSearchPlan {
  const cardsByPerson = new Map<string, ReferenceRequest[]>();
  for (const request of document.requests) {
    if (!isOpenCard(request)) continue;
    cardsByPerson.set(request.referenceId, [...(cardsByPerson.get(request.referenceId) ?? []), request]);
  }
  const helpers: HelperPlan[] = [];
  const quietRequestIds: string[] = [];
  // In the user's own order of strength, as everywhere people are listed.
  const people = [...document.references].sort((a, b) => a.rank - b.rank);
  for (const person of people) {
    const cards = cardsByPerson.get(person.id);
    if (!cards) continue;
    if (!helped(person, cards)) {
      quietRequestIds.push(...cards.map((card) => card.id));
      continue;
    }
    const thank = thankYouCard(cards, applicationId);
    helpers.push({
      referenceId: person.id,
      thankRequestId: thank.id,
      closeRequestIds: cards.filter((card) => card.id !== thank.id).map((card) => card.id),
      cadenceBefore: person.cadenceMonths,
      cadenceAfter: gentleCadence(person.cadenceMonths),
    });
  }
  return { applicationId, helpers, quietRequestIds };
}

/**
 * The application a card's drafts and notes speak of: for a card closed with the search,
 * the job the user took (so a thank-you from another application's card tells where they
 * landed); otherwise the card's own.
 */
export function draftApplicationOf(request: Pick<ReferenceRequest, 'applicationId' | 'searchClosed'>, applications: readonly Application[]): Application | null {
  const id = request.searchClosed?.applicationId ?? request.applicationId;
  return id === null ? null : (applications.find((application) => application.id === id) ?? null);
}
