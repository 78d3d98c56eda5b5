// What the printed prep brief tells a reference before an employer calls: the role, the
// interview dates, who may call and when, and what you achieved together. Pure: the PDF
// writer only lays it out. German follows the person's "Sie" or "du".
import type { IsoDate } from '../../shared/dates';
import { germanAt } from '../../shared/drafts/company';
import { formatInterview, formatLongDate, upcomingInterviews } from '../../shared/drafts/format';
import type { Language } from '../../shared/schema/fields';
import type { Profile } from '../../shared/schema/settings';
import type { Application } from '../../shared/schema/application';
import type { Reference } from '../../shared/schema/person';
import { isHttpUrl } from '../../shared/schema/fields';
import { clampText, cleanText } from './clean-text';
import { buildLetterhead, type Letterhead } from './sheet-model';

export interface PrepBriefInput {
  profile: Profile;
  reference: Reference;
  /** null: the person vouches for the job search in general. */
  application: Application | null;
  language: Language;
  today: IsoDate;
}

export interface BriefLine {
  text: string;
  bullet?: boolean;
  muted?: boolean;
  /** Makes the line a clickable link to this http(s) address. */
  link?: string;
}

export interface BriefSection {
  heading: string;
  lines: BriefLine[];
}

export interface PrepBriefModel {
  language: Language;
  header: Letterhead;
  title: string;
  subtitle: string;
  sections: BriefSection[];
  closing: string;
  signature: string;
  documentTitle: string;
  author: string;
}

// Talking points may be up to 1,000 characters; other values are short.
const clean = (value: string | null | undefined, max = 1_000) => clampText(cleanText(value), max);

interface Wording {
  title: string;
  subtitle(name: string, date: string): string;
  role: string;
  roleAt(role: string, company: string): string;
  posting: string;
  general: string;
  interviews: string;
  noInterviews: string;
  whoMayCall: string;
  noContact: string;
  checkFrom(date: string): string;
  noCheckDate: string;
  talkingPoints: string;
  closing: string;
}

const ENGLISH: Wording = {
  title: 'Brief for the reference call',
  subtitle: (name, date) => `For ${name} · ${date}`,
  role: 'The role',
  roleAt: (role, company) => `${role} at ${company}`,
  posting: 'Job posting:',
  general:
    'I am looking for a new role and would like to give your name to employers. I will tell you as soon as a specific company may get in touch.',
  interviews: 'Interviews',
  noInterviews: 'No interview dates yet; I will let you know.',
  whoMayCall: 'Who may call, and when',
  noContact: 'The company has not named a contact yet.',
  checkFrom: (date) => `Reference checks are expected from ${date}.`,
  noCheckDate: 'There is no date for reference checks yet.',
  talkingPoints: 'What we achieved together',
  closing: 'Thank you for vouching for me. If anything is unclear, just get in touch.',
};

function germanWording(formal: boolean): Wording {
  const you = formal ? 'Ihnen' : 'dir';
  return {
    title: 'Briefing für das Referenzgespräch',
    subtitle: (name, date) => `Für ${name} · Stand: ${date}`,
    role: 'Die Stelle',
    // "bei der ACME GmbH": German needs the article before a legal form.
    roleAt: (role, company) => `${role} ${germanAt(company)}`,
    posting: 'Stellenanzeige:',
    general: formal
      ? 'Ich suche eine neue Stelle und würde Sie gern als Referenz angeben. Sobald sich ein bestimmtes Unternehmen bei Ihnen melden könnte, sage ich Ihnen Bescheid.'
      : 'Ich suche eine neue Stelle und würde dich gern als Referenz angeben. Sobald sich ein bestimmtes Unternehmen bei dir melden könnte, sage ich dir Bescheid.',
    interviews: 'Vorstellungsgespräche',
    noInterviews: `Noch keine Termine; ich sage ${you} Bescheid.`,
    whoMayCall: `Wer sich bei ${you} melden könnte und wann`,
    noContact: 'Das Unternehmen hat noch keine Ansprechperson genannt.',
    checkFrom: (date) => `Referenzen werden voraussichtlich ab ${date}, eingeholt.`,
    noCheckDate: 'Einen Termin für die Referenzabfrage gibt es noch nicht.',
    talkingPoints: 'Was wir gemeinsam erreicht haben',
    closing: formal
      ? 'Vielen Dank, dass Sie sich für mich einsetzen. Wenn etwas unklar ist, melden Sie sich gern.'
      : 'Vielen Dank, dass du dich für mich einsetzt. Wenn etwas unklar ist, melde dich gern.',
  };
}

