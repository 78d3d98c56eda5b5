// The heads-up before an employer's reference call: who will call and when, the role in
// one sentence, the two or three points to stress for this application, a request to
// confirm their details, and thanks. In the person's language and register.
import { pointsForApplication } from '../bench/fit';
import type { Language } from '../schema/fields';
import type { Profile } from '../schema/settings';
import type { Application } from '../schema/application';
import type { Reference } from '../schema/person';
import { germanAt, germanCompany, germanFrom } from './company';
import { formatLongDate } from './format';
import { greeting, signOff } from './names';
import { bulletList, capitalise, inline, paragraphs, sentences, tidy } from './text';
import type { Draft } from './types';

/** A heads-up stays short: more points than this and none of them stands out. */
export const HEADS_UP_POINTS = 3;

export interface HeadsUpInput {
  profile: Profile;
  reference: Reference;
  /** An application with an announced reference check. */
  application: Application;
}

/** The points to stress: those sharing themes with the role first, then the person's others. */
export function headsUpPoints(reference: Reference, application: Application): string[] {
  const matched = pointsForApplication(reference, application).ids;
  const ordered = [
    ...matched.map((id) => reference.talkingPoints.find((point) => point.id === id)),
    ...reference.talkingPoints.filter((point) => !matched.includes(point.id)),
  ];
  return ordered.flatMap((point) => (point ? [point.text] : [])).slice(0, HEADS_UP_POINTS);
}

/** The confirm-details line, shared with the reconnect ask. */
export function confirmDetailsLine(language: Language, formal: boolean): string {
  if (language === 'en') {
    return formal
      ? 'Could you also confirm your current title, email address and phone number, so that the details I give employers are right?'
      : 'Could you also confirm your current title, email and phone number, so the details I pass on are right?';
  }
  return formal
    ? 'Könnten Sie mir bei der Gelegenheit Ihre aktuelle Position, E-Mail-Adresse und Telefonnummer bestätigen? Dann stimmen die Angaben, die ich weitergebe.'
    : 'Könntest du mir bei der Gelegenheit deine aktuelle Position, E-Mail-Adresse und Telefonnummer bestätigen? Dann stimmen die Angaben, die ich weitergebe.';
}

/** The same request in the first ask, where it only applies once they say yes. */
export function confirmDetailsIfYesLine(language: Language, formal: boolean): string {
  if (language === 'en') {
    return formal
      ? 'Should you agree, please also confirm your current title, email address and phone number, so that the details I give employers are right.'
      : "If it's a yes, could you also confirm your current title, email and phone number? I want the details I pass on to be right.";
  }
  return formal
    ? 'Falls Sie zusagen: Könnten Sie mir Ihre aktuelle Position, E-Mail-Adresse und Telefonnummer bestätigen? Die Angaben, die ich weitergebe, sollen stimmen.'
    : 'Falls du zusagst: Könntest du mir deine aktuelle Position, E-Mail-Adresse und Telefonnummer bestätigen? Die Angaben, die ich weitergebe, sollen stimmen.';
}

export function buildHeadsUpDraft(input: HeadsUpInput, language: Language): Draft {
  const draft = language === 'de' ? german(input) : english(input);
  return { subject: tidy(draft.subject), body: tidy(draft.body) };
}

function callerParts(application: Application) {
  const check = application.referenceCheck ?? null;
  const caller = check?.caller ?? { name: '', title: '', email: '', phone: '' };
  const contact = [inline(caller.phone), inline(caller.email)].filter((part) => part !== '');
  return { name: inline(caller.name), title: inline(caller.title), contact, expectedOn: check?.expectedOn ?? null };
}

function english({ profile, reference, application }: HeadsUpInput): Draft {
  const formal = reference.address.formality === 'formal';
  const company = inline(application.company);
  const caller = callerParts(application);
  const who = caller.name === '' ? `Someone from ${company}` : caller.title === '' ? caller.name : `${caller.name} (${caller.title})`;
  const when = caller.expectedOn === null ? 'in the next few days' : `on ${formatLongDate(caller.expectedOn, 'en')}`;
  const reach = caller.contact.length > 0 && `They may call or write from ${caller.contact.join(' or ')}.`;
  const location = inline(application.location);
  const role = `The role is ${inline(application.role)} at ${company}${location ? ` in ${location}` : ''}.`;
  const points = headsUpPoints(reference, application);
  const opening = formal
    ? `I wanted to let you know before the phone rings: ${company} is checking my references.`
    : `A quick heads-up before your phone rings: ${company} is checking my references.`;
  return {
    subject: `Heads-up: ${company} will contact you for a reference`,
    body: paragraphs(
      greeting(reference, 'en'),
      paragraphs(
        sentences(opening, `${who} will get in touch ${when}.`, reach),
        role,
        bulletList(formal ? 'It would help me most if you could mention:' : "What would help me most, if it comes up:", points),
        confirmDetailsLine('en', formal),
        formal ? 'Thank you very much for taking the time to do this for me.' : 'Thank you so much for doing this for me.',
        signOff(profile.name, reference.address.formality, 'en', 'warm'),
      ),
    ),
  };
}

function german({ profile, reference, application }: HeadsUpInput): Draft {
  const formal = reference.address.formality === 'formal';
  const p = (sie: string, du: string) => (formal ? sie : du);
  const company = inline(application.company);
  const caller = callerParts(application);
  const who = caller.name === '' ? `Jemand ${germanFrom(company)}` : caller.title === '' ? caller.name : `${caller.name} (${caller.title})`;
  // German sets a date in apposition off with commas on both sides: "am Donnerstag, 3. Dezember 2026, an".
  const when = caller.expectedOn === null ? 'in den nächsten Tagen' : `am ${formatLongDate(caller.expectedOn, 'de')},`;
  const location = inline(application.location);
  const role = `Es geht um die Stelle als ${inline(application.role)} ${germanAt(company)}${location ? ` in ${location}` : ''}.`;
  const reach = caller.contact.length > 0 && `Der Kontakt kommt voraussichtlich von ${caller.contact.join(' oder ')}.`;
  const points = headsUpPoints(reference, application);
  return {
    subject: `Vorab zur Info: ${capitalise(germanCompany(company, 'nominative'))} meldet sich wegen einer Referenz`,
    body: paragraphs(
      greeting(reference, 'de'),
      paragraphs(
        // A whole sentence after a colon starts with a capital in German.
        sentences(
          p(
            `damit Sie der Anruf nicht überrascht: ${capitalise(germanCompany(company, 'nominative'))} holt gerade Referenzen über mich ein.`,
            `damit dich der Anruf nicht überrascht: ${capitalise(germanCompany(company, 'nominative'))} holt gerade Referenzen über mich ein.`,
          ),
          `${who} meldet sich ${when} ${p('bei Ihnen', 'bei dir')}.`,
          reach,
        ),
        role,
        bulletList(p('Am meisten würde es mir helfen, wenn Sie diese Punkte ansprechen:', 'Am meisten würde es mir helfen, wenn du diese Punkte ansprichst:'), points),
        confirmDetailsLine('de', formal),
        p('Herzlichen Dank, dass Sie sich dafür Zeit nehmen.', 'Danke dir von Herzen, dass du dir dafür Zeit nimmst.'),
        signOff(profile.name, reference.address.formality, 'de', 'warm'),
      ),
    ),
  };
}
