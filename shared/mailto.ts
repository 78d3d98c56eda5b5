// Opens a draft in the user's mail app. Long mailto: links are cut off silently by some
// systems and mail apps (around 2,000 characters on Windows), so the link is kept under a
// limit and, when the body has to be shortened, it ends cleanly with a note saying where
// the full text is.
import { catalogues } from './i18n';
import type { Language } from './schema/fields';

export interface MailtoMessage {
  to: string;
  subject: string;
  body: string;
  /** The language of the note added to a shortened body. */
  language?: Language;
}

export interface MailtoLink {
  href: string;
  truncated: boolean;
}

export const DEFAULT_MAILTO_LENGTH = 1800;

export const TRUNCATION_NOTES: Record<Language, string> = { en: catalogues.en.drafts.truncated, de: catalogues.de.drafts.truncated };

// encodeURIComponent throws on a lone surrogate, which a pasted text can contain.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Mail apps expect CRLF line breaks in a mailto body (RFC 6068). */
function encodeText(text: string): string {
  return encodeURIComponent(wellFormed(text).replace(/\r\n?|\n/g, '\r\n'));
}

/** Keeps the "@" readable for mail apps; everything else ("?", "&", "#", spaces, umlauts) is encoded. */
function encodeAddress(address: string): string {
  const trimmed = wellFormed(address.trim());
  const at = trimmed.lastIndexOf('@');
  if (at < 0) return encodeURIComponent(trimmed);
  return `${encodeURIComponent(trimmed.slice(0, at))}@${encodeURIComponent(trimmed.slice(at + 1))}`;
}

function href(to: string, subject: string, body: string): string {
  const query = [subject !== '' && `subject=${encodeText(subject)}`, body !== '' && `body=${encodeText(body)}`].filter(Boolean);
  return `mailto:${to}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

// A full stop after these is not the end of a sentence ("Dr. Weber", "z. B.", "8. Dezember").
const ABBREVIATIONS = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'mx', 'st', 'nr', 'ca', 'bzw', 'vgl', 'usw', 'etc', 'inc', 'ltd', 'co', 'vs']);

function endsSentence(word: string, mark: string): boolean {
  if (mark !== '.') return true;
  return word.length >= 2 && !ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Places where a body may be cut: after a sentence's closing punctuation or at the end
 * of a line, never inside a word and never right after a heading that ends in a colon.
 * Returned as prefix lengths, shortest first.
 */
function cutPoints(body: string): number[] {
  const points = new Set<number>();
  for (const match of body.matchAll(/(\p{L}*)([.!?…])(?=\s)/gu)) {
    if (endsSentence(match[1] ?? '', match[2] ?? '')) points.add((match.index ?? 0) + match[0].length);
  }
  for (const match of body.matchAll(/[^\s:](?=\r?\n)/gu)) points.add((match.index ?? 0) + match[0].length);
  return [...points].sort((a, b) => a - b);
}

function wordCutPoints(body: string): number[] {
  const points: number[] = [];
  for (const match of body.matchAll(/\S(?=\s)/gu)) points.push((match.index ?? 0) + match[0].length);
  return points;
}

/** The longest prefix at one of `points` whose link fits, found by halving. */
function longestFitting(points: number[], fits: (length: number) => boolean): number | null {
  let low = 0;
  let high = points.length - 1;
  let best: number | null = null;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const point = points[middle] ?? 0;
    if (fits(point)) {
      best = point;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return best;
}

function shortenSubject(subject: string, fits: (candidate: string) => boolean): string {
  const words = subject.split(' ');
  while (words.length > 0) {
    words.pop();
    const candidate = words.length > 0 ? `${words.join(' ')} …` : '';
    if (fits(candidate)) return candidate;
  }
  return '';
}

export function buildMailtoLink(message: MailtoMessage, maxLength: number = DEFAULT_MAILTO_LENGTH): MailtoLink {
  const to = encodeAddress(message.to);
  const full = href(to, message.subject, message.body);
  if (full.length <= maxLength) return { href: full, truncated: false };

  const note = TRUNCATION_NOTES[message.language ?? 'en'];
  if (href(to, '', '').length > maxLength) {
    throw new RangeError(`A mailto link for this address needs more than ${maxLength} characters.`);
  }

  let subject = message.subject;
  if (href(to, subject, note).length > maxLength) {
    subject = shortenSubject(subject, (candidate) => href(to, candidate, note).length <= maxLength);
  }
  const withNote = (length: number, marker = '') => `${message.body.slice(0, length).trimEnd()}${marker}\n\n${note}`;
  const fitsWith = (marker: string) => (length: number) =>
    href(to, subject, withNote(length, marker)).length <= maxLength;

  const atSentence = longestFitting(cutPoints(message.body), fitsWith(''));
  if (atSentence !== null) return { href: href(to, subject, withNote(atSentence)), truncated: true };
  // A first sentence longer than the whole link: cut between words instead, marked as cut.
  const atWord = longestFitting(wordCutPoints(message.body), fitsWith(' …'));
  if (atWord !== null) return { href: href(to, subject, withNote(atWord, ' …')), truncated: true };
  if (href(to, subject, note).length <= maxLength) return { href: href(to, subject, note), truncated: true };
  return { href: href(to, subject, ''), truncated: true };
}
