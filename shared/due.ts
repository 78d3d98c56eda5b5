// What is due and when: follow-ups, briefs, thank-yous and check-ins, computed from the
// document on demand so nothing has to be stored or kept in sync.
import { addDays, addMonths, compareIsoDates, toIsoDate, type IsoDate } from './dates';
import type { Application } from './schema/application';
import type { Reference } from './schema/person';
import type { ReferenceRequest } from './schema/request';
import type { RekindleDocument } from './schema/document';
import { FOLLOW_UP_AFTER_DAYS, isChecklistComplete } from './stages';

export const DUE_KINDS = ['send_ask', 'follow_up', 'send_brief', 'send_thanks', 'check_in'] as const;
export type DueKind = (typeof DUE_KINDS)[number];

export interface DueItem {
  kind: DueKind;
  dueOn: IsoDate;
  overdue: boolean;
  /** null for a check-in, which belongs to the person rather than one card. */
  requestId: string | null;
  referenceId: string;
  /** The application the task is about: for a thank-you after the search closed, the job taken. */
  applicationId: string | null;
}

export const THANKS_WITHIN_DAYS = 2;
/** The first ask goes out this many days before the reference check or next interview. */
export const ASK_AHEAD_DAYS = 7;
/** How far ahead a check-in shows up, so the user can plan it. */
export const CHECK_IN_LOOKAHEAD_DAYS = 7;
/** The Today view: everything overdue plus what falls due within this many days. */
export const TODAY_WINDOW_DAYS = 7;

export function computeDueItems(document: RekindleDocument, today: IsoDate): DueItem[] {
  const lookups = dueLookups(document);
  const items: DueItem[] = [];
  for (const request of document.requests) {
    const item = requestDueItem(request, lookups, today);
    if (item) items.push(item);
  }
  for (const person of document.references) {
    const item = checkInDueItem(person, today);
    if (item) items.push(item);
  }
  return items.sort(compareDueItems);
}

/** What a card's task depends on beyond the card: its person's consent and its applications. */
export interface DueLookups {
  applications: ReadonlyMap<string, Application>;
  consentByPerson: ReadonlyMap<string, Reference['consent']['status']>;
}

// Kept per list: a change that leaves the applications (or the people) alone keeps that very
// list, so working out what is due after it does not map 10,000 applications again.
const applicationMaps = new WeakMap<readonly Application[], ReadonlyMap<string, Application>>();
const consentMaps = new WeakMap<readonly Reference[], ReadonlyMap<string, Reference['consent']['status']>>();

export function dueLookups(document: RekindleDocument): DueLookups {
  let applications = applicationMaps.get(document.applications);
  if (!applications) {
    applications = new Map(document.applications.map((application) => [application.id, application]));
    applicationMaps.set(document.applications, applications);
  }
  let consentByPerson = consentMaps.get(document.references);
  if (!consentByPerson) {
    consentByPerson = new Map(document.references.map((person) => [person.id, person.consent.status]));
    consentMaps.set(document.references, consentByPerson);
  }
  return { applications, consentByPerson };
}

function dueItem(kind: DueKind, planned: IsoDate, today: IsoDate, request: ReferenceRequest | null, referenceId: string, aboutId?: string | null): DueItem {
  // A task put off from Today comes back on the chosen day; a snooze of another task does not count.
  const snooze = request?.snoozed;
  const dueOn = snooze && snooze.kind === kind && compareIsoDates(snooze.until, planned) > 0 ? snooze.until : planned;
  return {
    kind,
    dueOn,
    overdue: compareIsoDates(dueOn, today) < 0,
    requestId: request?.id ?? null,
    referenceId,
    applicationId: aboutId !== undefined ? aboutId : (request?.applicationId ?? null),
  };
}

