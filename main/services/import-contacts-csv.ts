// Contacts exported as CSV from Google Contacts (its current export and the older
// "Google CSV") and from Outlook. The file is recognised by its header; each format's
// columns are read into the same shape as a vCard, and every column with data that
// Rekindle does not keep is named for the preview.
import Papa from 'papaparse';
import { composeName } from '../../shared/names';
import type { PostalAddress } from '../../shared/schema/person';
import { DomainError } from './context';
import type { ImportedPerson, PeopleFile } from './import-people';
import { boundLongText, boundText, cleanEmail, cleanPhone, cleanWebUrl, decodeUploadedText, neutraliseFormula } from './import-upload';

type Format = 'google' | 'google_legacy' | 'outlook';

interface Columns {
  given: string[];
  additional: string[];
  family: string[];
  /** A whole name, used when the parts are empty. */
  full: string[];
  emails: string[];
  phones: string[];
  organisation: string[];
  title: string[];
  notes: string[];
  /** Address columns, first address first: street, extra lines, town, region, postcode, country. */
  addresses: Array<{ street: string[]; city: string; region: string; postcode: string; country: string }>;
  websites: string[];
}

const numbered = <T,>(count: number, make: (n: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index + 1));

const GOOGLE_ADDRESS = (prefix: (n: number) => string) =>
  numbered(3, (n) => ({
    street: [`${prefix(n)} - PO Box`, `${prefix(n)} - Street`, `${prefix(n)} - Extended Address`],
    city: `${prefix(n)} - City`,
    region: `${prefix(n)} - Region`,
    postcode: `${prefix(n)} - Postal Code`,
    country: `${prefix(n)} - Country`,
  }));

const FORMATS: Record<Format, { recognisedBy: string[]; columns: Columns }> = {
  google: {
    recognisedBy: ['First Name', 'Last Name', 'Organization Name', 'E-mail 1 - Value'],
    columns: {
      given: ['First Name'],
      additional: ['Middle Name'],
      family: ['Last Name'],
      full: ['Nickname', 'File As'],
      emails: numbered(5, (n) => `E-mail ${n} - Value`),
      phones: numbered(5, (n) => `Phone ${n} - Value`),
      organisation: ['Organization Name'],
      title: ['Organization Title'],
      notes: ['Notes'],
      addresses: GOOGLE_ADDRESS((n) => `Address ${n}`),
      websites: numbered(5, (n) => `Website ${n} - Value`),
    },
  },
  google_legacy: {
    recognisedBy: ['Name', 'Given Name', 'Family Name', 'E-mail 1 - Value'],
    columns: {
      given: ['Given Name'],
      additional: ['Additional Name'],
      family: ['Family Name'],
      full: ['Name', 'Nickname'],
      emails: numbered(5, (n) => `E-mail ${n} - Value`),
      phones: numbered(5, (n) => `Phone ${n} - Value`),
      organisation: ['Organization 1 - Name'],
      title: ['Organization 1 - Title'],
      notes: ['Notes'],
      addresses: GOOGLE_ADDRESS((n) => `Address ${n}`),
      websites: numbered(5, (n) => `Website ${n} - Value`),
    },
  },
  outlook: {
    recognisedBy: ['First Name', 'Last Name', 'E-mail Address', 'Job Title', 'Company'],
    columns: {
      given: ['First Name'],
      additional: ['Middle Name'],
      family: ['Last Name'],
      full: ['Nickname'],
      emails: ['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address'],
      phones: ['Mobile Phone', 'Business Phone', 'Primary Phone', 'Home Phone', 'Business Phone 2', 'Home Phone 2', 'Other Phone'],
      organisation: ['Company'],
      title: ['Job Title'],
      notes: ['Notes'],
      addresses: (['Business', 'Home', 'Other'] as const).map((kind) => ({
        street: [`${kind} Street`, `${kind} Street 2`, `${kind} Street 3`],
        city: `${kind} City`,
        region: `${kind} State`,
        postcode: `${kind} Postal Code`,
        country: `${kind} Country/Region`,
      })),
      websites: ['Web Page', 'Personal Web Page'],
    },
  },
};

// Columns that only say what kind a value is ("E-mail 1 - Label": "Work"), not data.
const DESCRIBING_COLUMN = / - (Label|Type)$|^(Address \d+ - Formatted|Labels|Group Membership|Categories|Priority|Sensitivity|Initials)$/;

