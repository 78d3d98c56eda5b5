// How a draft greets the person and signs off. Names are taken apart only as far as is
// safe: when a name does not split cleanly (one word, or a script written without spaces
// or family name first), the whole name is used.
import { translator } from '../i18n';
import { writesFamilyNameFirst } from '../names';
import type { Language } from '../schema/fields';
import type { Address, Reference } from '../schema/person';
import { inline } from './text';

// Family-name particles stay with the family name: "Ursula von der Leyen" is Frau von der Leyen.
const PARTICLES = new Set([
  'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le',
  'zu', 'zur', 'ter', 'ten', 'dos', 'das', 'do', 'af', 'av', 'bin', 'ibn', 'al', 'el',
]);
const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv)$/i;
// "Dr.", "Prof.", "Dipl.-Ing." or a courtesy title typed into the name field.
const LEADING_TITLE = /^(\S+\.|mr|mrs|ms|miss|mx|herr|frau)$/i;

interface NameParts {
  full: string;
  given: string;
  family: string;
}

export function nameParts(name: string): NameParts {
  const full = inline(name);
  const words = full.split(' ').filter((word) => word !== '');
  while (words.length > 1 && LEADING_TITLE.test(words[0] ?? '')) words.shift();
  while (words.length > 1 && SUFFIXES.test(words[words.length - 1] ?? '')) words.pop();
  const core = words.join(' ');
  if (words.length < 2 || writesFamilyNameFirst(core)) {
    return { full: core, given: core, family: core };
  }
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1] ?? '')) start -= 1;
  return { full: core, given: words[0] ?? core, family: words.slice(start).join(' ') };
}

/** The name as it heads a note or a letter: with an academic title when one is set. */
export function displayName(reference: Reference): string {
  const name = inline(reference.name);
  const title = inline(reference.address.title);
  if (title === '' || name.toLowerCase().startsWith(`${title.toLowerCase()} `)) return name;
  return `${title} ${name}`;
}

export function greeting(reference: Reference, language: Language): string {
  const parts = nameParts(reference.name);
  const { salutation, formality } = reference.address;
  const title = inline(reference.address.title);
  const titled = (name: string) => (title === '' ? name : `${title} ${name}`);
  if (language === 'de') {
    if (formality === 'informal') {
      if (salutation === 'ms') return `Liebe ${parts.given},`;
      if (salutation === 'mr') return `Lieber ${parts.given},`;
      return `Hallo ${parts.given},`;
    }
    if (salutation === 'ms') return `Sehr geehrte Frau ${titled(parts.family)},`;
    if (salutation === 'mr') return `Sehr geehrter Herr ${titled(parts.family)},`;
    return `Guten Tag ${titled(parts.full)},`;
  }
  if (formality === 'informal') return `Hi ${parts.given},`;
  // In English an academic title takes the place of Ms or Mr ("Dear Dr. Weber").
  if (title !== '' && salutation !== 'neutral') return `Dear ${title} ${parts.family},`;
  if (salutation === 'ms') return `Dear Ms ${parts.family},`;
  if (salutation === 'mr') return `Dear Mr ${parts.family},`;
  return `Dear ${titled(parts.full)},`;
}

/**
 * The salutation of a handwritten card. A German card to a "Sie" opens "Liebe Frau Weber,":
 * warm and still formal, in the same register as its closing; a letter's "Sehr geehrte"
 * would be stiff on a thank-you card.
 */
export function noteGreeting(reference: Reference, language: Language): string {
  if (language !== 'de' || reference.address.formality === 'informal') return greeting(reference, language);
  const parts = nameParts(reference.name);
  const title = inline(reference.address.title);
  const family = title === '' ? parts.family : `${title} ${parts.family}`;
  if (reference.address.salutation === 'ms') return `Liebe Frau ${family},`;
  if (reference.address.salutation === 'mr') return `Lieber Herr ${family},`;
  return `Guten Tag ${title === '' ? parts.full : `${title} ${parts.full}`},`;
}

export type SignOffTone = 'plain' | 'warm';

/** The closing lines of an email, signed with the candidate's name when it is known. */
export function signOff(
  senderName: string,
  formality: Address['formality'],
  language: Language,
  tone: SignOffTone = 'plain',
): string {
  const phrase = translator(language)(`drafts.signOff.${formality}.${tone}`);
  const sender = nameParts(senderName);
  const signature = formality === 'informal' ? sender.given : sender.full;
  if (signature === '') return phrase;
  return language === 'en' ? `${phrase},\n${signature}` : `${phrase}\n${signature}`;
}

/** A warm sign-off on one line, for a handwritten note prompt (a note is never stiff). */
export function signOffInline(senderName: string, formality: Address['formality'], language: Language): string {
  const sender = nameParts(senderName);
  const informal = formality === 'informal';
  const signature = informal ? sender.given : sender.full;
  if (language === 'en') {
    const phrase = informal ? 'Warmly' : 'Warm regards';
    return signature === '' ? phrase : `${phrase}, ${signature}`;
  }
  if (informal) return signature === '' ? 'Herzliche Grüße' : `Herzliche Grüße von ${signature}`;
  return signature === '' ? 'Mit herzlichen Grüßen' : `Mit herzlichen Grüßen – ${signature}`;
}
