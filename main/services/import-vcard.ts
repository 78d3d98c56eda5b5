// vCard files from address books (versions 3.0 and 4.0; the 2.1 habits that phones still
// write, such as quoted-printable values, are read too). Kept: the name, email, phone,
// organisation, title, a LinkedIn link, the note and the postal address; every other
// field the file holds is named, so the preview can say what stays behind.
// A maintained parser (ical.js) reads 3.0 and 4.0 but not 2.1's quoted-printable lines,
// which phones still write, so one parser that reads all three is kept here.
import { composeName, writesFamilyNameFirst } from '../../shared/names';
import type { PostalAddress } from '../../shared/schema/person';
import { DomainError } from './context';
import type { ImportedPerson, PeopleFile } from './import-people';
import { boundLongText, boundText, cleanEmail, cleanPhone, cleanWebUrl, decodeUploadedText } from './import-upload';

interface Property {
  name: string;
  params: Map<string, string[]>;
  /** The raw value: escapes not yet resolved, quoted-printable already decoded. */
  value: string;
}

export function parseVCards(bytes: Uint8Array): PeopleFile {
  const text = decodeUploadedText(bytes, 'contact file');
  const cards = splitCards(logicalLines(text));
  if (cards.length === 0) {
    throw new DomainError('unreadable_file', 'The contact file holds no vCard (no "BEGIN:VCARD" line was found).');
  }
  const people: ImportedPerson[] = [];
  const unnamed: number[] = [];
  const notImported = new Set<string>();
  cards.forEach((card, index) => {
    const person = toPerson(card);
    if (person) people.push(person);
    else unnamed.push(index + 1);
    for (const field of fieldsLeftBehind(card, person)) notImported.add(field);
  });
  return { people, unnamed, notImported: [...notImported].sort() };
}

// Properties that only describe the card itself, not the person.
const CARD_HOUSEKEEPING = new Set(['VERSION', 'PRODID', 'REV', 'UID', 'KIND', 'SOURCE', 'CLIENTPIDMAP', 'X-ABLABEL', 'X-ABUID']);
const READ = new Set(['FN', 'N', 'EMAIL', 'TEL', 'ORG', 'TITLE', 'NOTE', 'ADR']);

/** The properties of a card that Rekindle does not keep, e.g. BDAY, PHOTO or a web page. */
function fieldsLeftBehind(card: readonly Property[], person: ImportedPerson | null): string[] {
  const left: string[] = [];
  for (const property of card) {
    if (CARD_HOUSEKEEPING.has(property.name) || READ.has(property.name)) continue;
    const isLinkedIn = (property.name === 'URL' || property.name === 'X-SOCIALPROFILE') && person?.linkedin && linkedinUrl(property) === person.linkedin;
    if (!isLinkedIn) left.push(property.name);
  }
  return left;
}

/**
 * Undoes line folding (a line starting with a space or tab continues the previous one)
 * and quoted-printable soft line breaks (a line ending in "=" continues on the next).
 */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  for (const physical of text.split(/\r\n|\r|\n/)) {
    const previous = lines.at(-1);
    // Some phones indent the line after a soft break as if it were folded too.
    if (previous !== undefined && isQuotedPrintable(previous) && previous.endsWith('=')) {
      lines[lines.length - 1] = previous.slice(0, -1) + physical.replace(/^[ \t]+/, '');
    } else if (previous !== undefined && /^[ \t]/.test(physical)) {
      lines[lines.length - 1] = previous + physical.slice(1);
    } else {
      lines.push(physical);
    }
  }
  return lines;
}

function isQuotedPrintable(line: string): boolean {
  const colon = line.indexOf(':');
  return colon > 0 && /QUOTED-PRINTABLE/i.test(line.slice(0, colon));
}

function splitCards(lines: readonly string[]): Property[][] {
  const cards: Property[][] = [];
  let current: Property[] | null = null;
  for (const line of lines) {
    const property = parseLine(line);
    if (!property) continue;
    if (property.name === 'BEGIN' && property.value.trim().toUpperCase() === 'VCARD') {
      current = [];
    } else if (property.name === 'END' && property.value.trim().toUpperCase() === 'VCARD') {
      if (current) cards.push(current);
      current = null;
    } else if (current) {
      current.push(property);
    }
  }
  return cards;
}

/** `[group.]NAME;PARAM=VALUE;…:value`, where a colon inside a quoted parameter does not count. */
function parseLine(line: string): Property | null {
  let inQuotes = false;
  let colon = -1;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (char === ':' && !inQuotes) {
      colon = i;
      break;
    }
  }
  if (colon <= 0) return null;

  const [rawName = '', ...rawParams] = splitOutsideQuotes(line.slice(0, colon), ';');
  const name = rawName.replace(/^.*\./, '').trim().toUpperCase();
  const params = new Map<string, string[]>();
  for (const raw of rawParams) {
    const equals = raw.indexOf('=');
    // vCard 2.1 allows bare parameters: "TEL;CELL:" means TYPE=CELL.
    const key = equals === -1 ? 'TYPE' : raw.slice(0, equals).trim().toUpperCase();
    const values = equals === -1 ? [raw] : splitOutsideQuotes(raw.slice(equals + 1), ',');
    const list = params.get(key) ?? [];
    list.push(...values.map((value) => value.replace(/^"|"$/g, '').trim().toUpperCase()));
    params.set(key, list);
  }

  let value = line.slice(colon + 1);
  const encoding = [...(params.get('ENCODING') ?? []), ...(params.get('TYPE') ?? [])];
  if (encoding.includes('QUOTED-PRINTABLE')) value = decodeQuotedPrintable(value, params.get('CHARSET')?.[0] ?? 'UTF-8');
  return { name, params, value };
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let inQuotes = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    if (char === separator && !inQuotes) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(value[i]));
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset.toLowerCase());
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(new Uint8Array(bytes));
}

