// The bounded building blocks every record is made of: texts, ids, dates, links, the
// window's languages. Every string is bounded so a hostile or broken payload cannot grow
// the file without limit.
import { z } from 'zod';
import { LANGUAGES } from './constants';

export const LIMITS = {
  shortText: 200,
  mediumText: 1_000,
  longText: 10_000,
  url: 2_048,
  listItems: 100,
  logEntries: 2_000,
  records: 100_000,
} as const;

export const trimmed = (max: number) => z.string().trim().max(max, { message: 'too_long' });
export const shortText = trimmed(LIMITS.shortText);
export const mediumText = trimmed(LIMITS.mediumText);
export const longText = trimmed(LIMITS.longText);
export const requiredName = trimmed(LIMITS.shortText).min(1, { message: 'required' });

export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'invalid_id' });

/** A local calendar date (no time zone): "2026-11-28". */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'invalid_date' })
  .refine(isRealCalendarDate, { message: 'invalid_date' });

/** A moment in time, stored as an ISO 8601 UTC string. */
export const timestampSchema = z.iso.datetime({ offset: true }).max(40);

export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'invalid_time' });

export const emailSchema = z
  .string()
  .trim()
  .max(LIMITS.shortText, { message: 'too_long' })
  .refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), { message: 'invalid_email' });

export const phoneSchema = z
  .string()
  .trim()
  .max(40, { message: 'too_long' })
  .refine((value) => value === '' || /^[+()\d][\d\s()./-]*$/.test(value), { message: 'invalid_phone' });

/** Web links the user types: empty, or an http(s) URL. Anything else (javascript:, file:) is refused. */
export const webUrlSchema = z
  .string()
  .trim()
  .max(LIMITS.url, { message: 'too_long' })
  .refine((value) => value === '' || isHttpUrl(value), { message: 'invalid_url' });

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function isRealCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month || !day) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export { LANGUAGES };
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES);