/** The one task a card has next, if any: it depends on the card, its person's consent and its applications. */
export function requestDueItem(request: ReferenceRequest, { applications, consentByPerson }: DueLookups, today: IsoDate): DueItem | null {
  if (request.closed !== null) return null;
  if (request.stage === 'reconnect') {
    const consent = consentByPerson.get(request.referenceId);
    if (request.askedOn !== null && consent === 'asked') {
      return dueItem('follow_up', addDays(request.askedOn, FOLLOW_UP_AFTER_DAYS), today, request, request.referenceId);
    }
    if (request.askedOn === null && (consent === 'not_asked' || consent === 'declined')) {
      // Not yet asked on any card ("asked" means another card's reply is awaited; "agreed"
      // means the card is ready for prep). A no from long ago may be asked again.
      const application = request.applicationId === null ? undefined : applications.get(request.applicationId);
      return dueItem('send_ask', askDeadline(request, application, today), today, request, request.referenceId);
    }
  } else if (request.stage === 'prep') {
    const application = request.applicationId === null ? undefined : applications.get(request.applicationId);
    const deadline = application ? briefDeadline(application, today) : null;
    if (deadline !== null && request.checklist.brief_sent !== true) {
      return dueItem('send_brief', deadline, today, request, request.referenceId);
    }
  } else if (request.stage === 'thanks') {
    // Closed with the search, the thank-you tells of the job taken: it needs no "stay a reference".
    const aboutId = request.searchClosed?.applicationId ?? request.applicationId;
    const status = aboutId === null ? undefined : applications.get(aboutId)?.status;
    if (!isChecklistComplete(request, 'thanks', status)) {
      return dueItem('send_thanks', addDays(outcomeDate(request), THANKS_WITHIN_DAYS), today, request, request.referenceId, aboutId);
    }
  }
  return null;
}

/** A person's check-in, once it falls within the look-ahead. */
export function checkInDueItem(person: Reference, today: IsoDate): DueItem | null {
  if (person.lastContactedOn === null) return null;
  const dueOn = addMonths(person.lastContactedOn, person.cadenceMonths);
  return compareIsoDates(dueOn, addDays(today, CHECK_IN_LOOKAHEAD_DAYS)) <= 0 ? dueItem('check_in', dueOn, today, null, person.id) : null;
}

/**
 * A week before the earlier of the reference check and the next interview, or today once
 * that week has begun: the ask is never late, only urgent. With no date to aim for (or a
 * card for the whole search) the ask is due the day the card was created.
 */
function askDeadline(request: ReferenceRequest, application: Application | undefined, today: IsoDate): IsoDate {
  const created = toIsoDate(new Date(request.createdAt));
  if (!application) return created;
  const nextInterview = application.interviews
    .map((interview) => interview.date)
    .filter((date) => compareIsoDates(date, today) >= 0)
    .sort(compareIsoDates)[0];
  const targets = [nextInterview, application.referenceCheckOn ?? undefined].filter((date): date is IsoDate => date !== undefined);
  if (targets.length === 0) return created;
  const earliest = targets.sort(compareIsoDates)[0] as IsoDate;
  const dueOn = addDays(earliest, -ASK_AHEAD_DAYS);
  return compareIsoDates(dueOn, today) < 0 ? today : dueOn;
}

/** The day before whatever comes first: the next interview, else the reference check. */
function briefDeadline(application: Application, today: IsoDate): IsoDate | null {
  const upcoming = application.interviews
    .map((interview) => interview.date)
    .filter((date) => compareIsoDates(date, today) >= 0)
    .sort(compareIsoDates)[0];
  if (upcoming !== undefined) return addDays(upcoming, -1);
  const check = application.referenceCheckOn;
  if (check !== null && compareIsoDates(check, today) >= 0) return addDays(check, -1);
  return null;
}

function outcomeDate(request: ReferenceRequest): IsoDate {
  let newest: { at: string; on: IsoDate } | null = null;
  for (const entry of request.log) {
    // `>=` so that of two entries stamped in the same instant the later-appended one wins.
    if (entry.kind === 'outcome' && (newest === null || Date.parse(entry.at) >= Date.parse(newest.at))) {
      newest = entry;
    }
  }
  return newest?.on ?? toIsoDate(new Date(request.updatedAt));
}

const KIND_ORDER: Record<DueKind, number> = { send_ask: 0, follow_up: 1, send_brief: 2, send_thanks: 3, check_in: 4 };

export function compareDueItems(a: DueItem, b: DueItem): number {
  return (
    compareIsoDates(a.dueOn, b.dueOn) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    compareText(a.referenceId, b.referenceId) ||
    compareText(a.requestId ?? '', b.requestId ?? '')
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Overdue items and those falling due within `days` of today, in date order. */
export function dueWithin(items: readonly DueItem[], today: IsoDate, days: number = TODAY_WINDOW_DAYS): DueItem[] {
  const horizon = addDays(today, days);
  return items.filter((item) => compareIsoDates(item.dueOn, horizon) <= 0);
}

/**
 * Past its date and owed to someone: a follow-up, brief or thank-you. A check-in whose date
 * has passed is only a nudge to say hello; losing touch is why people use the app, so it is
 * never treated as late.
 */
export function isLate(item: DueItem): boolean {
  return item.overdue && item.kind !== 'check_in';
}

/** What the sidebar badge, the window title and the launch notification count. */
export function overdueCount(document: RekindleDocument, today: IsoDate): number {
  return computeDueItems(document, today).filter(isLate).length;
}
