// Everything a template needs, read once from the input and cleaned up, so templates
// only decide on wording and never on how to handle a missing field.
import type { Language } from '../schema/fields';
import type { Application } from '../schema/application';
import type { Address } from '../schema/person';
import { monthsBetween } from '../dates';
import { greeting, nameParts } from './names';
import { isRecentContact, timeSinceContact } from './time';
import { asSentence, inline } from './text';
import type { DraftInput } from './types';

export interface JobContext {
  company: string;
  role: string;
  /** The place as typed ("Berlin"), or "" when none or when the job is remote. */
  location: string;
  /** A remote job reads "a remote role", never "in Remote". */
  remote: boolean;
  status: Application['status'];
  /** The user took this job and closed the search: the news is final, not just an offer. */
  accepted: boolean;
  postingUrl: string;
  referenceCheckOn: string | null;
  contactName: string;
  contactRole: string;
  contactDetails: string[];
}

/**
 * recent: under two weeks; weeks: under two months (no apology is due); months: under a
 * year (a light word); years: own the silence plainly; unknown: never recorded.
 */
export type Gap = 'recent' | 'weeks' | 'months' | 'years' | 'unknown';

export function gapOf(lastContactedOn: string | null, today: string): Gap {
  if (lastContactedOn === null) return 'unknown';
  if (isRecentContact(lastContactedOn, today)) return 'recent';
  const months = monthsBetween(lastContactedOn, today);
  if (months < 2) return 'weeks';
  return months < 12 ? 'months' : 'years';
}

/** After months or years apart (or an unknown gap), "this time I'll stay in touch" rings true. */
export function longSilence(ctx: Pick<DraftContext, 'gap'>): boolean {
  return ctx.gap === 'months' || ctx.gap === 'years' || ctx.gap === 'unknown';
}

export interface DraftContext {
  language: Language;
  formality: Address['formality'];
  greeting: string;
  senderName: string;
  senderPhone: string;
  job: JobContext | null;
  /** The pitch as a finished sentence, or "". */
  pitch: string;
  workedAt: string;
  talkingPoints: string[];
  /** Null when never contacted; see timeSinceContact. */
  timeSince: string | null;
  recentContact: boolean;
  /** How long since the last contact, as the ask's opening must weigh it. */
  gap: Gap;
  today: string;
  input: DraftInput;
}

export function draftContext(input: DraftInput, language: Language): DraftContext {
  const { reference, application, profile } = input;
  return {
    language,
    formality: reference.address.formality,
    greeting: greeting(reference, language),
    senderName: nameParts(profile.name).full,
    senderPhone: inline(profile.phone),
    job: application ? jobContext(application) : null,
    pitch: asSentence(input.pitch ?? ''),
    workedAt: inline(reference.workedAt),
    talkingPoints: reference.talkingPoints.map((point) => inline(point.text)).filter((text) => text !== ''),
    timeSince: timeSinceContact(reference.lastContactedOn, input.today, language),
    recentContact: isRecentContact(reference.lastContactedOn, input.today),
    gap: gapOf(reference.lastContactedOn, input.today),
    today: input.today,
    input,
  };
}

// Only a location that is nothing but "remote" (in either language) counts as one; "Berlin
// or remote" is a place and reads fine after "in".
const REMOTE_ONLY = /^(fully |100 ?% )?(remote|remote[- ]first|home ?office|mobiles arbeiten|ortsunabhängig)$/i;

function jobContext(application: Application): JobContext {
  const location = inline(application.location);
  const remote = REMOTE_ONLY.test(location);
  return {
    company: inline(application.company),
    role: inline(application.role),
    location: remote ? '' : location,
    remote,
    status: application.status,
    accepted: application.status === 'offer' && Boolean(application.acceptedOn),
    postingUrl: inline(application.postingUrl),
    referenceCheckOn: application.referenceCheckOn,
    contactName: inline(application.contact.name),
    contactRole: inline(application.contact.role),
    contactDetails: [inline(application.contact.phone), inline(application.contact.email)].filter((value) => value !== ''),
  };
}