/** Splits a structured value ("Groß;Jürgen;;;") on separators that are not escaped. */
function components(value: string): string[] {
  return value.split(/(?<!\\);/).map(unescapeText);
}

/** Like components, with each component's comma-separated list of values kept apart. */
function componentLists(value: string): string[][] {
  return value.split(/(?<!\\);/).map((component) => component.split(/(?<!\\),/).map(unescapeText));
}

function unescapeText(value: string): string {
  // Apple's exports also escape colons in URLs ("http\://").
  return value.replace(/\\([\\,;:nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

function isPreferred(property: Property): boolean {
  return (property.params.get('TYPE') ?? []).includes('PREF') || (property.params.get('PREF') ?? []).length > 0;
}

/** The preferred usable value, else the first usable one. */
function pick(properties: readonly Property[], name: string, clean: (value: string) => string): string {
  const candidates = properties
    .filter((property) => property.name === name)
    .sort((a, b) => Number(isPreferred(b)) - Number(isPreferred(a)));
  for (const property of candidates) {
    const value = clean(unescapeText(property.value));
    if (value !== '') return value;
  }
  return '';
}

function toPerson(card: readonly Property[]): ImportedPerson | null {
  const name = cardName(card);
  if (name === '') return null;
  const organisation = card.find((property) => property.name === 'ORG');
  const notes = card
    .filter((property) => property.name === 'NOTE')
    .map((property) => unescapeText(property.value))
    .filter((note) => note.trim() !== '')
    .join('\n\n');
  const postalAddress = addressOf(card);
  return {
    name,
    email: pick(card, 'EMAIL', (value) => cleanEmail(value.replace(/^mailto:/i, ''))),
    organisation: organisation ? boundText(components(organisation.value)[0] ?? '') : '',
    currentTitle: pick(card, 'TITLE', (value) => boundText(value)),
    linkedin: linkedinOf(card),
    phone: pick(card, 'TEL', (value) => cleanPhone(value.replace(/^tel:/i, ''))),
    connectedOn: null,
    source: 'vcard',
    ...(notes ? { notes: boundLongText(notes) } : {}),
    ...(postalAddress ? { postalAddress } : {}),
  };
}

/**
 * N holds the parts, FN the name as the address book shows it. A CJK name is built from
 * N by the shared rule, since exports often write its FN in Western order ("小明 王").
 */
function cardName(card: readonly Property[]): string {
  const structured = card.find((property) => property.name === 'N');
  const [family = '', given = '', additional = ''] = structured ? components(structured.value) : [];
  const fromParts = boundText(composeName({ given, family, additional }));
  if (fromParts !== '' && writesFamilyNameFirst(fromParts)) return fromParts;
  const formatted = card.find((property) => property.name === 'FN');
  const fromFormatted = formatted ? boundText(unescapeText(formatted.value)) : '';
  return fromFormatted !== '' ? fromFormatted : fromParts;
}

/**
 * ADR is "PO box; extended; street; locality; region; postal code; country". The first
 * three give the street lines (a street may itself hold several, split by commas or
 * line breaks); the preferred address wins, else the first.
 */
function addressOf(card: readonly Property[]): PostalAddress | null {
  const candidates = card.filter((property) => property.name === 'ADR').sort((a, b) => Number(isPreferred(b)) - Number(isPreferred(a)));
  for (const property of candidates) {
    const [poBox = [], extended = [], street = [], city = [], region = [], postcode = [], country = []] = componentLists(property.value);
    const lines = [...poBox, ...extended, ...street].flatMap((value) => value.split('\n')).map((line) => boundText(line)).filter(Boolean);
    const address: PostalAddress = {
      // A fourth line and beyond are kept on the third, so nothing is lost.
      street: lines.length > 3 ? [...lines.slice(0, 2), boundText(lines.slice(2).join(', '))] : lines,
      postcode: boundText(postcode.join(' '), 20),
      city: boundText(city.join(' ')),
      region: boundText(region.join(' ')),
      country: boundText(country.join(' ')),
    };
    if (address.street.length > 0 || address.postcode || address.city || address.region || address.country) return address;
  }
  return null;
}

function linkedinUrl(property: Property): string {
  const raw = unescapeText(property.value).trim();
  if (!/linkedin\.com/i.test(raw)) return '';
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`;
  return cleanWebUrl(withScheme);
}

function linkedinOf(card: readonly Property[]): string {
  for (const property of card) {
    if (property.name !== 'URL' && property.name !== 'X-SOCIALPROFILE') continue;
    const url = linkedinUrl(property);
    if (url !== '') return url;
  }
  return '';
}
