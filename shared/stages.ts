// The rules of the board: which checklist each stage carries, where a new card starts and
// what the card should suggest next. Pure functions, used by main (services) and the
// renderer (cards), so both always agree.
import { addDays, addMonths, compareIsoDates, type IsoDate } from './dates';
import type { Messages } from './i18n';
// The two rule catalogues only, not every catalogue: the board's first screen shows these.
import { checklist } from './i18n/rules/checklist';
import { nextStep } from './i18n/rules/next-step';
import { STAGES } from './schema/constants';
import type { ReferenceRequest, Stage } from './schema/request';
import type { Application, ApplicationStatus } from './schema/application';
import type { Reference } from './schema/person';
import type { RekindleDocument } from './schema/document';

export interface LocalizedText {
  en: string;
  de: string;
}

export interface ChecklistItem {
  /** Stored in `request.checklist`: never rename a key once shipped. */
  key: string;
  label: LocalizedText;
  hint: LocalizedText;
}

/** Days after an unanswered ask before the card suggests a follow-up. */
export const FOLLOW_UP_AFTER_DAYS = 7;
/** A yes older than this is stale: a new card for that person starts by reconnecting. */
export const CONSENT_FRESH_MONTHS = 12;

type ChecklistKey = keyof Messages['checklist'];

// The words live in the checklist catalogue; the rules only say which item belongs where.
function item(key: ChecklistKey): ChecklistItem {
  const [en, de] = [checklist.en[key], checklist.de[key]];
  return { key, label: { en: en.label, de: de.label }, hint: { en: en.hint, de: de.hint } };
}

// Keys are unique across all stages because a request keeps one checklist record while it
// moves; a key reused in two stages would arrive already ticked.
export const CHECKLISTS: Record<Stage, ChecklistItem[]> = {
  reconnect: [item('own_disconnect'), item('say_why'), item('give_context'), item('ask_sent'), item('reply_recorded')],
  prep: [item('dates_shared'), item('caller_named'), item('brief_sent')],
  thanks: [item('outcome_shared'), item('thanked'), item('stay_reference')],
  done: [],
};

/**
 * Where "Move to…" points by default: the step after this one, never one behind. A
 * finished card has no step ahead, so it offers the one it came from.
 */
export function defaultMoveTarget(stage: Stage): Stage {
  const index = STAGES.indexOf(stage);
  return STAGES[index + 1] ?? STAGES[index - 1] ?? 'reconnect';
}

export function checklistItem(stage: Stage, key: string): ChecklistItem | undefined {
  return CHECKLISTS[stage].find((item) => item.key === key);
}

/** The stage a checklist key belongs to, or null for a key no stage knows. */
export function stageOfChecklistKey(key: string): Stage | null {
  for (const stage of Object.keys(CHECKLISTS) as Stage[]) {
    if (checklistItem(stage, key)) return stage;
  }
  return null;
}

/**
 * The status an application is saved with: a newly added interview date means the
 * interviews have begun, so a planned or applied application moves to interviewing. Null
 * in `movedFrom` when nothing moved. Only a new interview counts, so a user who moves the
 * status back (Undo) is not overruled by the next save.
 */
export function statusAfterSave(
  previous: Pick<Application, 'interviews'> | null,
  next: { status: ApplicationStatus; interviews: readonly { id: string }[] },
): { status: ApplicationStatus; movedFrom: ApplicationStatus | null } {
  const known = new Set(previous?.interviews.map((interview) => interview.id) ?? []);
  const added = next.interviews.some((interview) => !known.has(interview.id));
  if (added && (next.status === 'planned' || next.status === 'applied')) return { status: 'interviewing', movedFrom: next.status };
  return { status: next.status, movedFrom: null };
}

/**
 * "Last contact" as it must read beside the consent: asking someone and hearing their
 * answer are contacts too, so the date is never older than either.
 */
export function lastContactAfterConsent(person: Pick<Reference, 'lastContactedOn' | 'consent'>): IsoDate | null {
  const dates = [person.lastContactedOn, person.consent.askedOn, person.consent.answeredOn].filter((date): date is IsoDate => date !== null);
  return dates.sort(compareIsoDates).at(-1) ?? null;
}

