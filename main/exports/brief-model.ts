// What the printed prep brief tells a reference before an employer calls: the role, the
// interview dates, who may call and when, and what you achieved together. Pure: the PDF
// writer only lays it out (words in shared/i18n/documents/brief.ts). German follows the
// person's "Sie" or "du".
import type { IsoDate } from '../../shared/dates';
import { germanAt } from '../../shared/drafts/company';
import { formatInterview, formatLongDate, upcomingInterviews } from '../../shared/drafts/format';
import { translator } from '../../shared/i18n';
import type { Application } from '../../shared/schema/application';
import type { Language } from '../../shared/schema/fields';
import type { Profile } from '../../shared/schema/settings';
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

function wordingFor(language: Language, reference: Reference): Wording {
  const t = translator(language);
  const tone = reference.address.formality;
  return {
    title: t('brief.title'),
    subtitle: (name, date) => t('brief.subtitle', { name, date }),
    role: t('brief.role'),
    roleAt: (role, company) => t('brief.roleAt', { role, company, atCompany: germanAt(company) }),
    posting: t('brief.posting'),
    general: t(`brief.general.${tone}`),
    interviews: t('brief.interviews'),
    noInterviews: t(`brief.noInterviews.${tone}`),
    whoMayCall: t(`brief.whoMayCall.${tone}`),
    noContact: t('brief.noContact'),
    checkFrom: (date) => t('brief.checkFrom', { date }),
    noCheckDate: t('brief.noCheckDate'),
    talkingPoints: t('brief.talkingPoints'),
    closing: t(`brief.closing.${tone}`),
  };
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
