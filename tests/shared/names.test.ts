import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeName, writesFamilyNameFirst } from '../../shared/names';

describe('composeName', () => {
  it('writes Chinese and Korean names family name first, without a space', () => {
    expect(composeName({ given: '小明', family: '王' })).toBe('王小明');
    expect(composeName({ given: '민준', family: '김' })).toBe('김민준');
    expect(composeName({ given: '花子', family: '山田' })).toBe('山田花子');
  });

  it('writes other names given name first, with one space', () => {
    expect(composeName({ given: 'Jürgen', family: 'Weiß' })).toBe('Jürgen Weiß');
    expect(composeName({ given: ' Ursula ', family: 'von der  Leyen' })).toBe('Ursula von der Leyen');
    expect(composeName({ given: 'Anna', additional: 'M.', family: 'Smith' })).toBe('Anna M. Smith');
    expect(composeName({ given: 'Ελένη', family: 'Παπαδοπούλου' })).toBe('Ελένη Παπαδοπούλου');
  });

  it('keeps the one part there is', () => {
    expect(composeName({ given: 'Cher', family: '' })).toBe('Cher');
    expect(composeName({ given: '', family: '王' })).toBe('王');
    expect(composeName({ given: '', family: '' })).toBe('');
  });

  it('keeps a space next to a romanised part of a CJK name', () => {
    expect(composeName({ given: 'Alex', family: '王' })).toBe('王 Alex');
  });

  it('never leaves a leading, trailing or doubled space, and loses no letter', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (given, family) => {
        const name = composeName({ given, family });
        expect(name).toBe(name.trim());
        expect(name).not.toMatch(/\s\s/);
        const letters = (text: string) => [...text.replace(/\s/g, '')].sort().join('');
        expect(letters(name)).toBe(letters(given + family));
      }),
    );
  });
});

describe('writesFamilyNameFirst', () => {
  it('tells CJK names from others', () => {
    expect(writesFamilyNameFirst('王小明')).toBe(true);
    expect(writesFamilyNameFirst('김민준')).toBe(true);
    expect(writesFamilyNameFirst('Łukasz Żółć')).toBe(false);
    expect(writesFamilyNameFirst('فاطمة')).toBe(false);
  });
});
