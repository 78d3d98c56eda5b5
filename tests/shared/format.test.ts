import { describe, expect, it } from 'vitest';
import { fullDate, initialsOf, relativeDay } from '../../shared/format';

describe('relative dates', () => {
  it('says "today", "tomorrow" and "in 3 days" in English', () => {
    expect(relativeDay('2026-11-28', '2026-11-28', 'en')).toBe('today');
    expect(relativeDay('2026-11-29', '2026-11-28', 'en')).toBe('tomorrow');
    expect(relativeDay('2026-12-01', '2026-11-28', 'en')).toBe('in 3 days');
  });

  it('says "vorgestern", "vor 3 Tagen" and "vor 2 Jahren" in German', () => {
    expect(relativeDay('2026-11-26', '2026-11-28', 'de')).toBe('vorgestern');
    expect(relativeDay('2026-11-25', '2026-11-28', 'de')).toBe('vor 3 Tagen');
    expect(relativeDay('2024-10-01', '2026-11-28', 'de')).toBe('vor 2 Jahren');
  });

  it('counts months by the calendar across a year end', () => {
    expect(relativeDay('2026-09-28', '2027-01-28', 'en')).toBe('4 months ago');
  });

  it('gives the full date with the weekday for hovering', () => {
    expect(fullDate('2026-11-28', 'en')).toBe('Saturday, 28 November 2026');
    expect(fullDate('2026-11-28', 'de')).toBe('Samstag, 28. November 2026');
  });
});

describe('initials', () => {
  it('takes the first letters of the first and last name, or one CJK character', () => {
    expect(initialsOf('Maria Schäfer')).toBe('MS');
    expect(initialsOf('łukasz żółć')).toBe('ŁŻ');
    expect(initialsOf('王小明')).toBe('王');
    expect(initialsOf('  ')).toBe('?');
  });
});
