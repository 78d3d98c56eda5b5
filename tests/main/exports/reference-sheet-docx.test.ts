import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../shared/schema/document';
import { defaultResourcesDir } from '../../../main/exports/fonts';
import { renderReferenceSheetDocx } from '../../../main/exports/reference-sheet-docx';
import { buildReferenceSheetModel } from '../../../main/exports/sheet-model';
import { fivePeople, manyPeople, person, profile, TODAY } from './fixtures';
import {
  docxDocumentXml,
  docxFileNames,
  docxParagraphs,
  docxPart,
  docxStylesXml,
  libreOfficePdfs,
  pdfFonts,
  pdftotextPages,
  run,
} from './read-back';

const resourcesDir = defaultResourcesDir();

function sheet(references = fivePeople(), language: 'en' | 'de' = 'en') {
  return buildReferenceSheetModel({ profile, references, language, today: TODAY });
}

// Paragraph XML of the document body, in order.
function paragraphXml(bytes: Uint8Array): string[] {
  return docxDocumentXml(bytes).match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
}

describe('reference sheet DOCX', () => {
  it('holds the header, the title and every entry in order, names exactly as written', async () => {
    const people = fivePeople();
    const paragraphs = docxParagraphs(await renderReferenceSheetDocx(sheet(people, 'de'), { paperSize: 'A4', resourcesDir }));
    expect(paragraphs.slice(0, 3)).toEqual(['Jane Doe', 'Berlin   ·   +49 30 1234 5678   ·   jane.doe@example.com', 'Referenzen']);
    const positions = people.map((p) => paragraphs.indexOf(p.name));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(paragraphs).toContain('Ehemaliger Vorgesetzter bei ACME, 2019–2022');
    expect(paragraphs).toContain('+86 21 5555 0104   ·   wang.xiaoming@example.cn');
  });

  it('declares a Latin and an East Asian font', async () => {
    const styles = docxStylesXml(await renderReferenceSheetDocx(sheet(), { paperSize: 'A4', resourcesDir }));
    const fonts = /<w:rFonts [^>]*>/.exec(styles)?.[0] ?? '';
    expect(fonts).toMatch(/w:ascii="[^"]+"/);
    expect(fonts).toMatch(/w:eastAsia="[^"]+"/);
  });

  it('keeps the lines of each entry together and with each other', async () => {
    const model = sheet();
    const xml = paragraphXml(await renderReferenceSheetDocx(model, { paperSize: 'A4', resourcesDir }));
    const text = (paragraph: string) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    for (const entry of model.entries) {
      const first = xml.findIndex((paragraph) => text(paragraph) === entry.name);
      const last = xml.findIndex((paragraph) => text(paragraph) === entry.relationship);
      expect(last).toBeGreaterThan(first);
      for (const paragraph of xml.slice(first, last)) expect(paragraph).toContain('<w:keepNext/>');
      for (const paragraph of xml.slice(first, last + 1)) expect(paragraph).toContain('<w:keepLines/>');
    }
  });

  it('says "Manager at Siemens since 2019" beside the person’s current title while they still work there', async () => {
    const boss = person({ name: 'Sabine Müller', relationship: 'manager', workedAt: 'Siemens', organisation: 'Siemens', workedFrom: 2019, workedTo: null, currentTitle: 'Head of Engineering' });
    const paragraphs = docxParagraphs(await renderReferenceSheetDocx(sheet([boss]), { paperSize: 'A4', resourcesDir }));
    expect(paragraphs).toContain('Manager at Siemens since 2019');
    expect(paragraphs).toContain('Head of Engineering');
  });

  it('uses the chosen paper size', async () => {
    const a4 = docxDocumentXml(await renderReferenceSheetDocx(sheet(), { paperSize: 'A4', resourcesDir }));
    const letter = docxDocumentXml(await renderReferenceSheetDocx(sheet(), { paperSize: 'Letter', resourcesDir }));
    expect(a4).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(letter).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });

  it('writes no line feeds inside text runs and no characters XML forbids', async () => {
    const model = buildReferenceSheetModel({
      profile: { ...profile, name: 'Jane\u0000\nDoe' },
      references: [person({ name: 'Anna\u0008 Smith', currentTitle: 'Lead\r\nDesigner\u001F', email: '' })],
      language: 'en',
      today: TODAY,
    });
    const xml = docxDocumentXml(await renderReferenceSheetDocx(model, { paperSize: 'A4', resourcesDir }));
    const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '');
    expect(runs).toContain('Jane Doe');
    expect(runs).toContain('Anna Smith');
    expect(runs).toContain('Lead Designer');
    expect(runs.join('')).not.toMatch(/[\u0000-\u001F]/);
    expect(xml).not.toContain('undefined');
  });

  it('opens in LibreOffice, which reads back the entries, even from an empty profile and odd input', async () => {
    const model = buildReferenceSheetModel({
      profile: emptyDocument().profile,
      references: [
        ...fivePeople(),
        person({ name: 'Bob\u0001 Jones', email: '', notes: 'x'.repeat(10_000), currentTitle: 'Engineer\u0007' }),
      ],
      language: 'de',
      today: TODAY,
    });
    const folder = await mkdtemp(join(tmpdir(), 'rekindle-docx-'));
    try {
      const file = join(folder, 'Referenzen.docx');
      await writeFile(file, await renderReferenceSheetDocx(model, { paperSize: 'Letter', resourcesDir }));
      await run(
        'soffice',
        [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, file],
        { timeout: 120_000 },
      );
      const pdf = join(folder, 'Referenzen.pdf');
      await run('pdftotext', ['-layout', pdf, join(folder, 'out.txt')]);
      const text = await readFile(join(folder, 'out.txt'), 'utf8');
      for (const name of ['Łukasz Żółć', 'Ελένη Παπαδοπούλου', 'Анна Иванова', '王小明', 'Bob Jones']) {
        expect(text).toContain(name);
      }
      expect(text).toContain('Referenzen');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 130_000);
});

/** Polish, Greek, Chinese, Korean and Arabic names: every script a sheet must carry. */
function worldPeople() {
  return [
    person({ name: 'Łukasz Żółć', organisation: 'Wrocław Labs' }),
    person({ name: 'Ελένη Παπαδοπούλου', organisation: 'Aegean Systems' }),
    person({ name: '王小明', organisation: '上海星辰科技有限公司' }),
    person({ name: '김민준', organisation: '서울테크', currentTitle: '팀장' }),
    person({ name: 'فاطمة الزهراء', organisation: 'Cairo Works' }),
  ];
}

function fontTableEntries(bytes: Uint8Array): Map<string, string> {
  const xml = docxPart(bytes, 'word/fontTable.xml');
  const fonts = new Map<string, string>();
  for (const match of xml.matchAll(/<w:font w:name="([^"]+)"[^>]*>([\s\S]*?)<\/w:font>/g)) fonts.set(match[1]!, match[2]!);
  return fonts;
}

describe('fonts in the reference sheet DOCX', () => {
  it('embeds the Latin, Chinese and Korean faces, bold where names are bold, when the names need them', async () => {
    const bytes = await renderReferenceSheetDocx(sheet(worldPeople()), { paperSize: 'A4', resourcesDir });
    const fonts = fontTableEntries(bytes);
    for (const family of ['DejaVu Sans', 'Noto Sans SC', 'Noto Sans KR']) {
      expect(fonts.get(family), family).toMatch(/<w:embedRegular [^>]*r:id="[^"]+"/);
      expect(fonts.get(family), family).toMatch(/<w:embedBold [^>]*r:id="[^"]+"/);
    }
    const embedded = docxFileNames(bytes).filter((name) => /^word\/fonts\/[^/]+\.odttf$/.test(name));
    expect(embedded).toHaveLength(6);
    expect(docxPart(bytes, 'word/settings.xml')).toContain('<w:embedTrueTypeFonts');
  });

  it('embeds no CJK face when no one needs it', async () => {
    const bytes = await renderReferenceSheetDocx(sheet([person({ name: 'Anna Smith' })]), { paperSize: 'A4', resourcesDir });
    const fonts = fontTableEntries(bytes);
    expect(fonts.get('DejaVu Sans')).toMatch(/<w:embedRegular /);
    for (const [family, entry] of fonts) {
      if (family.startsWith('Noto')) expect(entry, family).not.toMatch(/<w:embed/);
    }
    expect(docxFileNames(bytes).filter((name) => name.endsWith('.odttf'))).toHaveLength(2);
  });

  it('sets Korean runs in the Korean face and Chinese runs in the Chinese one', async () => {
    const xml = docxDocumentXml(await renderReferenceSheetDocx(sheet(worldPeople()), { paperSize: 'A4', resourcesDir }));
    const runOf = (text: string) => (xml.match(/<w:r>(?:(?!<w:r>)[\s\S])*?<\/w:r>/g) ?? []).find((r) => r.includes(`>${text}<`)) ?? '';
    expect(runOf('김민준')).toMatch(/w:eastAsia="Noto Sans KR"/);
    expect(runOf('王小明')).toMatch(/w:eastAsia="Noto Sans SC"/);
  });

  it('names a missing font file instead of writing a document without it', async () => {
    await expect(
      renderReferenceSheetDocx(sheet(worldPeople()), { paperSize: 'A4', resourcesDir: join(tmpdir(), 'no-such-resources') }),
    ).rejects.toMatchObject({ name: 'MissingFontError', file: 'fonts/DejaVuSans.ttf' });
  });
});

describe('the reference sheet DOCX read by LibreOffice on a machine without CJK fonts', () => {
  let world: Uint8Array;
  let twelve: Uint8Array;
  beforeAll(async () => {
    const pdfs = await libreOfficePdfs({
      world: await renderReferenceSheetDocx(sheet(worldPeople()), { paperSize: 'A4', resourcesDir }),
      twelve: await renderReferenceSheetDocx(sheet(manyPeople(12), 'de'), { paperSize: 'Letter', resourcesDir }),
    });
    world = pdfs.world!;
    twelve = pdfs.twelve!;
  }, 130_000);

  it('sets every name in a font the document carries, so none shows as boxes', async () => {
    const text = (await pdftotextPages(world)).join('\n');
    for (const name of ['Łukasz Żółć', 'Ελένη Παπαδοπούλου', '王小明', '김민준', 'فاطمة الزهراء']) expect(text).toContain(name);
    const fonts = await pdfFonts(world);
    for (const face of ['NotoSansSC-Bold', 'NotoSansSC-Regular', 'NotoSansKR-Bold', 'NotoSansKR-Regular', 'DejaVuSans-Bold', 'DejaVuSans']) {
      expect(fonts.find((font) => font.name.endsWith(`+${face}`)), face).toMatchObject({ embedded: true });
    }
  });

  it('heads every page after the first with the name and "Seite N von M"', async () => {
    const pages = await pdftotextPages(twelve);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]).not.toMatch(/Seite \d+ von/);
    pages.slice(1).forEach((page, index) => {
      expect(page).toContain('Jane Doe · Referenzen');
      expect(page).toContain(`Seite ${index + 2} von ${pages.length}`);
    });
  });
});
