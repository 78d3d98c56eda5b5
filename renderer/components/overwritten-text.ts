// Words for a value another computer's change replaced: the field's human name and the old
// value as a person would read it (dates in the window's language, choices by their label,
// lists and addresses as a short line), never raw JSON.
import type { TFunction } from 'i18next';
import { isMessageKey } from '../../shared/i18n';
import { formatNumber, shortDate } from '../../shared/format';
import type { Language } from '../../shared/schema/fields';

/** Past this, an old note is cut with an ellipsis; the full text would crowd the form. */
const LONGEST = 160;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Choices stored as codes, and where their labels are. */
const CHOICE_LABELS: Readonly<Record<string, string>> = {
  relationship: 'records.relationship',
  status: 'records.status',
  stage: 'records.stage',
  closed: 'records.stage',
  consent: 'records.consent',
  preferredChannel: 'people.form.channel',
};

export function fieldName(field: string, t: TFunction): string {
  // "consent.status" is about consent: the record's field names the section the user knows.
  const key = `sync.field.${field.split('.')[0] ?? field}`;
  return isMessageKey(key) ? t(key) : t('sync.history.otherField');
}

function leaves(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(leaves);
  return [value];
}

function choice(field: string, code: string, t: TFunction): string | null {
  const where = CHOICE_LABELS[field.split('.')[0] ?? field];
  const key = where ? `${where}.${code}` : '';
  return where && isMessageKey(key) ? t(key) : null;
}

function single(field: string, value: unknown, t: TFunction, language: Language): string {
  if (typeof value === 'boolean') return value ? t('sync.history.yes') : t('sync.history.no');
  if (typeof value === 'number') return formatNumber(value, language);
  if (typeof value !== 'string') return '';
  if (ISO_DATE.test(value)) return shortDate(value, language);
  return choice(field, value, t) ?? value.trim();
}

export function valueText(field: string, value: unknown, t: TFunction, language: Language): string {
  // A consent or a snooze is read by its status or day; an address or a list by its parts.
  const status = typeof value === 'object' && value !== null && !Array.isArray(value) && 'status' in value ? value.status : undefined;
  const parts = (status !== undefined ? [status] : leaves(value)).map((part) => single(field, part, t, language)).filter((part) => part !== '');
  const text = parts.join(', ');
  if (text === '') return t('sync.history.empty');
  return text.length > LONGEST ? `${text.slice(0, LONGEST - 1).trimEnd()}…` : text;
}

/** "3 Dec 2026, 14:05" / "03.12.2026, 14:05": when the replaced value was saved. */
export function momentText(iso: string, language: Language): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(moment);
}
