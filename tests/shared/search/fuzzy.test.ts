import { describe, expect, it } from 'vitest';
import { matchGrade, MATCH, queryWords } from '../../../shared/search/fuzzy';

describe('how well a typed word matches a text', () => {
  it.each([
    ['lukasz zolc', 'lukasz zolc', MATCH.exact],
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

  it('splits a query into its words, ignoring extra spaces', () => {
    expect(queryWords('  lukasz   zolc ')).toEqual(['lukasz', 'zolc']);
    expect(queryWords('   ')).toEqual([]);
  });
});
