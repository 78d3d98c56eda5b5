// Applications from a CSV with columns of any name: the file is read once and kept in main;
// the window proposes nothing itself but sends back a column mapping, and each preview
// and the import read the same rows through it. Nothing changes until the import.
import Papa from 'papaparse';
import {
  MAX_IMPORT_COLUMNS,
  type ApplicationImportPreview,
  type ApplicationImportResult,
  type ApplicationImportRow,
  type ColumnMapping,
} from '../../shared/ipc/application-import';
import { LIMITS } from '../../shared/schema/fields';
import { applicationSchema, type Application } from '../../shared/schema/application';
import type { RekindleDocument } from '../../shared/schema/document';
import { proposeMapping, readDate, statusFromValue } from './application-columns';
import { DomainError, type ServiceContext } from './context';
import { boundLongText, boundText, cleanWebUrl, decodeUploadedText, neutraliseFormula } from './import-upload';

/** The file as read: its header and each row with the number a spreadsheet gives it. */
export interface ApplicationsTable {
  header: string[];
  rows: { row: number; cells: string[] }[];
}

export function readApplicationsTable(bytes: Uint8Array): ApplicationsTable {
  const text = decodeUploadedText(bytes, 'applications file');
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  // A quote that never closes means the file was cut off (or is not a CSV): reading on
  // would run the rest of the file into one cell.
  if (parsed.errors.some((error) => error.code === 'MissingQuotes')) {
    throw new DomainError('unreadable_file', 'The applications file ends inside a quoted cell; it looks cut off.', [
      { path: 'file', code: 'truncated' },
    ]);
  }
  const header = (parsed.data[0] ?? []).map((name) => boundText(neutraliseFormula(name)));
  if (header.every((name) => name === '')) {
    throw new DomainError('unreadable_file', 'The applications file has no header row naming its columns.', [
      { path: 'header', code: 'missing_header' },
    ]);
  }
  if (header.length > MAX_IMPORT_COLUMNS) {
    throw new DomainError('unreadable_file', `The applications file has ${header.length} columns; Rekindle reads up to ${MAX_IMPORT_COLUMNS}.`, [
      { path: 'header', code: 'too_many_columns' },
    ]);
  }
  const proposal = proposeMapping(header);
  if (proposal.company === null && proposal.role === null) {
    throw new DomainError('unreadable_file', 'The first row of this file names no company and no role column, so it is not a list of applications.', [
      { path: 'header', code: 'unknown_applications_header' },
    ]);
  }
  const rows = parsed.data
    .slice(1)
    .map((cells, offset) => ({ row: offset + 2, cells: cells.map((cell) => neutraliseFormula(cell)) }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  if (rows.length > LIMITS.records) {
    throw new DomainError('file_too_large', `The applications file has ${rows.length} rows; Rekindle keeps up to ${LIMITS.records}.`);
  }
  return { header, rows };
}

function checkMapping(table: ApplicationsTable, mapping: ColumnMapping): void {
  for (const [field, column] of Object.entries(mapping)) {
    if (column !== null && column >= table.header.length) {
      throw new DomainError('invalid_input', `This file has no column number ${column + 1}.`, [{ path: `mapping.${field}`, code: 'out_of_range' }]);
    }
  }
}

const duplicateKey = (company: string, role: string) => `${company.toLocaleLowerCase()}\u0000${role.toLocaleLowerCase()}`;

interface Reading {
  rows: (ApplicationImportRow & { notes: string })[];
  incomplete: number[];
  unknownStatuses: string[];
  unreadableDates: number[];
}

function readRows(document: RekindleDocument, table: ApplicationsTable, mapping: ColumnMapping): Reading {
  checkMapping(table, mapping);
  const existing = new Set(document.applications.map((application) => duplicateKey(application.company, application.role)));
  const firstRowOf = new Map<string, number>();
  const reading: Reading = { rows: [], incomplete: [], unknownStatuses: [], unreadableDates: [] };
  const unknown = new Set<string>();
  for (const { row, cells } of table.rows) {
    const cell = (column: number | null) => (column === null ? '' : (cells[column] ?? ''));
    const company = boundText(cell(mapping.company));
    const role = boundText(cell(mapping.role));
    if (company === '' || role === '') {
      reading.incomplete.push(row);
      continue;
    }
    const statusValue = boundText(cell(mapping.status));
    const status = statusFromValue(statusValue);
    if (status === null && statusValue !== '') unknown.add(statusValue);
    const ambiguousDates: string[] = [];
    let unreadable = false;
    const date = (column: number | null) => {
      const reading = readDate(cell(column));
      if (reading.ambiguous) ambiguousDates.push(cell(column).trim());
      if (reading.date === null && reading.unreadable) unreadable = true;
      return reading.date;
    };
    const appliedOn = date(mapping.appliedOn);
    const nextInterview = date(mapping.nextInterview);
    if (unreadable) reading.unreadableDates.push(row);
    const key = duplicateKey(company, role);
    const repeatsRow = firstRowOf.get(key);
    if (repeatsRow === undefined) firstRowOf.set(key, row);
    reading.rows.push({
      row,
      company,
      role,
      status: status ?? 'planned',
      statusValue,
      appliedOn,
      nextInterview,
      location: boundText(cell(mapping.location)),
      postingUrl: cleanWebUrl(cell(mapping.postingUrl)),
      notes: boundLongText(cell(mapping.notes)),
      ambiguousDates,
      state: existing.has(key) ? 'existing' : repeatsRow !== undefined ? 'repeated' : 'new',
      ...(repeatsRow !== undefined && !existing.has(key) ? { repeatsRow } : {}),
    });
  }
  reading.unknownStatuses = [...unknown].sort();
  return reading;
}

export function previewApplications(
  document: RekindleDocument,
  table: ApplicationsTable,
  mapping: ColumnMapping,
): Omit<ApplicationImportPreview, 'token' | 'fileName'> {
  const reading = readRows(document, table, mapping);
  const count = (state: ApplicationImportRow['state']) => reading.rows.filter((row) => row.state === state).length;
  return {
    header: table.header,
    mapping,
    rows: reading.rows.map(({ notes: _notes, ...row }) => row),
    newCount: count('new'),
    existingCount: count('existing'),
    repeatedCount: count('repeated'),
    incomplete: reading.incomplete,
    unknownStatuses: reading.unknownStatuses,
    unreadableDates: reading.unreadableDates,
  };
}

/** Adds every new row; repeats and applications already in Rekindle are skipped and counted. */
export function applyApplications(
  document: RekindleDocument,
  table: ApplicationsTable,
  mapping: ColumnMapping,
  context: ServiceContext,
): ApplicationImportResult & { document: RekindleDocument } {
  if (mapping.company === null || mapping.role === null) {
    throw new DomainError('invalid_input', 'Choose the columns that hold the company and the role.', [
      { path: mapping.company === null ? 'mapping.company' : 'mapping.role', code: 'required' },
    ]);
  }
  const reading = readRows(document, table, mapping);
  const stamp = context.now().toISOString();
  const added: Application[] = [];
  for (const row of reading.rows) {
    if (row.state !== 'new') continue;
    added.push(
      applicationSchema.parse({
        id: context.newId(),
        company: row.company,
        role: row.role,
        location: row.location,
        postingUrl: row.postingUrl,
        status: row.status,
        appliedOn: row.appliedOn,
        interviews: row.nextInterview ? [{ id: context.newId(), date: row.nextInterview, time: null, kind: 'other', note: '' }] : [],
        referenceCheckOn: null,
        contact: { name: '', role: '', email: '', phone: '' },
        notes: row.notes,
        createdAt: stamp,
        updatedAt: stamp,
      }),
    );
  }
  if (document.applications.length + added.length > LIMITS.records) {
    throw new DomainError('conflict', `Rekindle holds at most ${LIMITS.records} applications; this import would go past that.`);
  }
  const count = (state: ApplicationImportRow['state']) => reading.rows.filter((row) => row.state === state).length;
  return {
    document: { ...document, applications: [...document.applications, ...added] },
    added: added.length,
    existing: count('existing'),
    repeated: count('repeated'),
    incomplete: reading.incomplete.length,
  };
}