function recognise(header: string[]): Format {
  const names = new Set(header.map((name) => name.trim()));
  // The legacy Google header also has "Name"; checked before the current one shares "E-mail 1 - Value".
  for (const format of ['google_legacy', 'google', 'outlook'] as const) {
    if (FORMATS[format].recognisedBy.every((column) => names.has(column))) return format;
  }
  throw new DomainError(
    'unreadable_file',
    'This does not look like a contacts export from Google Contacts or Outlook: its first row names none of their columns.',
    [{ path: 'header', code: 'unknown_contacts_header' }],
  );
}

export function parseContactsCsv(bytes: Uint8Array): PeopleFile & { format: Format } {
  const text = decodeUploadedText(bytes, 'contacts file');
  const rows = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false }).data;
  const header = (rows[0] ?? []).map((name) => name.trim());
  const format = recognise(header);
  const { columns } = FORMATS[format];
  const position = new Map(header.map((name, index) => [name, index]));

  const people: ImportedPerson[] = [];
  const unnamed: number[] = [];
  const leftBehind = new Set<string>();
  rows.slice(1).forEach((row, offset) => {
    if (row.every((value) => value.trim() === '')) return;
    // The columns whose values went into the person: everything else with data is named.
    const used = new Set<string>();
    const cell = (name: string): string => {
      const index = position.get(name);
      return index === undefined ? '' : neutraliseFormula(row[index] ?? '');
    };
    const take = (name: string): string => {
      const value = cell(name);
      if (value.trim() !== '') used.add(name);
      return value;
    };
    const first = (names: string[], clean: (value: string) => string = (value) => boundText(value)) => {
      for (const name of names) {
        const value = clean(cell(name));
        if (value !== '') {
          used.add(name);
          return value;
        }
      }
      return '';
    };
    const parts = { given: first(columns.given), additional: first(columns.additional), family: first(columns.family) };
    const name = boundText(composeName(parts)) || first(columns.full);
    const person = name === '' ? null : toPerson(name, { first, take, peek: cell }, columns, format);
    // A row without a name is counted on its own; its columns are not listed as well.
    header.forEach((column, index) => {
      if (person && !used.has(column) && !DESCRIBING_COLUMN.test(column) && (row[index] ?? '').trim() !== '') leftBehind.add(column);
    });
    if (person) people.push(person);
    else unnamed.push(offset + 2);
  });
  // A website that was not a LinkedIn profile is not kept either.
  return { people, unnamed, notImported: [...leftBehind].sort(), format };
}

interface RowReader {
  /** The first of the columns with a usable value, cleaned; marks it imported. */
  first: (names: string[], clean?: (value: string) => string) => string;
  /** One column's value; marks it imported when it has one. */
  take: (name: string) => string;
  /** One column's value, without marking it. */
  peek: (name: string) => string;
}

function toPerson(name: string, { first, take, peek }: RowReader, columns: Columns, format: Format): ImportedPerson {
  const notes = boundLongText(columns.notes.map(take).filter(Boolean).join('\n\n'));
  const postalAddress = addressOf(columns, take, peek);
  return {
    name,
    email: first(columns.emails, cleanEmail),
    organisation: first(columns.organisation),
    currentTitle: first(columns.title),
    linkedin: first(columns.websites, linkedinUrl),
    // Google joins several numbers of one kind with " ::: ".
    phone: first(columns.phones, (value) => cleanPhone(value.split(' ::: ')[0] ?? '')),
    connectedOn: null,
    source: format === 'outlook' ? 'outlook' : 'google',
    ...(notes ? { notes } : {}),
    ...(postalAddress ? { postalAddress } : {}),
  };
}

/** The first address with anything in it; the columns of later ones stay behind. */
function addressOf(columns: Columns, take: (name: string) => string, peek: (name: string) => string): PostalAddress | null {
  const parts = (one: Columns['addresses'][number]) => [...one.street, one.city, one.region, one.postcode, one.country];
  const chosen = columns.addresses.find((one) => parts(one).some((name) => peek(name).trim() !== ''));
  if (!chosen) return null;
  const street = chosen.street
    .map(take)
    .flatMap((value) => value.split(/\r?\n/))
    .map((line) => boundText(line))
    .filter(Boolean);
  return {
    // A fourth line and beyond are kept on the third, so nothing is lost.
    street: street.length > 3 ? [...street.slice(0, 2), boundText(street.slice(2).join(', '))] : street,
    postcode: boundText(take(chosen.postcode), 20),
    city: boundText(take(chosen.city)),
    region: boundText(take(chosen.region)),
    country: boundText(take(chosen.country)),
  };
}

function linkedinUrl(value: string): string {
  const raw = value.trim();
  if (!/linkedin\.com/i.test(raw)) return '';
  return cleanWebUrl(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`);
}
