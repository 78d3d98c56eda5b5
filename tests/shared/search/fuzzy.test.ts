import { describe, expect, it } from 'vitest';
import { matchGrade as gradeIn, MATCH, queryWords, searchable } from '../../../shared/search/fuzzy';

// A word as typed, prepared as the palette prepares it (one word: no spaces in it).
const matchGrade = (word: string, text: string) => {
  const [prepared] = queryWords(word);
  return prepared ? gradeIn(prepared, searchable(text)) : MATCH.none;
};

describe('how well a typed word matches a text', () => {
  it.each([
    ['lukasz', 'Łukasz', MATCH.exact],
    ['luk', 'lukasz zolc', MATCH.prefix],
    ['zol', 'lukasz zolc', MATCH.wordPrefix],
    ['kasz', 'lukasz zolc', MATCH.contains],
    ['lz', 'lukasz zolc', MATCH.initials],
    ['lkasz', 'lukasz zolc', MATCH.close],
    ['zlc', 'lukasz zolc', MATCH.close],
    ['luc', 'lukasz zolc', MATCH.scattered],
    ['zolx', 'lukasz zolc', MATCH.none],
  ])('grades "%s" in "%s" as %i', (word, text, grade) => {
    expect(matchGrade(word, text)).toBe(grade);
  });

  it('orders the grades from the whole text down to letters scattered across it', () => {
    const grades = [MATCH.exact, MATCH.prefix, MATCH.wordPrefix, MATCH.contains, MATCH.initials, MATCH.close, MATCH.scattered, MATCH.none];
    expect(grades).toEqual([...grades].sort((a, b) => b - a));
    expect(new Set(grades).size).toBe(grades.length);
  });

  it('counts a word found twice by its best place: a word start beats the first place inside a word', () => {
    expect(matchGrade('ann', 'joanna anner')).toBe(MATCH.wordPrefix);
  });

  it('measures the closest run of the letters, not the first one', () => {
    // The first "m" is far from the rest; a later one is right before it.
    expect(matchGrade('mr', 'm xxxxxxxxx mxr')).toBe(MATCH.close);
    expect(matchGrade('mar', 'm yyyyyyyyyyyyy xmxaxr')).toBe(MATCH.close);
  });

  it('takes a single letter only where a word starts', () => {
    expect(matchGrade('z', 'lukasz zolc')).toBe(MATCH.wordPrefix);
    expect(matchGrade('k', 'lukasz zolc')).toBe(MATCH.none);
  });

  it('finds nothing in empty text and for an empty word', () => {
    expect(matchGrade('a', '')).toBe(MATCH.none);
    expect(matchGrade('', 'anna')).toBe(MATCH.none);
  });

  it('splits a query into folded words, ignoring spaces and punctuation', () => {
    const texts = (query: string) => queryWords(query).map((word) => word.text);
    expect(texts('  Łukasz   ŻÓŁĆ ')).toEqual(['lukasz', 'zolc']);
    expect(texts('lz@example.com')).toEqual(['lz', 'example', 'com']);
    expect(queryWords('  - ')).toEqual([]);
  });

  it('treats punctuation in a text as a gap between words', () => {
    expect(matchGrade('brien', "James O'Brien")).toBe(MATCH.wordPrefix);
    expect(matchGrade('ludenscheidt', 'Sabine Müller-Lüdenscheidt')).toBe(MATCH.wordPrefix);
    expect(matchGrade('obrien', "James O'Brien")).toBe(MATCH.close);
  });
});
