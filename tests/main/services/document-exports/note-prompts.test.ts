// Note prompts: printed through a temp file, or saved.
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportNotePrompts } from '../../../../main/services/document-exports';
import { makeRequest } from '../../../fixtures/documents';
import { pdfPages } from '../../exports/read-back';
import { harness, intoFolder, sampleDocument, flat, useExportFolder } from './export-harness';

useExportFolder();

describe('note prompts', () => {
  it('prints by writing a PDF into the temp folder and opening it, without asking where to save', async () => {
    const { environment, offers, opened, printDir } = harness((name) => intoFolder(name));
    await mkdir(printDir);
    const result = await exportNotePrompts(
      sampleDocument(),
      { requestIds: ['req-thanks-1', 'req-thanks-2'], language: 'en', action: 'print' },
      environment,
    );
    expect(offers).toEqual([]);
    expect(result.savedTo).not.toBeNull();
    expect(dirname(result.savedTo!)).toBe(printDir);
    expect(basename(result.savedTo!)).toBe('Thank-you notes – 2026-11-28.pdf');
    expect(opened).toEqual([result.savedTo]);
    const text = flat(await pdfPages(new Uint8Array(await readFile(result.savedTo!))));
    expect(text).toContain('Ελένη Παπαδοπούλου');
    expect(text).toContain('王小明');
  });

  it('saves where the dialog said when asked to save, and opens nothing', async () => {
    const { environment, offers, opened } = harness((name) => intoFolder(name));
    const result = await exportNotePrompts(sampleDocument(), { requestIds: ['req-thanks-1'], language: 'de', action: 'save' }, environment);
    expect(offers[0]!.defaultName).toBe('Dankeskarten – 2026-11-28.pdf');
    expect(result.savedTo).toBe(intoFolder('Dankeskarten – 2026-11-28.pdf'));
    expect(opened).toEqual([]);
    const text = flat(await pdfPages(new Uint8Array(await readFile(result.savedTo!))));
    expect(text).toContain('Ελένη Παπαδοπούλου');
  });

  it('adds one address label per person who has an address, after the cards', async () => {
    const { environment } = harness((name) => intoFolder(name));
    const document = sampleDocument();
    document.references = document.references.map((person) =>
      person.id === 'ref-eleni'
        ? { ...person, postalAddress: { street: ['Λεωφόρος Κηφισίας 44'], postcode: '151 25', city: 'Μαρούσι', region: '', country: 'Greece' } }
        : person,
    );
    document.requests.push(makeRequest({ id: 'req-thanks-3', referenceId: 'ref-eleni', applicationId: null, stage: 'thanks' }));
    const result = await exportNotePrompts(
      document,
      { requestIds: ['req-thanks-1', 'req-thanks-2', 'req-thanks-3'], language: 'en', action: 'save', addresses: 'labels' },
      environment,
    );
    const pages = await pdfPages(new Uint8Array(await readFile(result.savedTo!)));
    expect(pages).toHaveLength(3);
    const labels = pages[2]!;
    expect(labels).toContain('151 25 Μαρούσι');
    expect(labels.match(/Λεωφόρος Κηφισίας 44/g)).toHaveLength(1);
    expect(labels).not.toContain('王小明');
  });

  it('answers not_found for an unknown request and opens nothing', async () => {
    const { environment, opened } = harness((name) => intoFolder(name));
    await expect(
      exportNotePrompts(sampleDocument(), { requestIds: ['req-thanks-1', 'req-gone'], language: 'en', action: 'print' }, environment),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(opened).toEqual([]);
  });
});
