// Everything a template needs, read once from the input and cleaned up, so templates
// only decide on wording and never on how to handle a missing field.
import type { Address, Application, Language } from '../schema';
import { greeting, nameParts } from './names';
import { isRecentContact, timeSinceContact } from './time';
import { asSentence, inline } from './text';
import type { DraftInput } from './types';

export interface JobContext {
  company: string;
  role: string;
  /** " (Berlin)" or "": a location can be "Remote", which reads badly after "in". */
  where: string;
  status: Application['status'];
  postingUrl: string;
  referenceCheckOn: string | null;
  contactName: string;
  contactRole: string;
  contactDetails: string[];
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
    today: input.today,
    input,
  };
}

function jobContext(application: Application): JobContext {
  const location = inline(application.location);
  return {
    company: inline(application.company),
    role: inline(application.role),
    where: location ? ` (${location})` : '',
    status: application.status,
    postingUrl: inline(application.postingUrl),
    referenceCheckOn: application.referenceCheckOn,
    contactName: inline(application.contact.name),
    contactRole: inline(application.contact.role),
    contactDetails: [inline(application.contact.phone), inline(application.contact.email)].filter((value) => value !== ''),
  };
}
