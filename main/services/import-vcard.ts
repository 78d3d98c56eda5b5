// vCard files from address books (versions 3.0 and 4.0; the 2.1 habits that phones still
// write, such as quoted-printable names, are read too). Only the fields a reference
// needs are kept: name, email, phone, organisation, title and a LinkedIn link.
import { DomainError } from './context';
import { boundText, cleanEmail, cleanPhone, cleanWebUrl, decodeUploadedText, type ImportedPerson } from './import-people';

interface Property {
  name: string;
  params: Map<string, string[]>;
  /** The raw value: escapes not yet resolved, quoted-printable already decoded. */
  value: string;
}

export function parseVCards(bytes: Uint8Array): ImportedPerson[] {
  const text = decodeUploadedText(bytes, 'contact file');
  const cards = splitCards(logicalLines(text));
  if (cards.length === 0) {
    throw new DomainError('unreadable_file', 'The contact file holds no vCard (no "BEGIN:VCARD" line was found).');
  }
  return cards.flatMap((card) => {
    const person = toPerson(card);
    return person ? [person] : [];
  });
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
  return {
    name,
    email: pick(card, 'EMAIL', (value) => cleanEmail(value.replace(/^mailto:/i, ''))),
    organisation: organisation ? boundText(components(organisation.value)[0] ?? '') : '',
    currentTitle: pick(card, 'TITLE', (value) => boundText(value)),
    linkedin: linkedinOf(card),
    phone: pick(card, 'TEL', (value) => cleanPhone(value.replace(/^tel:/i, ''))),
    connectedOn: null,
    source: 'vcard',
  };
}

function cardName(card: readonly Property[]): string {
  const formatted = card.find((property) => property.name === 'FN');
  const fromFormatted = formatted ? boundText(unescapeText(formatted.value)) : '';
  if (fromFormatted !== '') return fromFormatted;
  const structured = card.find((property) => property.name === 'N');
  if (!structured) return '';
  const [family = '', given = '', additional = ''] = components(structured.value);
  return boundText([given, additional, family].join(' '));
}

function linkedinOf(card: readonly Property[]): string {
  for (const property of card) {
    if (property.name !== 'URL' && property.name !== 'X-SOCIALPROFILE') continue;
    const raw = unescapeText(property.value).trim();
    if (!/linkedin\.com/i.test(raw)) continue;
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`;
    const url = cleanWebUrl(withScheme);
    if (url !== '') return url;
  }
  return '';
}
