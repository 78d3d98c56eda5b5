// How the columns and values of someone else's applications spreadsheet (their own sheet,
// a Huntr or Teal export) are read as Rekindle's: the mapping proposed from the header,
// the status words other tools use, and the date forms people type.
import { APPLICATION_IMPORT_FIELDS, type ApplicationImportField, type ColumnMapping } from '../../shared/ipc/application-import';
import { isRealCalendarDate } from '../../shared/schema/fields';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../shared/schema/application';

// Header names compared folded (case, accents, spaces and punctuation ignored), in English
// and German, the most telling first: a header with both "Company" and "Company Size"
// maps "Company".
const SYNONYMS: Record<ApplicationImportField, string[]> = {
  company: ['company', 'company name', 'firma', 'unternehmen', 'organization', 'organisation', 'employer', 'arbeitgeber', 'organization name'],
  role: ['job title', 'title', 'role', 'position', 'stelle', 'jobtitel', 'rolle', 'berufsbezeichnung', 'job', 'job position', 'stellenbezeichnung'],
  status: ['status', 'stage', 'list', 'phase', 'stand', 'job status', 'application status'],
  appliedOn: ['date applied', 'applied', 'applied on', 'applied date', 'application date', 'beworben am', 'bewerbungsdatum', 'beworben', 'datum'],
  nextInterview: ['next interview', 'interview date', 'interview', 'nachstes gesprach', 'gesprach am', 'vorstellungsgesprach', 'interviewtermin'],
  postingUrl: ['url', 'link', 'job url', 'posting url', 'job link', 'job posting url', 'stellenanzeige', 'anzeige', 'website'],
  location: ['location', 'ort', 'standort', 'city', 'stadt', 'arbeitsort', 'job location'],
  notes: ['notes', 'note', 'notizen', 'notiz', 'bemerkungen', 'anmerkungen', 'kommentar', 'comments', 'description'],
};

function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Each field gets the column whose header is its best synonym; a column serves one field. */
export function proposeMapping(header: readonly string[]): ColumnMapping {
  const folded = header.map(fold);
  const taken = new Set<number>();
  const mapping = Object.fromEntries(APPLICATION_IMPORT_FIELDS.map((field) => [field, null])) as ColumnMapping;
  for (const field of APPLICATION_IMPORT_FIELDS) {
    for (const synonym of SYNONYMS[field]) {
      const column = folded.findIndex((name, index) => name === synonym && !taken.has(index));
      if (column !== -1) {
        mapping[field] = column;
        taken.add(column);
        break;
      }
    }
  }
  return mapping;
}

// Huntr's lists, Teal's stages and what people write in their own sheets, folded.
const STATUS_WORDS: Record<ApplicationStatus, string[]> = {
  planned: ['planned', 'wishlist', 'wish list', 'bookmarked', 'saved', 'to apply', 'applying', 'geplant', 'merkliste', 'gemerkt', 'offen', 'idee', 'vormerken'],
  applied: ['applied', 'submitted', 'sent', 'no response', 'beworben', 'gesendet', 'abgeschickt', 'eingereicht', 'bewerbung verschickt'],
  interviewing: ['interview', 'interviewing', 'interviews', 'screen', 'phone screen', 'in progress', 'gesprach', 'vorstellungsgesprach', 'im gesprach', 'interviewphase'],
  offer: ['offer', 'offered', 'negotiating', 'accepted', 'angebot', 'zusage', 'vertragsangebot'],
  rejected: ['rejected', 'declined', 'no offer', 'not selected', 'closed', 'abgelehnt', 'absage', 'abgesagt'],
  withdrawn: ['withdrawn', 'withdrew', 'i withdrew', 'archived', 'not interested', 'zuruckgezogen', 'zuruckgetreten'],
};

/** The status a file's value stands for; null when the word is not known (or empty). */
export function statusFromValue(value: string): ApplicationStatus | null {
  const word = fold(value);
  if (word === '') return null;
  for (const status of APPLICATION_STATUSES) {
    if (STATUS_WORDS[status].includes(word)) return status;
  }
  return null;
}

export type DateReading =
  | { date: string; ambiguous: boolean }
  | { date: null; ambiguous: false; unreadable: boolean };

const pad = (value: number) => String(value).padStart(2, '0');

function calendarDate(year: number, month: number, day: number): string | null {
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return year >= 1900 && year <= 2999 && isRealCalendarDate(iso) ? iso : null;
}

/**
 * ISO ("2026-03-04", with or without a time after it), German "04.03.2026" and American
 * "3/4/2026". A slash date whose day and month could be swapped is read the American way
 * and said to be ambiguous, so the preview can show it.
 */
export function readDate(value: string): DateReading {
  const text = value.trim();
  if (text === '') return { date: null, ambiguous: false, unreadable: false };
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (match) return found(calendarDate(Number(match[1]), Number(match[2]), Number(match[3])), false);
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (match) return found(calendarDate(Number(match[3]), Number(match[2]), Number(match[1])), false);
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (match) {
    const month = Number(match[1]);
    const day = Number(match[2]);
    return found(calendarDate(Number(match[3]), month, day), month !== day && month <= 12 && day <= 12);
  }
  return { date: null, ambiguous: false, unreadable: true };
}

function found(date: string | null, ambiguous: boolean): DateReading {
  return date === null ? { date: null, ambiguous: false, unreadable: true } : { date, ambiguous };
}
