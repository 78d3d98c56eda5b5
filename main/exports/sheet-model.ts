// What a reference sheet says, decided once for both writers (PDF and DOCX): the header
// from the profile, the title, and one entry per person with a relationship line in the
// reader's language. Pure: no files, no fonts.
import { translator, type Translate } from '../../shared/i18n';
import type { Language } from '../../shared/schema/fields';
import type { Profile } from '../../shared/schema/settings';
import type { Reference } from '../../shared/schema/person';
import type { RekindleDocument } from '../../shared/schema/document';
import { clampText, cleanText } from './clean-text';

export { cleanText } from './clean-text';

/** The resume's header: the candidate's name and the contact details that are set. */
export interface Letterhead {
  name: string;
  /** City, phone and email, in that order, only those that are set. */
  contact: string[];
}

export interface SheetEntry {
  name: string;
  currentTitle: string;
  organisation: string;
  phone: string;
  email: string;
  /** E.g. "Former manager at ACME, 2019–2022"; empty when nothing is known. */
  relationship: string;
}

export interface ReferenceSheetModel {
  language: Language;
  header: Letterhead;
  title: string;
  entries: SheetEntry[];
  /** "As of 28 November 2026" under the title; empty when the user left it out. */
  asOf: string;
  /** What heads every page after the first: the candidate's name and the title. */
  continuation: string;
  /** The words around the page numbers: "Page" 2 "of" 3. */
  pageWords: { page: string; of: string };
  /** For the file's metadata. */
  documentTitle: string;
  author: string;
}

export interface ReferenceSheetInput {
  profile: Profile;
  /** Already picked and ordered, strongest first. */
  references: Reference[];
  language: Language;
  /** Today's local date, "YYYY-MM-DD". */
  today: string;
  /** Print the date under the title, so a reader knows how current the details are. */
  asOf?: boolean;
}

// The schema caps these fields at 200 characters; the cap here only guards the layout
// against data that bypassed it.
const MAX_VALUE_LENGTH = 300;

function value(raw: string | null | undefined): string {
  return clampText(cleanText(raw), MAX_VALUE_LENGTH);
}

const DATE_LOCALES: Record<Language, string> = { en: 'en-GB', de: 'de-DE' };

/** "As of 28 November 2026" / "Stand: 28. November 2026" (no weekday: it is a date stamp). */
function asOfLine(today: string, language: Language): string {
  const [year = 1970, month = 1, day = 1] = today.split('-').map(Number);
  const date = new Intl.DateTimeFormat(DATE_LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
  return translator(language)('sheet.asOf', { date });
}

export function buildLetterhead(profile: Profile): Letterhead {
  return {
    name: value(profile.name),
    contact: [profile.city, profile.phone, profile.email].map(value).filter(Boolean),
  };
}

export function buildReferenceSheetModel(input: ReferenceSheetInput): ReferenceSheetModel {
  const header = buildLetterhead(input.profile);
  const t = translator(input.language);
  const title = t('sheet.title');
  const thisYear = Number(input.today.slice(0, 4));
  return {
    language: input.language,
    header,
    title,
    entries: input.references.map((person) => ({
      name: value(person.name),
      currentTitle: value(person.currentTitle),
      organisation: value(person.organisation),
      phone: value(person.phone),
      email: value(person.email),
      relationship: value(relationshipLine(person, input.language, thisYear)),
    })),
    asOf: input.asOf ? asOfLine(input.today, input.language) : '',
    continuation: header.name ? `${header.name} · ${title}` : title,
    pageWords: { page: t('sheet.page'), of: t('sheet.of') },
    documentTitle: header.name ? `${title} – ${header.name}` : title,
    author: header.name,
  };
}

/** The default pick: people who agreed to vouch, strongest first. */
export function defaultSheetPeople(document: RekindleDocument, limit?: number): Reference[] {
  const agreed = document.references
    .filter((person) => person.consent.status === 'agreed')
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
  return limit === undefined ? agreed : agreed.slice(0, limit);
}

type RelationshipFacts = Pick<
  Reference,
  'relationship' | 'address' | 'workedAt' | 'workedFrom' | 'workedTo' | 'organisation'
>;

function sameOrganisation(a: string, b: string): boolean {
  return cleanText(a).toLocaleLowerCase() === cleanText(b).toLocaleLowerCase();
}

/**
 * Working together has ended when the range closed before this year, or when the person
 * now works somewhere other than where you worked together.
 */
export function workTogetherEnded(person: RelationshipFacts, thisYear: number): boolean {
  if (person.workedTo !== null && person.workedTo < thisYear) return true;
  const workedAt = cleanText(person.workedAt);
  const organisation = cleanText(person.organisation);
  return workedAt !== '' && organisation !== '' && !sameOrganisation(workedAt, organisation);
}

/**
 * "Former manager at ACME, 2019–2022" / "Ehemalige Vorgesetzte bei ACME, 2019–2022".
 * Years alone follow a comma; "since 2019" reads as part of the phrase and takes none.
 */
export function relationshipLine(person: RelationshipFacts, language: Language, thisYear: number): string {
  const t = translator(language);
  const ended = workTogetherEnded(person, thisYear);
  const role = t(`sheet.role.${person.relationship}.${person.address.pronouns}.${ended ? 'former' : 'current'}`);
  const workedAt = cleanText(person.workedAt);
  const rolePlace = workedAt ? t('sheet.roleAt', { role, place: workedAt }) : role;
  const years = yearSpan(person.workedFrom, person.workedTo, ended, t);
  if (!years) return rolePlace;
  return /^\d/.test(years) ? `${rolePlace}, ${years}` : `${rolePlace} ${years}`;
}

function yearSpan(from: number | null, to: number | null, ended: boolean, t: Translate): string {
  if (from !== null && to !== null) return from === to ? String(from) : `${from}–${to}`;
  if (from !== null) return t(ended ? 'sheet.years.from' : 'sheet.years.since', { year: from });
  if (to !== null) return t('sheet.years.until', { year: to });
  return '';
}
