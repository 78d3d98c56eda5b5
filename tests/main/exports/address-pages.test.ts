import { describe, expect, it } from 'vitest';
import type { NotePrompt } from '../../../shared/drafts/types';
import type { PostalAddress } from '../../../shared/schema/person';
import { defaultResourcesDir } from '../../../main/exports/fonts';
import { renderNotePromptsPdf } from '../../../main/exports/note-prompts-pdf';
import { pdfPageSizes, pdftotextPages } from './read-back';

const resourcesDir = defaultResourcesDir();
const MM = 72 / 25.4;

const prompt: NotePrompt = {
  recipient: 'Maria Schäfer',
  title: 'Thank-you note for Maria Schäfer',
  sections: [{ key: 'outcome', label: 'The outcome', text: 'Initech offered me the role.' }],
};

const address = (fields: Partial<PostalAddress>): PostalAddress => ({ street: [], postcode: '', city: '', region: '', country: '', ...fields });

const recipients = [
  { name: 'Maria Schäfer', address: address({ street: ['Hafenstraße 12', 'Aufgang B'], postcode: '20457', city: 'Hamburg' }) },
  { name: 'Dr. Ελένη Παπαδοπούλου', address: address({ street: ['Λεωφόρος Κηφισίας 44'], postcode: '151 25', city: 'Μαρούσι', country: 'Greece' }) },
  { name: 'Sam Carter', address: address({ street: ['1600 Amphitheatre Pkwy'], city: 'Mountain View', region: 'CA', postcode: '94043', country: 'USA' }) },
  { name: '王小明', address: address({ street: ['世纪大道 100号'], postcode: '200120', city: '上海市', region: '上海', country: '中国' }) },
];

/** The lines of a page as pdftotext reads them, trimmed, blank ones dropped. */
function lines(page: string): string[] {
  return page
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

describe('address pages after the note prompts', () => {
  it('prints a page of labels with every address exact, in the order its country writes it', async () => {
    const pdf = await renderNotePromptsPdf([prompt], { paperSize: 'A4', resourcesDir, language: 'en', addresses: { pages: 'labels', recipients } });
    const pages = await pdftotextPages(pdf);
    expect(pages).toHaveLength(2);
    // pdftotext -layout sets the three labels of a row side by side: read each label's column.
    const text = lines(pages[1]!).join('\n');
    for (const expected of [
      'Maria Schäfer',
      'Hafenstraße 12',
      'Aufgang B',
      '20457 Hamburg',
      'Λεωφόρος Κηφισίας 44',
      '151 25 Μαρούσι',
      'GREECE',
      '1600 Amphitheatre Pkwy',
      'Mountain View, CA 94043',
      'USA',
      '200120',
      '上海市世纪大道 100号',
      '王小明',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.indexOf('Hafenstraße 12')).toBeLessThan(text.indexOf('20457 Hamburg'));
  });

  it('puts one envelope per person on a DL or C6 page', async () => {
    for (const [pages, width, height] of [
      ['envelope_dl', 220, 110],
      ['envelope_c6', 162, 114],
    ] as const) {
      const pdf = await renderNotePromptsPdf([prompt], { paperSize: 'A4', resourcesDir, language: 'de', addresses: { pages, recipients } });
      const sizes = await pdfPageSizes(pdf);
      expect(sizes).toHaveLength(1 + recipients.length);
      for (const size of sizes.slice(1)) expect(size).toEqual({ width: Math.round(width * MM), height: Math.round(height * MM) });
      const envelopes = await pdftotextPages(pdf);
      expect(lines(envelopes[1]!)).toEqual(['Maria Schäfer', 'Hafenstraße 12', 'Aufgang B', '20457 Hamburg']);
      expect(lines(envelopes[4]!)).toEqual(['中国', '200120', '上海市世纪大道 100号', '王小明']);
    }
  });

  it('adds no page when nobody chosen has an address', async () => {
    const pdf = await renderNotePromptsPdf([prompt], { paperSize: 'Letter', resourcesDir, language: 'en', addresses: { pages: 'labels', recipients: [] } });
    expect(await pdfPageSizes(pdf)).toHaveLength(1);
  });
});
