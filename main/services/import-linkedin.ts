// LinkedIn's "Connections.csv" (Settings > Data privacy > Get a copy of your data). The
// export starts with a free-text "Notes:" preamble before the real header, and most
// connections hide their email address, so only the name columns are truly reliable.
import Papa from 'papaparse';
import type { IsoDate } from '../../shared/dates';
import { composeName } from '../../shared/names';
import { isRealCalendarDate } from '../../shared/schema/fields';
import { DomainError } from './context';
import type { ImportedPerson, PeopleFile } from './import-people';
import { boundText, cleanEmail, cleanWebUrl, decodeUploadedText, neutraliseFormula } from './import-upload';

const COLUMNS = {
  firstName: 'First Name',
  lastName: 'Last Name',
  url: 'URL',
  email: 'Email Address',
  company: 'Company',
  position: 'Position',
  connectedOn: 'Connected On',
} as const;
type ColumnKey = keyof typeof COLUMNS;

// Older exports have no URL column and some have no email column; these four have
// always been there.
const REQUIRED: readonly ColumnKey[] = ['firstName', 'lastName', 'company', 'position'];

// The preamble is a handful of lines; a header further down means this is another file.
const HEADER_SEARCH_ROWS = 30;

export function parseLinkedInConnections(bytes: Uint8Array): PeopleFile {
  const text = decodeUploadedText(bytes, 'LinkedIn export');
  // Blank lines are kept as rows so that row numbers match what a spreadsheet shows.
  const rows = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false }).data;
  const { headerRow, columns } = findHeader(rows);

  const people: ImportedPerson[] = [];
  const unnamed: number[] = [];
  rows.forEach((row, index) => {
    if (index <= headerRow || row.every((value) => value.trim() === '')) return;
    const cell = (key: ColumnKey): string => {
      const position = columns[key];
      return position === undefined ? '' : neutraliseFormula(row[position] ?? '');
    };
    // LinkedIn keeps First and Last Name apart; the shared rule puts them in the order
    // the name is written in ("王小明", not "小明 王").
    const name = boundText(composeName({ given: cell('firstName'), family: cell('lastName') }));
    if (name === '') {
      unnamed.push(index + 1);
      return;
    }
    people.push({
      name,
      email: cleanEmail(cell('email')),
      organisation: boundText(cell('company')),
      currentTitle: boundText(cell('position')),
      linkedin: cleanWebUrl(cell('url')),
      phone: '',
      connectedOn: parseConnectedOn(cell('connectedOn')),
      source: 'linkedin',
    });
  });
  return { people, unnamed, notImported: [] };
}

function findHeader(rows: readonly string[][]): { headerRow: number; columns: Partial<Record<ColumnKey, number>> } {
  let best: { headerRow: number; columns: Partial<Record<ColumnKey, number>>; found: number } | null = null;
  for (const [headerRow, row] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    if (row.length < 2) continue;
    const names = row.map((cell) => cell.trim().toLowerCase());
    const columns: Partial<Record<ColumnKey, number>> = {};
    for (const key of Object.keys(COLUMNS) as ColumnKey[]) {
      const position = names.indexOf(COLUMNS[key].toLowerCase());
      if (position !== -1) columns[key] = position;
    }
    const found = REQUIRED.filter((key) => columns[key] !== undefined).length;
    if (best === null || found > best.found) best = { headerRow, columns, found };
  }

  const missing = REQUIRED.filter((key) => best?.columns[key] === undefined);
  if (best === null || missing.length > 0) {
    const names = missing.map((key) => `"${COLUMNS[key]}"`).join(', ');
    throw new DomainError(
      'unreadable_file',
      `This does not look like LinkedIn's Connections.csv: the columns ${names} are missing.`,
      missing.map((key) => ({ path: COLUMNS[key], code: 'missing_column' })),
    );
  }
  return best;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  // A German account exports German month abbreviations.
  mär: 3, mrz: 3, mai: 5, okt: 10, dez: 12,
};

/** "12 Mar 2024" (LinkedIn's format) or an ISO date; anything else is unknown. */
export function parseConnectedOn(value: string): IsoDate | null {
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isRealCalendarDate(text) ? text : null;
  const match = /^(\d{1,2})\.?\s+(\p{L}{3})\p{L}*\.?\s+(\d{4})$/u.exec(text);
  if (!match) return null;
  const [, day = '', monthName = '', year = ''] = match;
  const month = MONTHS[monthName.toLowerCase()];
  if (month === undefined) return null;
  const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isRealCalendarDate(iso) ? iso : null;
}
