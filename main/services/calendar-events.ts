// What goes into an exported calendar: one event per interview, per announced reference
// check and per due task, built from the document in the user's language. Each UID is made
// from the ids of the records it comes from, never from dates or words, so an event keeps
// its UID through every edit and a new import updates it instead of adding a copy.
import { computeDueItems, type DueItem } from '../../shared/due';
import { dueItemSentence, type DueTextLookups } from '../../shared/due-text';
import { translator, type Translate } from '../../shared/i18n';
import type { Application, Interview } from '../../shared/schema/application';
import type { RekindleDocument } from '../../shared/schema/document';
import type { Language } from '../../shared/schema/fields';
import type { CalendarEvent } from '../exports/calendar/ics-calendar';

/** An interview has no end in the data; an hour is what a calendar app would assume. */
export const INTERVIEW_MINUTES = 60;

export const interviewUid = (application: Application, interview: Interview) => `interview-${application.id}-${interview.id}@rekindle`;
export const referenceCheckUid = (application: Application) => `reference-check-${application.id}@rekindle`;
/**
 * One per card (or per person, for a check-in): a card has one task at a time, so when
 * the follow-up replaces the first ask the same event moves instead of a stale one staying.
 */
export const taskUid = (item: DueItem) => (item.requestId !== null ? `task-${item.requestId}@rekindle` : `check-in-${item.referenceId}@rekindle`);

function who(parts: readonly string[]): string {
  return parts.map((part) => part.trim()).filter(Boolean).join(', ');
}

function interviewEvent(application: Application, interview: Interview, t: Translate): CalendarEvent {
  const contact = who([application.contact.name, application.contact.role, application.contact.email, application.contact.phone]);
  const description = [
    interview.note.trim(),
    contact ? t('ics.contact', { who: contact }) : '',
    application.postingUrl ? t('ics.posting', { url: application.postingUrl }) : '',
  ].filter(Boolean);
  return {
    uid: interviewUid(application, interview),
    start: interview.time
      ? { kind: 'timed', date: interview.date, time: interview.time, minutes: INTERVIEW_MINUTES }
      : { kind: 'day', date: interview.date },
    summary: t(`ics.interview.${interview.kind}`, { role: application.role, company: application.company }),
    description: description.join('\n'),
    // The application's location is where the job is: it is where an interview on site happens.
    location: interview.kind === 'onsite' ? application.location : '',
    busy: true,
    lastModified: application.updatedAt,
  };
}

function referenceCheckEvent(application: Application, date: string, t: Translate): CalendarEvent {
  const caller = application.referenceCheck?.caller;
  const callerText = caller ? who([caller.name, caller.title, caller.phone, caller.email]) : '';
  return {
    uid: referenceCheckUid(application),
    start: { kind: 'day', date },
    summary: t('ics.referenceCheck', { role: application.role, company: application.company }),
    description: [t('ics.checkHint'), callerText ? t('ics.caller', { who: callerText }) : ''].filter(Boolean).join('\n'),
    location: '',
    busy: false,
    lastModified: application.updatedAt,
  };
}

function taskEvent(item: DueItem, document: RekindleDocument, lookups: DueTextLookups, t: Translate): CalendarEvent {
  const source = item.requestId !== null ? document.requests.find((request) => request.id === item.requestId) : undefined;
  const person = document.references.find((reference) => reference.id === item.referenceId);
  return {
    uid: taskUid(item),
    start: { kind: 'day', date: item.dueOn },
    // The same words as the Today list and the reminders.
    summary: dueItemSentence(item, lookups, t),
    description: t('ics.taskHint'),
    location: '',
    busy: false,
    lastModified: source?.updatedAt ?? person?.updatedAt ?? '',
  };
}

export interface CalendarSelection {
  /** One application's interviews only; null for every interview, reference check and task. */
  applicationId: string | null;
  language: Language;
  today: string;
}

export function calendarEvents(document: RekindleDocument, selection: CalendarSelection): CalendarEvent[] {
  const t = translator(selection.language);
  const lookups: DueTextLookups = {
    people: new Map(document.references.map((person) => [person.id, person])),
    applications: new Map(document.applications.map((application) => [application.id, application])),
  };
  const interviews = (application: Application) => application.interviews.map((interview) => interviewEvent(application, interview, t));
  if (selection.applicationId !== null) {
    const application = document.applications.find((item) => item.id === selection.applicationId);
    return application ? interviews(application) : [];
  }
  return [
    ...document.applications.flatMap(interviews),
    ...document.applications.flatMap((application) =>
      application.referenceCheckOn ? [referenceCheckEvent(application, application.referenceCheckOn, t)] : [],
    ),
    ...computeDueItems(document, selection.today).map((item) => taskEvent(item, document, lookups, t)),
  ];
}
