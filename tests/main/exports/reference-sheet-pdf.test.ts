import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { emptyDocument } from '../../../shared/schema/document';
import { defaultResourcesDir } from '../../../main/exports/fonts';
import { renderReferenceSheetPdf } from '../../../main/exports/reference-sheet-pdf';
import { buildReferenceSheetModel, type ReferenceSheetModel } from '../../../main/exports/sheet-model';
import { fivePeople, manyPeople, person, profile, TODAY } from './fixtures';
import { pdfFonts, pdfPageCount, pdfPages, pdfPageSizes, pdftotextPages } from './read-back';

const resourcesDir = defaultResourcesDir();

function sheet(references = fivePeople(), language: 'en' | 'de' = 'en', sheetProfile = profile): ReferenceSheetModel {
  return buildReferenceSheetModel({ profile: sheetProfile, references, language, today: TODAY });
}

function linesOf(page: string): string[] {
  return page.split('\n').map((line) => line.trim());
}

describe('reference sheet PDF', () => {
  it('prints every entry in order, with names in Polish, Greek, Cyrillic and Chinese exactly as written', async () => {
    const people = fivePeople();
    const pages = await pdfPages(await renderReferenceSheetPdf(sheet(people), { paperSize: 'A4', resourcesDir }));
    const lines = linesOf(pages.join('\n'));
    expect(lines.slice(0, 3)).toEqual(['Jane Doe', 'Berlin · +49 30 1234 5678 · jane.doe@example.com', 'References']);
    const positions = people.map((p) => lines.indexOf(p.name));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const name of ['Łukasz Żółć', 'Ελένη Παπαδοπούλου', 'Анна Иванова', '王小明']) expect(lines).toContain(name);
    expect(lines).toContain('上海星辰科技有限公司');
    expect(lines).toContain('Former manager at ACME, 2019–2022');
  });

  it('reads back whole after other documents were made in the same process (the fonts are parsed once)', async () => {
    // DejaVu draws Ŵ and Ẑ from the glyphs of W and Z: a sheet that names only the accented
    // letters puts the plain ones in its font subset without laying them out. The next
    // sheet's W and Z must still read back, as a viewer copies and searches them (Poppler).
    const options = { paperSize: 'A4' as const, resourcesDir };
    const accented = person({ name: 'Ŵ Ẑ', currentTitle: '', organisation: '', workedAt: '', email: '', phone: '' });
    const between = (await pdftotextPages(await renderReferenceSheetPdf(sheet([accented]), options))).join('\n');
    expect(between).toContain('Ŵ');
    expect(between).toContain('Ẑ');
    const plain = person({ name: 'Wanda Zorn', currentTitle: 'Zoning Writer', organisation: 'Wiesbaden Zoo' });
    const next = (await pdftotextPages(await renderReferenceSheetPdf(sheet([plain, ...fivePeople()]), options))).join('\n');
    for (const text of ['Wanda Zorn', 'Zoning Writer', 'Wiesbaden Zoo', ...fivePeople().map((entry) => entry.name)]) expect(next).toContain(text);
  });

  it('fits five people on one page', async () => {
    for (const paperSize of ['A4', 'Letter'] as const) {
      const pdf = await renderReferenceSheetPdf(sheet(fivePeople(), 'de'), { paperSize, resourcesDir });
      expect(await pdfPageCount(pdf)).toBe(1);
    }
  });

  it('embeds every font as a subset, the CJK font included', async () => {
    const fonts = await pdfFonts(await renderReferenceSheetPdf(sheet(), { paperSize: 'A4', resourcesDir }));
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    expect(fonts.some((font) => font.name.includes('NotoSansSC'))).toBe(true);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, subset: true });
    }
  });

  it('leaves the CJK font out when no one needs it', async () => {
    const latinOnly = fivePeople().filter((p) => p.name !== '王小明');
    const fonts = await pdfFonts(await renderReferenceSheetPdf(sheet(latinOnly), { paperSize: 'A4', resourcesDir }));
    expect(fonts.map((font) => font.name).join(' ')).not.toContain('NotoSansSC');
  });

  it('moves an entry to the next page whole rather than splitting it', async () => {
    const people = manyPeople(12);
    const model = sheet(people);
    const pages = (await pdfPages(await renderReferenceSheetPdf(model, { paperSize: 'Letter', resourcesDir }))).map(linesOf);
    expect(pages.length).toBeGreaterThan(1);
    model.entries.forEach((entry) => {
      const page = pages.findIndex((lines) => lines.includes(entry.name));
      expect(page, entry.name).toBeGreaterThanOrEqual(0);
      const onPage = pages[page]!.join('\n');
      expect(onPage, entry.name).toContain(entry.email);
      expect(onPage, entry.name).toContain(entry.phone);
      expect(pages[page], entry.name).toContain(entry.relationship);
    });
  });

  it('uses the chosen paper size', async () => {
    const a4 = await pdfPageSizes(await renderReferenceSheetPdf(sheet(), { paperSize: 'A4', resourcesDir }));
    const letter = await pdfPageSizes(await renderReferenceSheetPdf(sheet(), { paperSize: 'Letter', resourcesDir }));
    expect(a4).toEqual([{ width: 595, height: 842 }]);
    expect(letter).toEqual([{ width: 612, height: 792 }]);
  });

  it('names the document and its author in the metadata', async () => {
    const pdf = await renderReferenceSheetPdf(sheet(fivePeople(), 'de'), { paperSize: 'A4', resourcesDir });
    const document = await getDocument({ data: pdf, useSystemFonts: false, disableFontFace: true }).promise;
    const info = (await document.getMetadata()).info as Record<string, unknown>;
    await document.destroy();
    expect(info.Title).toBe('Referenzen – Jane Doe');
    expect(info.Author).toBe('Jane Doe');
  });

  it('wraps long values inside the margins instead of cutting them off', async () => {
    const organisation = 'Internationale Gesellschaft für außergewöhnlich lange Firmennamen und deren Verwaltung mbH & Co. KG, Niederlassung Süd';
    const model = sheet([person({ name: 'Anna Smith', organisation })]);
    const pdf = await renderReferenceSheetPdf(model, { paperSize: 'A4', resourcesDir });
    const document = await getDocument({ data: pdf.slice(), useSystemFonts: false, disableFontFace: true }).promise;
    const page = await document.getPage(1);
    const content = await page.getTextContent();
    const pageWidth = page.view[2] ?? 0;
    await document.destroy();
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const left = item.transform[4] as number;
      expect(left + item.width, item.str).toBeLessThanOrEqual(pageWidth - 50);
    }
    const text = (await pdfPages(pdf)).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain(organisation);
  });

  it('still makes a readable file from control characters, 10 KB values, an empty profile and a missing email', async () => {
    const huge = 'Notes about our work together. '.repeat(330);
    const model = buildReferenceSheetModel({
      profile: emptyDocument().profile,
      references: [
        person({ name: 'Anna\u0000 Smith\u0007', email: '', currentTitle: huge, organisation: 'Acme\u001B Corp' }),
        person({ name: 'Bob Jones', phone: '' }),
      ],
      language: 'en',
      today: TODAY,
    });
    const pdf = await renderReferenceSheetPdf(model, { paperSize: 'A4', resourcesDir });
    const text = (await pdfPages(pdf)).join('\n');
    expect(text).toContain('Anna Smith');
    expect(text).toContain('Acme Corp');
    expect(text).toContain('Bob Jones');
    expect(text).not.toContain('undefined');
    expect(text.startsWith('References')).toBe(true);
  });

  it('flows an entry taller than a page over several pages without losing text', async () => {
    const words = Array.from({ length: 1500 }, (_, index) => `word${index}`).join(' ');
    const model: ReferenceSheetModel = {
      ...sheet([]),
      entries: [{ name: 'Anna Smith', currentTitle: words, organisation: '', phone: '', email: '', relationship: '' }],
    };
    const pages = await pdfPages(await renderReferenceSheetPdf(model, { paperSize: 'A4', resourcesDir }));
    expect(pages.length).toBeGreaterThan(1);
    const flowed = pages.join(' ').replace(/\s+/g, ' ');
    expect(flowed).toContain('word0 word1 word2');
    expect(flowed).toContain('word1498 word1499');
  });

  it('heads every page after the first with the candidate’s name and "Page N of M", in English and German', async () => {
    for (const [language, label, pageOf] of [
      ['en', 'Jane Doe · References', (n: number, m: number) => `Page ${n} of ${m}`],
      ['de', 'Jane Doe · Referenzen', (n: number, m: number) => `Seite ${n} von ${m}`],
    ] as const) {
      const pages = await pdftotextPages(await renderReferenceSheetPdf(sheet(manyPeople(12), language), { paperSize: 'A4', resourcesDir }));
      expect(pages.length, language).toBeGreaterThanOrEqual(2);
      expect(pages[0], language).not.toContain(label);
      expect(pages[0], language).not.toMatch(/(Page|Seite) 1 /);
      pages.slice(1).forEach((page, index) => {
        expect(page, `${language} page ${index + 2}`).toContain(label);
        expect(page, `${language} page ${index + 2}`).toContain(pageOf(index + 2, pages.length));
      });
    }
  });

  it('keeps a one-page sheet free of page numbers', async () => {
    const [page] = await pdftotextPages(await renderReferenceSheetPdf(sheet(), { paperSize: 'A4', resourcesDir }));
    expect(page).not.toMatch(/Page \d/);
  });

  it('prints the "as of" date under the title only when asked', async () => {
    const dated = buildReferenceSheetModel({ profile, references: fivePeople(), language: 'de', today: TODAY, asOf: true });
    const dateless = sheet(fivePeople(), 'de');
    const [withDate] = await pdftotextPages(await renderReferenceSheetPdf(dated, { paperSize: 'A4', resourcesDir }));
    const [withoutDate] = await pdftotextPages(await renderReferenceSheetPdf(dateless, { paperSize: 'A4', resourcesDir }));
    expect(withDate).toContain('Stand: 28. November 2026');
    expect(withoutDate).not.toContain('Stand:');
  });

  it('says "Manager at Siemens since 2019" beside the person’s current title while they still work there', async () => {
    const boss = person({
      name: 'Sabine Müller',
      relationship: 'manager',
      workedAt: 'Siemens',
      organisation: 'Siemens',
      workedFrom: 2019,
      workedTo: null,
      currentTitle: 'Head of Engineering',
    });
    const lines = linesOf((await pdfPages(await renderReferenceSheetPdf(sheet([boss]), { paperSize: 'A4', resourcesDir }))).join('\n'));
    expect(lines).toContain('Manager at Siemens since 2019');
    expect(lines).toContain('Head of Engineering');
  });
});
