import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { proposeMapping, readDate, statusFromValue } from '../../../main/services/application-columns';
import { applyApplications, previewApplications, readApplicationsTable } from '../../../main/services/import-applications';
import { MAX_UPLOAD_BYTES } from '../../../main/services/import-upload';
import type { ColumnMapping } from '../../../shared/ipc/application-import';
import { makeApplication, makeDocument, makeServiceContext } from '../../fixtures/documents';
import { fileBytes, refusal } from './upload-helpers';

async function fixture(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(new URL(`../../fixtures/imports/${name}`, import.meta.url)));
}

const header = (table: { header: string[] }, mapping: ColumnMapping) =>
  Object.fromEntries(Object.entries(mapping).map(([field, column]) => [field, column === null ? null : table.header[column]]));

describe('proposing a column mapping from the header', () => {
  it('maps a Huntr export by its own column names', async () => {
    const table = readApplicationsTable(await fixture('huntr-jobs.csv'));
    expect(header(table, proposeMapping(table.header))).toEqual({
      company: 'Company',
      role: 'Job Title',
      status: 'List',
      appliedOn: 'Date Applied',
      nextInterview: 'Next Interview',
      postingUrl: 'URL',
      location: 'Location',
      notes: 'Notes',
    });
  });

  it('maps a Teal export and a German spreadsheet, whatever the letter case', async () => {
    const teal = readApplicationsTable(await fixture('teal-job-tracker.csv'));
    expect(header(teal, proposeMapping(teal.header))).toMatchObject({ company: 'Company', role: 'Job Position', status: 'Status', postingUrl: 'Job URL' });
    const german = readApplicationsTable(await fixture('bewerbungen-de.csv'));
    expect(header(german, proposeMapping(german.header))).toEqual({
      company: 'Firma',
      role: 'Stelle',
      status: 'Stand',
      appliedOn: 'Beworben am',
      nextInterview: 'Nächstes Gespräch',
      postingUrl: 'Stellenanzeige',
      location: 'Ort',
      // "Bemerkung" is not a name Rekindle knows: the user chooses it in the mapping step.
      notes: null,
    });
    expect(proposeMapping(['ORGANIZATION', 'position', 'STAGE'])).toMatchObject({ company: 0, role: 1, status: 2 });
  });
});

describe('status and date values', () => {
  it('reads the statuses of Huntr, Teal and German sheets and knows when it does not know one', () => {
    expect(['Wishlist', 'Applied', 'Interview', 'Offer', 'Rejected'].map(statusFromValue)).toEqual(['planned', 'applied', 'interviewing', 'offer', 'rejected']);
    expect(['Bookmarked', 'Applying', 'Interviewing', 'Not Selected', 'I Withdrew'].map(statusFromValue)).toEqual([
      'planned',
      'planned',
      'interviewing',
      'rejected',
      'withdrawn',
    ]);
    expect(['beworben', 'Vorstellungsgespräch', 'Absage', 'Zusage'].map(statusFromValue)).toEqual(['applied', 'interviewing', 'rejected', 'offer']);
    expect(statusFromValue('On Hold')).toBeNull();
  });

  it('reads ISO, German and American dates and says when day and month could be swapped', () => {
    expect(readDate('2026-11-12T10:00:00Z')).toEqual({ date: '2026-11-12', ambiguous: false });
    expect(readDate('03.11.2026')).toEqual({ date: '2026-11-03', ambiguous: false });
    expect(readDate('9/18/2026')).toEqual({ date: '2026-09-18', ambiguous: false });
    expect(readDate('10/02/2026')).toEqual({ date: '2026-10-02', ambiguous: true });
    expect(readDate('31.02.2026')).toMatchObject({ date: null, unreadable: true });
    expect(readDate('next week')).toMatchObject({ date: null, unreadable: true });
  });
});

