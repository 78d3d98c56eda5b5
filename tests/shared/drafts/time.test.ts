import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../shared/dates';
import { buildDraft, timeSinceContact } from '../../../shared/drafts';
import { fullInput, fullReference, TODAY } from './inputs';

const monthsAgo = (months: number) => addMonths(TODAY, -months);

describe('timeSinceContact', () => {
  it('says "a few weeks" three weeks after the last contact', () => {
    expect(timeSinceContact(addDays(TODAY, -21), TODAY, 'en')).toBe('a few weeks');
    expect(timeSinceContact(addDays(TODAY, -21), TODAY, 'de')).toBe('ein paar Wochen');
  });

  it('counts whole months in words, in the German dative', () => {
    expect(timeSinceContact(monthsAgo(5), TODAY, 'en')).toBe('about five months');
    expect(timeSinceContact(monthsAgo(5), TODAY, 'de')).toBe('etwa fünf Monaten');
    expect(timeSinceContact(monthsAgo(1), TODAY, 'en')).toBe('about a month');
    expect(timeSinceContact(monthsAgo(1), TODAY, 'de')).toBe('etwa einem Monat');
  });

  it('does not count a month before its day is reached', () => {
    expect(timeSinceContact(addDays(monthsAgo(5), 1), TODAY, 'en')).toBe('about four months');
  });

  it('says "about two years" / "gut zwei Jahren" two years on, and a little after', () => {
    for (const last of [monthsAgo(24), addDays(monthsAgo(26), 3)]) {
      expect(timeSinceContact(last, TODAY, 'en')).toBe('about two years');
      expect(timeSinceContact(last, TODAY, 'de')).toBe('gut zwei Jahren');
    }
  });

  it('rounds the months after whole years to "more than" or "almost" the next year', () => {
    expect(timeSinceContact(monthsAgo(13), TODAY, 'en')).toBe('about a year');
    expect(timeSinceContact(monthsAgo(13), TODAY, 'de')).toBe('gut einem Jahr');
    expect(timeSinceContact(monthsAgo(18), TODAY, 'en')).toBe('more than a year');
    expect(timeSinceContact(monthsAgo(18), TODAY, 'de')).toBe('über einem Jahr');
    expect(timeSinceContact(monthsAgo(22), TODAY, 'en')).toBe('almost two years');
    expect(timeSinceContact(monthsAgo(22), TODAY, 'de')).toBe('fast zwei Jahren');
    expect(timeSinceContact(monthsAgo(12 * 15 + 1), TODAY, 'en')).toBe('about 15 years');
    expect(timeSinceContact(monthsAgo(12 * 15 + 1), TODAY, 'de')).toBe('gut 15 Jahren');
  });

  it('calls anything under two weeks "a little while"', () => {
    expect(timeSinceContact(addDays(TODAY, -5), TODAY, 'en')).toBe('a little while');
    expect(timeSinceContact(addDays(TODAY, -5), TODAY, 'de')).toBe('kurzem');
    expect(timeSinceContact(TODAY, TODAY, 'en')).toBe('a little while');
  });

  it('has no phrase for a person never contacted', () => {
    expect(timeSinceContact(null, TODAY, 'en')).toBeNull();
    expect(timeSinceContact(null, TODAY, 'de')).toBeNull();
  });
});

describe('the time since the last contact in the reconnect ask', () => {
  it('owns the gap with the time since the last talk', () => {
    const input = fullInput({ reference: fullReference({ lastContactedOn: monthsAgo(24) }) });
    expect(buildDraft('reconnect_ask', input, 'en').body).toContain("It's been about two years since we last spoke");
    expect(buildDraft('reconnect_ask', input, 'de').body).toContain('wir haben seit gut zwei Jahren nichts voneinander gehört');
  });

  it('uses the dative after "seit" in German', () => {
    const input = fullInput({ reference: fullReference({ lastContactedOn: monthsAgo(5) }) });
    expect(buildDraft('reconnect_ask', input, 'de').body).toContain('seit etwa fünf Monaten');
    expect(buildDraft('reconnect_ask', input, 'en').body).toContain("It's been about five months since");
  });

  it('claims no length of time for a person never contacted', () => {
    const input = fullInput({ reference: fullReference({ lastContactedOn: null }) });
    const english = buildDraft('reconnect_ask', input, 'en').body;
    const german = buildDraft('reconnect_ask', input, 'de').body;
    expect(english).not.toMatch(/since we last|It's been/);
    expect(english).toContain("I know it's been a while");
    expect(german).not.toMatch(/\bseit\b/);
    expect(german).toContain('lange nichts voneinander gehört');
  });

  it('mentions no gap when the last contact was only days ago', () => {
    const input = fullInput({ reference: fullReference({ lastContactedOn: addDays(TODAY, -3) }) });
    expect(buildDraft('reconnect_ask', input, 'en').body).not.toMatch(/since we last|stayed in touch/);
    expect(buildDraft('reconnect_ask', input, 'de').body).not.toMatch(/\bseit\b|gemeldet/);
  });
});
