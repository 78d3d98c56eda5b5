// Dates as people say them: "in 3 days", "vor 2 Jahren", with the full date for hovering.
import { daysBetween, monthsBetween, type IsoDate } from './dates';
import { writesFamilyNameFirst } from './names';
import type { Language } from './schema/fields';

const LOCALES: Record<Language, string> = { en: 'en-GB', de: 'de-DE' };

// Building an Intl formatter costs far more than using one, and a board shows hundreds of
// dates: one formatter per language and style, made on first use.
const formatters = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat | Intl.NumberFormat>();

/** "12,345" / "12.345": counts and other whole numbers in the user's language. */
export function formatNumber(value: number, language: Language): string {
  const key = `number-${language}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language]);
    formatters.set(key, format);
  }
  return format.format(value);
}

function relativeFormat(language: Language): Intl.RelativeTimeFormat {
  const key = `relative-${language}`;
  let format = formatters.get(key) as Intl.RelativeTimeFormat | undefined;
  if (!format) {
    format = new Intl.RelativeTimeFormat(LOCALES[language], { numeric: 'auto' });
    formatters.set(key, format);
  }
  return format;
}

function dateFormat(language: Language, dateStyle: 'full' | 'medium'): Intl.DateTimeFormat {
  const key = `${dateStyle}-${language}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** "today", "in 3 days", "2 years ago" / "heute", "in 3 Tagen", "vor 2 Jahren". */
export function relativeDay(date: IsoDate, today: IsoDate, language: Language): string {
  const format = relativeFormat(language);
  const days = daysBetween(today, date);
  if (Math.abs(days) < 14) return format.format(days, 'day');
  if (Math.abs(days) < 60) return format.format(Math.trunc(days / 7), 'week');
  const months = days > 0 ? monthsBetween(today, date) : -monthsBetween(date, today);
  if (Math.abs(months) < 24) return format.format(months, 'month');
  return format.format(Math.trunc(months / 12), 'year');
}

/** "Saturday, 28 November 2026" / "Samstag, 28. November 2026". */
export function fullDate(date: IsoDate, language: Language): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return dateFormat(language, 'full').format(new Date(Date.UTC(year, month - 1, day)));
}

/** "28 Nov 2026" / "28.11.2026". */
export function shortDate(date: IsoDate, language: Language): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return dateFormat(language, 'medium').format(new Date(Date.UTC(year, month - 1, day)));
}

/** The name people use in conversation: "Łukasz" for "Łukasz Żółć". */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** Up to two initials for an avatar: "Maria Schäfer" → "MS", "王小明" → "王". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = Array.from(words[0] ?? '')[0] ?? '';
  // A CJK name starts with the family name, which is its initial.
  if (writesFamilyNameFirst(first)) return first;
  const last = words.length > 1 ? (Array.from(words[words.length - 1] ?? '')[0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}
