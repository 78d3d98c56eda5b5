// The checks every uploaded file goes through before anything is read from it (size,
// text, encoding), and the cleaning each imported value gets (length, valid email, phone
// and web address, no live spreadsheet formula).
import { LIMITS, emailSchema, isHttpUrl, phoneSchema } from '../../shared/schema/fields';
import { DomainError } from './context';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Size cap, then refuses anything that is not UTF-8 text. A leading BOM is dropped. */
export function decodeUploadedText(bytes: Uint8Array, what: string): string {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new DomainError(
      'file_too_large',
      `The ${what} is ${formatMegabytes(bytes.byteLength)}; Rekindle reads files up to ${formatMegabytes(MAX_UPLOAD_BYTES)}.`,
    );
  }
  if (bytes.includes(0)) {
    throw new DomainError('unreadable_file', `The ${what} contains binary data (NUL bytes), not text.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DomainError('unreadable_file', `The ${what} is not valid UTF-8 text.`);
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function formatMegabytes(byteCount: number): string {
  return `${(byteCount / (1024 * 1024)).toFixed(1)} MB`;
}

/** Trims and cuts to `max` characters without leaving half of a surrogate pair. */
export function boundText(value: string, max: number = LIMITS.shortText): string {
  const clean = value.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  let cut = clean.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

/** Fields that fail the schema's checks are dropped rather than failing the whole import. */
export function cleanEmail(value: string): string {
  const candidate = boundText(value);
  return emailSchema.safeParse(candidate).success ? candidate : '';
}

export function cleanPhone(value: string): string {
  const candidate = boundText(value, 40);
  return phoneSchema.safeParse(candidate).success ? candidate : '';
}

export function cleanWebUrl(value: string): string {
  const candidate = value.trim();
  return candidate.length <= LIMITS.url && isHttpUrl(candidate) ? candidate : '';
}

/** Like boundText, but keeps line breaks (for notes): at most one blank line in a row. */
export function boundLongText(value: string, max: number = LIMITS.longText): string {
  const clean = value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (clean.length <= max) return clean;
  let cut = clean.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

/**
 * A cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "@SUM(…)") loses the
 * characters that make it one, so it can never come alive again when exported. A phone
 * number or a negative number ("+49 30 …", "-5") is left as it is.
 */
export function neutraliseFormula(value: string): string {
  let text = value.trimStart();
  while (/^[=@\t\r]/.test(text) || /^[+-](?![\d\s(])/.test(text)) text = text.slice(1).trimStart();
  return text;
}
