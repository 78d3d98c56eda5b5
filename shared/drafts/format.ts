// Dates, times and interviews as they read in a letter: "Tuesday, 8 December 2026 at
// 14:30" / "Dienstag, 8. Dezember 2026 um 14:30 Uhr".
import { compareIsoDates, type IsoDate } from '../dates';
import { translator } from '../i18n';
import type { Interview } from '../schema/application';
import type { Language } from '../schema/fields';
import { inline } from './text';

// British English writes the day before the month, like the German drafts beside it.
const LOCALES: Record<Language, string> = { en: 'en-GB', de: 'de-DE' };
const formatters = new Map<Language, Intl.DateTimeFormat>();

function dateFormatter(language: Language): Intl.DateTimeFormat {
  let formatter = formatters.get(language);
  if (!formatter) {
    // The calendar day is formatted in UTC so the machine's time zone cannot shift it.
    formatter = new Intl.DateTimeFormat(LOCALES[language], {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(language, formatter);
  }
  return formatter;
}

export function formatLongDate(value: IsoDate, language: Language): string {
  const [year = 1970, month = 1, day = 1] = value.split('-').map(Number);
  return dateFormatter(language).format(new Date(Date.UTC(year, month - 1, day)));
}

export function formatInterview(interview: Interview, language: Language): string {
  const date = formatLongDate(interview.date, language);
  // German closes the date's apposition with a comma before the time: "8. Dezember 2026, um 14:30 Uhr".
  const time = interview.time ? (language === 'de' ? `, um ${interview.time} Uhr` : ` at ${interview.time}`) : '';
  const kind = interview.kind === 'other' ? '' : translator(language)(`drafts.interviewKind.${interview.kind}`);
  const note = inline(interview.note);
  return `${date}${time}${kind ? `, ${kind}` : ''}${note ? ` – ${note}` : ''}`;
}

/** Interviews from today on, earliest first; the brief is about what is still ahead. */
export function upcomingInterviews(interviews: readonly Interview[], today: IsoDate): Interview[] {
  return interviews
    .filter((interview) => compareIsoDates(interview.date, today) >= 0)
    .sort((a, b) => compareIsoDates(a.date, b.date) || (a.time ?? '').localeCompare(b.time ?? ''));
}
