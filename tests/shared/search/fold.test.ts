import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../shared/search/fold';

describe('folding text for search', () => {
  it.each([
    ['Łukasz', 'lukasz'],
    ['Żółć', 'zolc'],
    ['Maria Schäfer', 'maria schafer'],
    ['Søren Ødegård', 'soren odegard'],
    ['Großmann', 'grossmann'],
    ['Đorđe', 'dorde'],
    ['François Œuvre', 'francois oeuvre'],
    ['ÅSA ÉLODIE', 'asa elodie'],
  ])('spells %s as %s', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it('leaves scripts without accents as they are, in lower case', () => {
    expect(foldForSearch('王小明')).toBe('王小明');
    expect(foldForSearch('Анна Иванова')).toBe('анна иванова');
  });

  it('folds what it folded to the same text again', () => {
    fc.assert(fc.property(fc.string(), (text) => foldForSearch(foldForSearch(text)) === foldForSearch(text)));
  });
});