function wordingFor(language: Language, reference: Reference): Wording {
  return language === 'de' ? germanWording(reference.address.formality === 'formal') : ENGLISH;
}

function roleSection(application: Application, words: Wording): BriefSection {
  const role = clean(application.role, 300);
  const company = clean(application.company, 300);
  const location = clean(application.location, 300);
  const lines: BriefLine[] = [{ text: [words.roleAt(role, company), location].filter(Boolean).join(', ') }];
  const url = cleanText(application.postingUrl);
  if (url && isHttpUrl(url)) {
    lines.push({ text: words.posting, muted: true }, { text: url, link: url });
  }
  return { heading: words.role, lines };
}

function interviewSection(application: Application, input: PrepBriefInput, words: Wording): BriefSection {
  const upcoming = upcomingInterviews(application.interviews, input.today);
  const lines: BriefLine[] = upcoming.map((interview) => ({
    text: clean(formatInterview(interview, input.language), 500),
    bullet: true,
  }));
  return { heading: words.interviews, lines: lines.length > 0 ? lines : [{ text: words.noInterviews, muted: true }] };
}

function callerSection(application: Application, input: PrepBriefInput, words: Wording): BriefSection {
  const contact = application.contact;
  const name = clean(contact.name, 300);
  const lines: BriefLine[] = [];
  if (name) {
    lines.push({ text: [name, clean(contact.role, 300), clean(application.company, 300)].filter(Boolean).join(', ') });
    const reach = [clean(contact.phone, 100), clean(contact.email, 300)].filter(Boolean).join('   ·   ');
    if (reach) lines.push({ text: reach });
  } else {
    lines.push({ text: words.noContact, muted: true });
  }
  const checkOn = application.referenceCheckOn;
  lines.push(
    checkOn
      ? { text: words.checkFrom(formatLongDate(checkOn, input.language)) }
      : { text: words.noCheckDate, muted: true },
  );
  return { heading: words.whoMayCall, lines };
}

export function buildPrepBriefModel(input: PrepBriefInput): PrepBriefModel {
  const words = wordingFor(input.language, input.reference);
  const header = buildLetterhead(input.profile);
  const sections: BriefSection[] = [];
  const application = input.application;
  if (application) {
    sections.push(
      roleSection(application, words),
      interviewSection(application, input, words),
      callerSection(application, input, words),
    );
  } else {
    sections.push({ heading: words.role, lines: [{ text: words.general }] });
  }
  const points = input.reference.talkingPoints
    .map((point) => clean(point.text).replace(/^[-–•*·]+\s*/u, ''))
    .filter(Boolean);
  if (points.length > 0) {
    sections.push({ heading: words.talkingPoints, lines: points.map((text) => ({ text, bullet: true })) });
  }
  const referenceName = clean(input.reference.name, 300);
  const subject = application ? words.roleAt(clean(application.role, 300), clean(application.company, 300)) : '';
  return {
    language: input.language,
    header,
    title: words.title,
    subtitle: words.subtitle(referenceName, formatLongDate(input.today, input.language)),
    sections,
    closing: words.closing,
    signature: header.name,
    documentTitle: [words.title, subject].filter(Boolean).join(' – '),
    author: header.name,
  };
}
