// "It's been about five months" / "seit etwa fünf Monaten": how long since the last
// contact, rounded the way people say it. German phrases are in the dative because they
// follow "seit" or "vor".
import { daysBetween, monthsBetween, type IsoDate } from '../dates';
import type { Language } from '../schema/fields';

/** Below this many days the drafts do not mention a gap at all. */
export const RECENT_CONTACT_DAYS = 14;

const EN_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const DE_NUMBERS = ['null', 'einem', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];

function numberWord(value: number, language: Language): string {
  const words = language === 'de' ? DE_NUMBERS : EN_NUMBERS;
  return words[value] ?? String(value);
}

export function isRecentContact(lastContactedOn: IsoDate | null, today: IsoDate): boolean {
  return lastContactedOn !== null && daysBetween(lastContactedOn, today) < RECENT_CONTACT_DAYS;
}

/**
 * Buckets: under two weeks "a little while"; under a month "a few weeks"; then whole
 * months ("about five months"); from a year on, whole years with the remaining months
 * deciding between "about" (0 to 2), "more than" (3 to 8) and "almost" the next year
 * (9 to 11). Month counts only include months that have fully passed, so German says
 * "gut zwei Jahren" (a good two years) where English says "about two years".
 * Returns null when there has never been a contact.
 */
export function timeSinceContact(lastContactedOn: IsoDate | null, today: IsoDate, language: Language): string | null {
  if (lastContactedOn === null) return null;
  const de = language === 'de';
  if (daysBetween(lastContactedOn, today) < RECENT_CONTACT_DAYS) return de ? 'kurzem' : 'a little while';
  const months = monthsBetween(lastContactedOn, today);
  if (months < 1) return de ? 'ein paar Wochen' : 'a few weeks';
  if (months === 1) return de ? 'etwa einem Monat' : 'about a month';
  if (months < 12) return de ? `etwa ${numberWord(months, language)} Monaten` : `about ${numberWord(months, language)} months`;

  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (rest >= 9) return de ? `fast ${yearsDative(years + 1)}` : `almost ${yearsEnglish(years + 1)}`;
  if (rest >= 3) return de ? `über ${yearsDative(years)}` : `more than ${yearsEnglish(years)}`;
  return de ? `gut ${yearsDative(years)}` : `about ${yearsEnglish(years)}`;
}

function yearsEnglish(years: number): string {
  return years === 1 ? 'a year' : `${numberWord(years, 'en')} years`;
}

function yearsDative(years: number): string {
  return years === 1 ? 'einem Jahr' : `${numberWord(years, 'de')} Jahren`;
}
