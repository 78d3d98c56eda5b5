// Reference sheets as PDF and Word files, where the dialog said.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../main/services/context';
import { exportReferenceSheet } from '../../../../main/services/document-exports';
import { makeReference } from '../../../fixtures/documents';
import { docxParagraphs, pdfPages, run } from '../../exports/read-back';
import { folder, harness, intoFolder, sampleDocument, flat, useExportFolder } from './export-harness';

useExportFolder();

describe('exporting a reference sheet', () => {
  it('writes a PDF where the dialog said, offering "References – Acme – Jane Doe.pdf", with the people in the chosen order', async () => {
    const { environment, offers } = harness((name) => intoFolder(name));
    const result = await exportReferenceSheet(
      sampleDocument(),
      { applicationId: 'app-acme', referenceIds: ['ref-wang', 'ref-lukasz', 'ref-eleni'], language: 'en', format: 'pdf' },
      environment,
    );

    expect(offers).toHaveLength(1);
    expect(offers[0]!.defaultName).toBe('References – Acme – Jane Doe.pdf');
    expect(offers[0]!.filters[0]!.extensions).toEqual(['pdf']);
    expect(result.savedTo).toBe(intoFolder('References – Acme – Jane Doe.pdf'));

    const text = flat(await pdfPages(new Uint8Array(await readFile(result.savedTo!))));
    expect(text).toContain('Jane Doe');
    const positions = ['王小明', 'Łukasz Żółć', 'Ελένη Παπαδοπούλου'].map((name) => text.indexOf(name));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('Former manager at ACME, 2018–2022');
  });

  it('prints a name written right to left with its words apart and in reading order', async () => {
    const { environment } = harness((name) => intoFolder(name));
    const document = sampleDocument();
    document.references.push(makeReference({ id: 'ref-fatima', rank: 3, name: 'فاطمة الزهراء', currentTitle: 'Senior Designer' }));
    const result = await exportReferenceSheet(document, { applicationId: null, referenceIds: ['ref-fatima', 'ref-lukasz'], language: 'en', format: 'pdf' }, environment);
    // poppler puts a right-to-left line back into reading order, as a reader's viewer would.
    const { stdout } = await run('pdftotext', [result.savedTo!, '-']);
    const lines = stdout.replace(/[\u202A-\u202E]/g, '').split('\n');
    expect(lines).toContain('فاطمة الزهراء');
    expect(lines).toContain('Senior Designer');
    expect(lines).toContain('Łukasz Żółć');
  });

  it('writes a Word file in German whose paragraphs name the people in order', async () => {
    const { environment, offers } = harness((name) => intoFolder(name));
    const result = await exportReferenceSheet(
      sampleDocument(),
      { applicationId: 'app-acme', referenceIds: ['ref-eleni', 'ref-lukasz'], language: 'de', format: 'docx' },
      environment,
    );

    expect(offers[0]!.defaultName).toBe('Referenzen – Acme – Jane Doe.docx');
    expect(offers[0]!.filters[0]!.extensions).toEqual(['docx']);
    const paragraphs = docxParagraphs(new Uint8Array(await readFile(result.savedTo!)));
    expect(paragraphs).toContain('Referenzen');
    const eleni = paragraphs.indexOf('Ελένη Παπαδοπούλου');
    const lukasz = paragraphs.indexOf('Łukasz Żółć');
    expect(eleni).toBeGreaterThanOrEqual(0);
    expect(lukasz).toBeGreaterThan(eleni);
    expect(paragraphs).not.toContain('王小明');
  });

  it('offers a file name without the characters Windows forbids when the company has them', async () => {
    const { environment, offers } = harness((name) => intoFolder(name));
    const result = await exportReferenceSheet(
      sampleDocument(),
      { applicationId: 'app-slash', referenceIds: ['ref-lukasz'], language: 'en', format: 'pdf' },
      environment,
    );
    const offered = offers[0]!.defaultName;
    expect(offered).not.toMatch(/[<>:"/\\|?*]/);
    expect(offered.startsWith('References – Foo Bar')).toBe(true);
    expect(offered.endsWith(' – Jane Doe.pdf')).toBe(true);
    expect(existsSync(result.savedTo!)).toBe(true);
  });

  it('leaves the company out of the name for a sheet for the search in general', async () => {
    const { environment, offers } = harness((name) => intoFolder(name));
    await exportReferenceSheet(sampleDocument(), { applicationId: null, referenceIds: ['ref-lukasz'], language: 'en', format: 'docx' }, environment);
    expect(offers[0]!.defaultName).toBe('References – Jane Doe.docx');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { environment, offers } = harness(() => null);
    const result = await exportReferenceSheet(
      sampleDocument(),
      { applicationId: 'app-acme', referenceIds: ['ref-lukasz'], language: 'en', format: 'pdf' },
      environment,
    );
    expect(result).toEqual({ savedTo: null });
    expect(offers).toHaveLength(1);
    expect(await readdir(folder)).toEqual([]);
  });

  it('answers not_found for a person or an application that no longer exists, before asking where to save', async () => {
    const { environment, offers } = harness((name) => intoFolder(name));
    const document = sampleDocument();
    await expect(
      exportReferenceSheet(document, { applicationId: null, referenceIds: ['ref-lukasz', 'ref-gone'], language: 'en', format: 'pdf' }, environment),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      exportReferenceSheet(document, { applicationId: 'app-gone', referenceIds: ['ref-lukasz'], language: 'en', format: 'pdf' }, environment),
    ).rejects.toBeInstanceOf(DomainError);
    expect(offers).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
  });
});
