// How well one typed word matches one piece of text, as a few plain grades rather than a
// fine score: two matches of the same grade are equally good, so the more recent record
// can come first, and the order stays explainable ("starts with" beats "contains").

import { foldForSearch } from './fold';

export const MATCH = {
  /** The text is the word. */
  exact: 100,
  /** The text starts with the word: "luk" in "lukasz zolc". */
  prefix: 90,
  /** A later word of the text starts with it: "zol" in "lukasz zolc". */
  wordPrefix: 80,
  /** The word appears inside the text: "kasz" in "lukasz". */
  contains: 60,
  /** Its letters start the text's words, in order: "lz" for "lukasz zolc". */
  initials: 50,
  /** Its letters appear in order, close together: "lkasz". */
  close: 40,
  /** Its letters appear in order, far apart. */
  scattered: 20,
  none: 0,
} as const;

/**
 * A piece of text made ready to be searched many times: folded, with every run of
 * characters that are not letters or digits turned into one space, and the first letter of
 * each word kept apart for matching initials.
 */
export interface SearchableText {
  text: string;
  initials: string;
  /** Which letters occur (see letterMask): a word with a letter the text lacks is turned away at once. */
  mask: number;
}

/** A word of the query, prepared once for matching against every text. */
export interface QueryWord {
  text: string;
  /** " " + text: how a later word of a text starts. */
  spaced: string;
  mask: number;
}

/**
 * One bit per letter a to z and one for digits; other characters share the last four bits.
 * Every letter of a matching word is in the text, so a bit the text lacks rules it out.
 */
export function letterMask(text: string): number {
  let mask = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 97 && code <= 122) mask |= 1 << (code - 97);
    else if (code >= 48 && code <= 57) mask |= 1 << 26;
    else if (code !== 32) mask |= 1 << (27 + (code % 4));
  }
  return mask;
}

/** Folded words separated by single spaces: "O'Brien, Dr." becomes "o brien dr". */
export function searchWords(text: string): string {
  return foldForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function searchable(text: string): SearchableText {
  const words = searchWords(text);
  return { text: words, initials: words === '' ? '' : words.split(' ').map((word) => word[0] ?? '').join(''), mask: letterMask(words) };
}

/** Whether the letters of `word` appear in `text` in order. */
function isSubsequence(word: string, text: string): boolean {
  let at = 0;
  for (let index = 0; index < word.length; index += 1) {
    at = text.indexOf(word[index] ?? '', at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/**
 * The shortest stretch of `text` that holds the letters of `word` in order, or -1. Tried
 * from each place the first letter occurs, so "ab" in "a...xab" measures 2, not the
 * whole text.
 */
function shortestSpan(word: string, text: string): number {
  const first = word[0];
  if (first === undefined) return -1;
  let best = -1;
  for (let start = text.indexOf(first); start >= 0; start = text.indexOf(first, start + 1)) {
    let at = start + 1;
    for (let letter = 1; letter < word.length && at > 0; letter += 1) at = text.indexOf(word[letter] ?? '', at) + 1;
    // A start that cannot finish the word means no later start can either.
    if (at <= 0) break;
    const span = at - start;
    if (best < 0 || span < best) best = span;
    if (best === word.length) break;
  }
  return best;
}

/** The grade of a query word in a searchable text; MATCH.none when its letters are not all there. */
export function matchGrade(query: QueryWord, field: SearchableText): number {
  const { text } = field;
  const word = query.text;
  if ((query.mask & ~field.mask) !== 0 || word === '') return MATCH.none;
  if (text === word) return MATCH.exact;
  if (text.startsWith(word)) return MATCH.prefix;
  if (text.includes(query.spaced)) return MATCH.wordPrefix;
  // One letter counts only where a word starts: a lone "x" inside a long text is noise.
  if (word.length < 2) return MATCH.none;
  if (text.includes(word)) return MATCH.contains;
  if (isSubsequence(word, field.initials)) return MATCH.initials;
  const span = shortestSpan(word, text);
  if (span < 0) return MATCH.none;
  return span <= word.length * 2 ? MATCH.close : MATCH.scattered;
}

/** The words of a query, folded and split as the texts they are matched against. */
export function queryWords(query: string): QueryWord[] {
  const words = searchWords(query);
  return words === '' ? [] : words.split(' ').map((text) => ({ text, spaced: ` ${text}`, mask: letterMask(text) }));
}
