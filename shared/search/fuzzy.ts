// How well one typed word matches one piece of text, as a few plain grades rather than a
// fine score: two matches of the same grade are equally good, so the more recent record
// can come first, and the order stays explainable ("starts with" beats "contains").
// Both sides are folded already (shared/search/fold.ts).

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

const WORD_SEPARATOR = /[^\p{L}\p{N}]/u;

function isWordStart(text: string, index: number): boolean {
  return index === 0 || WORD_SEPARATOR.test(text[index - 1] ?? ' ');
}

/** Whether every letter of `word` starts a word of `text`, in order. */
function matchesInitials(word: string, text: string): boolean {
  let at = 0;
  for (const letter of word) {
    let found = -1;
    for (let index = at; index < text.length; index += 1) {
      if (text[index] === letter && isWordStart(text, index)) {
        found = index;
        break;
      }
    }
    if (found < 0) return false;
    at = found + 1;
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
    let matched = true;
    for (let letter = 1; letter < word.length; letter += 1) {
      const found = text.indexOf(word[letter] ?? '', at);
      if (found < 0) {
        matched = false;
        break;
      }
      at = found + 1;
    }
    // A start that cannot finish the word means no later start can either.
    if (!matched) break;
    const span = at - start;
    if (best < 0 || span < best) best = span;
    if (best === word.length) break;
  }
  return best;
}

/** The grade of `word` in `text` (both folded); MATCH.none when the letters are not all there. */
export function matchGrade(word: string, text: string): number {
  if (word === '' || text === '') return MATCH.none;
  if (text === word) return MATCH.exact;
  const at = text.indexOf(word);
  if (at === 0) return MATCH.prefix;
  if (at > 0) {
    for (let index = at; index >= 0; index = text.indexOf(word, index + 1)) {
      if (isWordStart(text, index)) return MATCH.wordPrefix;
    }
  }
  // One letter counts only where a word starts: a lone "x" inside a long text is noise.
  if (word.length < 2) return MATCH.none;
  if (at > 0) return MATCH.contains;
  if (matchesInitials(word, text)) return MATCH.initials;
  const span = shortestSpan(word, text);
  if (span < 0) return MATCH.none;
  return span <= word.length * 2 ? MATCH.close : MATCH.scattered;
}

/** The words of a query, folded by the caller; empty when only spaces were typed. */
export function queryWords(foldedQuery: string): string[] {
  return foldedQuery.split(/\s+/).filter(Boolean);
}
