// Spreadsheet exports.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../../main/services/document-exports';
import { makeDocument, makeReference } from '../../../fixtures/documents';
import { harness, intoFolder, sampleDocument, useExportFolder } from './export-harness';

useExportFolder();

describe('spreadsheet export', () => {
  it('writes the people as CSV with formula-looking and quoted cells escaped', async () => {
    const { environment, offers } = harness((name) => intoFolder(name));
    const document = makeDocument({
      references: [makeReference({ name: '=HYPERLINK("https://evil.example")', organisation: 'Müller, "Söhne" & Co', notes: 'line one\nline two' })],
    });
    const result = await exportCsv(document, { kind: 'people', language: 'en' }, environment);
    expect(offers[0]!.defaultName).toBe('People – 2026-11-28.csv');
    const text = await readFile(result.savedTo!, 'utf8');
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(2);
    const header = rows[0]!;
    const row = rows[1]!;
    expect(row[header.indexOf('Name')]).toBe(`'=HYPERLINK("https://evil.example")`);
    expect(row[header.indexOf('Organisation')]).toBe('Müller, "Söhne" & Co');
    expect(row[header.indexOf('Notes')]).toBe('line one\nline two');
  });

  it('names the applications file in German when the language is German', async () => {
    const { environment, offers } = harness((name) => intoFolder(name));
    const result = await exportCsv(sampleDocument(), { kind: 'applications', language: 'de' }, environment);
    expect(offers[0]!.defaultName).toBe('Bewerbungen – 2026-11-28.csv');
    const text = await readFile(result.savedTo!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('Unternehmen');
    expect(text).toContain('Acme');
  });
});