/** True when the person said yes recently enough that asking again would be odd. */
export function hasFreshConsent(reference: Pick<Reference, 'consent'>, today: IsoDate): boolean {
  const { status, answeredOn } = reference.consent;
  if (status !== 'agreed' || answeredOn === null) return false;
  return compareIsoDates(answeredOn, addMonths(today, -CONSENT_FRESH_MONTHS)) >= 0;
}

export function initialStage(reference: Pick<Reference, 'consent'>, today: IsoDate): Stage {
  return hasFreshConsent(reference, today) ? 'prep' : 'reconnect';
}

/**
 * The items a card must tick before it is done. After an offer the search is over, so
 * asking someone to stay a reference is a kindness to offer, not a step left undone.
 */
export function requiredChecklist(stage: Stage, applicationStatus?: ApplicationStatus): ChecklistItem[] {
  const items = CHECKLISTS[stage];
  return stage === 'thanks' && applicationStatus === 'offer' ? items.filter((item) => item.key !== 'stay_reference') : items;
}

export function isChecklistComplete(request: Pick<ReferenceRequest, 'checklist'>, stage: Stage, applicationStatus?: ApplicationStatus): boolean {
  return requiredChecklist(stage, applicationStatus).every((item) => request.checklist[item.key] === true);
}

// System log entries (created, moved, reply, outcome, message_sent) store stable codes in
// `text` so the renderer can show them in the user's language.
const MOVE_SEPARATOR = '->';

export function moveLogText(from: Stage, to: Stage): string {
  return `${from}${MOVE_SEPARATOR}${to}`;
}

export function parseMoveLogText(text: string): { from: Stage; to: Stage } | null {
  const [from, to, ...rest] = text.split(MOVE_SEPARATOR);
  if (rest.length > 0 || !isStage(from) || !isStage(to)) return null;
  return { from, to };
}

function isStage(value: string | undefined): value is Stage {
  return value !== undefined && Object.hasOwn(CHECKLISTS, value);
}

export interface NextAction {
  key: string;
  label: LocalizedText;
}

type ActionKey = keyof Messages['nextStep'];


function action(key: ActionKey): NextAction {
  return { key, label: { en: nextStep.en[key], de: nextStep.de[key] } };
}

/** The one thing the card suggests doing next. */
export function nextAction(request: ReferenceRequest, document: RekindleDocument, today: IsoDate): NextAction {
  if (request.closed === 'declined') return action('declined');
  // A card closed with the search is about the job the user took.
  const aboutId = request.searchClosed?.applicationId ?? request.applicationId;
  const status = aboutId === null ? undefined : document.applications.find((item) => item.id === aboutId)?.status;
  const firstOpen = requiredChecklist(request.stage, status).find((item) => request.checklist[item.key] !== true);
  switch (request.stage) {
    case 'reconnect':
      return reconnectAction(request, document, today, firstOpen?.key);
    case 'prep':
      return firstOpen ? action(firstOpen.key as ActionKey) : action('await_outcome');
    case 'thanks':
      return firstOpen ? action(firstOpen.key as ActionKey) : action('complete');
    case 'done':
      return action('none');
  }
}

function reconnectAction(
  request: ReferenceRequest,
  document: RekindleDocument,
  today: IsoDate,
  firstOpenKey: string | undefined,
): NextAction {
  const consent = document.references.find((person) => person.id === request.referenceId)?.consent.status;
  if (consent === 'agreed') return action('start_prep');
  if (consent === 'declined' && request.askedOn !== null) return action('declined');
  // Someone already asked on another card: their reply will move this card too.
  if (request.askedOn === null && consent === 'asked') return action('await_reply');
  if (request.askedOn === null) {
    const drafting = firstOpenKey === 'own_disconnect' || firstOpenKey === 'say_why' || firstOpenKey === 'give_context';
    return drafting ? action(firstOpenKey) : action('ask_sent');
  }
  const followUpOn = addDays(request.askedOn, FOLLOW_UP_AFTER_DAYS);
  return compareIsoDates(today, followUpOn) >= 0 ? action('follow_up') : action('await_reply');
}