describe('previewing and importing applications', () => {
  it('skips a repeat within the file and one already in Rekindle, and says which is which', async () => {
    const table = readApplicationsTable(await fixture('huntr-jobs.csv'));
    const document = makeDocument({ applications: [makeApplication({ id: 'a1', company: 'contoso', role: 'ux researcher' })] });
    const preview = previewApplications(document, table, proposeMapping(table.header));
    expect(preview.rows.map((row) => [row.row, row.company, row.state])).toEqual([
      [2, 'Northwind Traders', 'new'],
      [3, 'Contoso', 'existing'],
      // A cell with a line break stays one row, as in a spreadsheet.
      [4, 'Fabrikam', 'new'],
      [5, 'Litware', 'new'],
      [6, 'Adatum', 'new'],
      [7, 'NORTHWIND TRADERS', 'repeated'],
    ]);
    expect(preview.rows[5]?.repeatsRow).toBe(2);
    expect({ new: preview.newCount, existing: preview.existingCount, repeated: preview.repeatedCount }).toEqual({ new: 4, existing: 1, repeated: 1 });

    const result = applyApplications(document, table, proposeMapping(table.header), makeServiceContext());
    expect(result).toMatchObject({ added: 4, existing: 1, repeated: 1, incomplete: 0 });
    expect(result.document.applications.map((application) => application.company)).toEqual(['contoso', 'Northwind Traders', 'Fabrikam', 'Litware', 'Adatum']);
  });

  it('imports every field and neutralises a formula cell', async () => {
    const table = readApplicationsTable(await fixture('huntr-jobs.csv'));
    const { document } = applyApplications(makeDocument(), table, proposeMapping(table.header), makeServiceContext());
    const [northwind, contoso, , , adatum] = document.applications;
    expect(northwind).toMatchObject({
      company: 'Northwind Traders',
      role: 'Product Designer',
      status: 'applied',
      appliedOn: '2026-10-03',
      location: 'Hamburg',
      postingUrl: 'https://jobs.northwind.example/123',
      notes: 'Referred by Maria',
      interviews: [],
    });
    expect(contoso?.notes).toBe('Second round with the team lead\nbring the portfolio');
    expect(contoso?.interviews).toMatchObject([{ date: '2026-11-12', time: null }]);
    expect(adatum).toMatchObject({ status: 'rejected', notes: 'HYPERLINK("http://evil.example")' });
  });

  it('turns unknown statuses into planned and names them, and names ambiguous and unreadable dates', async () => {
    const table = readApplicationsTable(await fixture('teal-job-tracker.csv'));
    const preview = previewApplications(makeDocument(), table, proposeMapping(table.header));
    expect(preview.unknownStatuses).toEqual(['On Hold']);
    expect(preview.rows.find((row) => row.company === 'Lucerne Publishing')?.status).toBe('planned');
    expect(preview.unreadableDates).toEqual([7]);
    const mapping = { ...proposeMapping(table.header), appliedOn: table.header.indexOf('Date Saved') };
    const saved = previewApplications(makeDocument(), table, mapping);
    expect(saved.rows[0]).toMatchObject({ appliedOn: '2026-10-02', ambiguousDates: ['10/02/2026'] });
  });

  it('reads a semicolon-separated German sheet through a changed mapping and counts the row without a company', async () => {
    const table = readApplicationsTable(await fixture('bewerbungen-de.csv'));
    const mapping = { ...proposeMapping(table.header), notes: table.header.indexOf('Bemerkung') };
    const preview = previewApplications(makeDocument(), table, mapping);
    expect(preview.incomplete).toEqual([6]);
    expect(preview.rows.map((row) => [row.company, row.status, row.appliedOn])).toEqual([
      ['Bäckerei Groß GmbH', 'applied', '2026-11-03'],
      ['Stadtwerke Nord', 'interviewing', '2026-10-15'],
      ['Müller & Söhne KG', 'rejected', '2026-09-01'],
      ['Ökostrom AG', 'planned', null],
    ]);
    const { document } = applyApplications(makeDocument(), table, mapping, makeServiceContext());
    expect(document.applications.map((application) => application.notes)).toEqual([
      'Kontakt über Messe',
      'Zweites Gespräch vor Ort',
      'SUM(A1:A9)',
      'Frist 30.11.',
    ]);
  });

  it('refuses a mapping without company or role, or naming a column the file lacks', async () => {
    const table = readApplicationsTable(await fixture('bewerbungen-de.csv'));
    const document = makeDocument();
    expect(refusal(() => applyApplications(document, table, { ...proposeMapping(table.header), role: null }, makeServiceContext()))).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'mapping.role', code: 'required' }],
    });
    expect(refusal(() => previewApplications(document, table, { ...proposeMapping(table.header), notes: 40 }))).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'mapping.notes', code: 'out_of_range' }],
    });
  });
});

describe('files that are not a list of applications', () => {
  it('refuses a file too large, a binary file, a cut-off file, and a wrong or missing header, each with its reason', () => {
    expect(refusal(() => readApplicationsTable(new Uint8Array(MAX_UPLOAD_BYTES + 1))).code).toBe('file_too_large');
    expect(refusal(() => readApplicationsTable(Uint8Array.from([0x43, 0x6f, 0, 0x6d])))).toMatchObject({ code: 'unreadable_file' });
    expect(refusal(() => readApplicationsTable(fileBytes('Company,Role,Notes\nContoso,Designer,"Started writing and')))).toMatchObject({
      code: 'unreadable_file',
      issues: [{ code: 'truncated' }],
    });
    expect(refusal(() => readApplicationsTable(fileBytes('First Name,Last Name,Email\nAda,Lovelace,ada@example.com')))).toMatchObject({
      code: 'unreadable_file',
      issues: [{ path: 'header', code: 'unknown_applications_header' }],
    });
    expect(refusal(() => readApplicationsTable(fileBytes(',,\nContoso,Designer,')))).toMatchObject({ issues: [{ code: 'missing_header' }] });
    expect(refusal(() => readApplicationsTable(fileBytes('')))).toMatchObject({ issues: [{ code: 'missing_header' }] });
  });
});
