import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../shared/schema';
import { renderReferenceSheetDocx } from '../../../main/exports/reference-sheet-docx';
import { buildReferenceSheetModel } from '../../../main/exports/sheet-model';
import { fivePeople, person, profile, TODAY } from './fixtures';
import { docxDocumentXml, docxParagraphs, docxStylesXml, run } from './read-back';

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
    const paragraphs = docxParagraphs(await renderReferenceSheetDocx(sheet(people, 'de'), { paperSize: 'A4' }));
    expect(paragraphs.slice(0, 3)).toEqual(['Jane Doe', 'Berlin   ·   +49 30 1234 5678   ·   jane.doe@example.com', 'Referenzen']);
    const positions = people.map((p) => paragraphs.indexOf(p.name));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(paragraphs).toContain('Ehemaliger Vorgesetzter bei ACME, 2019–2022');
    expect(paragraphs).toContain('+86 21 5555 0104   ·   wang.xiaoming@example.cn');
  });

  it('declares a Latin and an East Asian font', async () => {
    const styles = docxStylesXml(await renderReferenceSheetDocx(sheet(), { paperSize: 'A4' }));
    const fonts = /<w:rFonts [^>]*>/.exec(styles)?.[0] ?? '';
    expect(fonts).toMatch(/w:ascii="[^"]+"/);
    expect(fonts).toMatch(/w:eastAsia="[^"]+"/);
  });

  it('keeps the lines of each entry together and with each other', async () => {
    const model = sheet();
    const xml = paragraphXml(await renderReferenceSheetDocx(model, { paperSize: 'A4' }));
    const text = (paragraph: string) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    for (const entry of model.entries) {
      const first = xml.findIndex((paragraph) => text(paragraph) === entry.name);
      const last = xml.findIndex((paragraph) => text(paragraph) === entry.relationship);
      expect(last).toBeGreaterThan(first);
      for (const paragraph of xml.slice(first, last)) expect(paragraph).toContain('<w:keepNext/>');
      for (const paragraph of xml.slice(first, last + 1)) expect(paragraph).toContain('<w:keepLines/>');
    }
  });

  it('uses the chosen paper size', async () => {
    const a4 = docxDocumentXml(await renderReferenceSheetDocx(sheet(), { paperSize: 'A4' }));
    const letter = docxDocumentXml(await renderReferenceSheetDocx(sheet(), { paperSize: 'Letter' }));
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
    const xml = docxDocumentXml(await renderReferenceSheetDocx(model, { paperSize: 'A4' }));
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
      await writeFile(file, await renderReferenceSheetDocx(model, { paperSize: 'Letter' }));
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
