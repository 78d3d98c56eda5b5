// The rules of the board: which checklist each stage carries, where a new card starts and
// what the card should suggest next. Pure functions, used by main (services) and the
// renderer (cards), so both always agree.
import { addDays, addMonths, compareIsoDates, type IsoDate } from './dates';
import type { Application, ApplicationStatus } from './schema/application';
import type { Reference } from './schema/person';
import { STAGES, type ReferenceRequest, type Stage } from './schema/request';
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

// Keys are unique across all stages because a request keeps one checklist record while it
// moves; a key reused in two stages would arrive already ticked.
export const CHECKLISTS: Record<Stage, ChecklistItem[]> = {
  reconnect: [
    {
      key: 'own_disconnect',
      label: { en: 'Admit you lost touch', de: 'Die Funkstille ansprechen' },
      hint: {
        en: 'Say in a sentence that you drifted apart. No excuses, no long apology.',
        de: 'In einem Satz zugeben, dass der Kontakt eingeschlafen ist. Keine Ausreden, keine lange Entschuldigung.',
      },
    },
    {
      key: 'say_why',
      label: { en: 'Say why you are writing', de: 'Den Anlass offen nennen' },
      hint: {
        en: 'You are looking for a job and would like them as a reference. Do not dress the request up as a catch-up.',
        de: 'Klar sagen, dass die Jobsuche läuft und eine Referenz gebraucht wird. Die Bitte nicht hinter einem harmlosen „Wie geht’s?“ verstecken.',
      },
    },
    {
      key: 'give_context',
      label: { en: 'Give context', de: 'Hintergrund liefern' },
      hint: {
        en: 'Name the role and the company and why you are a good match, so their words carry weight.',
        de: 'Stelle, Unternehmen und die eigene Eignung nennen, damit die Empfehlung genau dort ansetzt, wo es darauf ankommt.',
      },
    },
    {
      key: 'ask_sent',
      label: { en: 'Send the request', de: 'Anfrage abschicken' },
      hint: {
        en: 'Mark the message as sent once it is out. A reminder to follow up comes a week later.',
        de: 'Die Nachricht als gesendet markieren, sobald sie raus ist. Eine Woche später erinnert die App ans Nachhaken.',
      },
    },
    {
      key: 'reply_recorded',
      label: { en: 'Note their answer', de: 'Antwort festhalten' },
      hint: {
        en: 'Most people reply warmly. Record whether they said yes or no.',
        de: 'Die meisten antworten freundlich. Festhalten, ob es eine Zusage oder eine Absage war.',
      },
    },
  ],
  prep: [
    {
      key: 'dates_shared',
      label: { en: 'Share your interview dates', de: 'Gesprächstermine mitteilen' },
      hint: {
        en: 'Let them know when you interview, so a call does not take them by surprise.',
        de: 'Mitteilen, wann die Vorstellungsgespräche sind, damit ein Anruf nicht überraschend kommt.',
      },
    },
    {
      key: 'caller_named',
      label: { en: 'Say who may call and when', de: 'Sagen, wer wann anrufen könnte' },
      hint: {
        en: 'Give the name of the person at the company who may get in touch, and roughly when.',
        de: 'Die Ansprechperson im Unternehmen nennen, die sich melden könnte, und ungefähr wann.',
      },
    },
    {
      key: 'brief_sent',
      label: { en: 'Send the brief', de: 'Briefing schicken' },
      hint: {
        en: 'List the projects you shared and what came of them. Do not count on them remembering the details.',
        de: 'Gemeinsame Projekte und ihre Ergebnisse auflisten. Nicht darauf zählen, dass alle Einzelheiten noch präsent sind.',
      },
    },
  ],
  thanks: [
    {
      key: 'outcome_shared',
      label: { en: 'Share the outcome', de: 'Ergebnis mitteilen' },
      hint: {
        en: 'Tell them how it ended, offer or not.',
        de: 'Erzählen, wie es ausgegangen ist – mit oder ohne Zusage.',
      },
    },
    {
      key: 'thanked',
      label: { en: 'Say thank you', de: 'Danke sagen' },
      hint: {
        en: 'An email works; a handwritten note means more.',
        de: 'Eine E-Mail ist in Ordnung, eine handgeschriebene Karte bedeutet mehr.',
      },
    },
    {
      key: 'stay_reference',
      label: { en: 'Ask them to stay a reference', de: 'Um weitere Unterstützung bitten' },
      hint: {
        en: 'If you are still searching, say so and ask whether you may keep naming them.',
        de: 'Wenn die Suche weitergeht, das offen sagen und fragen, ob die Person weiterhin als Referenz genannt werden darf.',
      },
    },
  ],
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

const ACTIONS = {
  own_disconnect: { en: 'Write the first message', de: 'Erste Nachricht schreiben' },
  say_why: { en: 'Write the first message', de: 'Erste Nachricht schreiben' },
  give_context: { en: 'Add the job details', de: 'Details zur Stelle ergänzen' },
  ask_sent: { en: 'Send the request', de: 'Anfrage abschicken' },
  await_reply: { en: 'Waiting for a reply', de: 'Antwort steht noch aus' },
  follow_up: { en: 'Follow up', de: 'Nachhaken' },
  reply_recorded: { en: 'Record their answer', de: 'Antwort eintragen' },
  start_prep: { en: 'Move on to prep', de: 'Weiter zur Vorbereitung' },
  declined: { en: 'They declined', de: 'Abgesagt' },
  dates_shared: { en: 'Share the interview dates', de: 'Gesprächstermine mitteilen' },
  caller_named: { en: 'Say who may call', de: 'Sagen, wer anrufen könnte' },
  brief_sent: { en: 'Send the brief', de: 'Briefing schicken' },
  await_outcome: { en: 'Record the outcome when you know it', de: 'Ergebnis eintragen, sobald es feststeht' },
  outcome_shared: { en: 'Share the outcome', de: 'Ergebnis mitteilen' },
  thanked: { en: 'Say thank you', de: 'Danke sagen' },
  stay_reference: { en: 'Ask them to stay a reference', de: 'Um weitere Unterstützung bitten' },
  complete: { en: 'Mark as done', de: 'Als erledigt markieren' },
  none: { en: 'Nothing left to do', de: 'Nichts mehr zu tun' },
} as const satisfies Record<string, LocalizedText>;

type ActionKey = keyof typeof ACTIONS;

function action(key: ActionKey): NextAction {
  return { key, label: ACTIONS[key] };
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
