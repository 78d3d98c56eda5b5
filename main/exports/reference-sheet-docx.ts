// The reference sheet as an editable Word file, with the same content as the PDF. Fonts
// are declared for Latin and East Asian text so a CJK name renders in a CJK face, and each
// entry's paragraphs are kept together on one page.
import { BorderStyle, Document, Packer, Paragraph, TextRun } from 'docx';
import type { PaperSize } from '../../shared/schema';
import { DOCX_FONTS } from './fonts';
import type { ReferenceSheetModel, SheetEntry } from './sheet-model';

export interface DocxExportOptions {
  paperSize: PaperSize;
}

// Page sizes and margins in twentieths of a point.
const PAGE_SIZES: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};
const MARGINS = { top: 1120, bottom: 1120, left: 1240, right: 1240 };

const COLORS = { text: '1F2328', muted: '57606A', rule: 'C9CED4' } as const;
const pt = (points: number) => Math.round(points * 20);

interface LineStyle {
  /** In points. */
  size: number;
  bold?: boolean;
  color?: string;
}

function line(text: string, style: LineStyle, paragraph: { before?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text, size: style.size * 2, bold: style.bold ?? false, color: style.color ?? COLORS.text })],
    spacing: { before: pt(paragraph.before ?? 0), after: 0 },
    keepNext: paragraph.keepNext ?? false,
    keepLines: true,
  });
}

function letterhead(model: ReferenceSheetModel): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (!model.header.name && model.header.contact.length === 0) return paragraphs;
  if (model.header.name) paragraphs.push(line(model.header.name, { size: 22, bold: true }, { keepNext: true }));
  paragraphs.push(
    new Paragraph({
      children: model.header.contact.length
        ? [new TextRun({ text: model.header.contact.join('   ·   '), size: 20, color: COLORS.muted })]
        : [],
      spacing: { before: pt(2), after: pt(18) },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLORS.rule, space: 10 } },
      keepNext: true,
    }),
  );
  return paragraphs;
}

function entryParagraphs(entry: SheetEntry, first: boolean): Paragraph[] {
  const lines: Array<[string, LineStyle, number]> = [[entry.name, { size: 12.5, bold: true }, first ? 14 : 22]];
  for (const detail of [entry.currentTitle, entry.organisation]) {
    if (detail) lines.push([detail, { size: 10.5 }, 1]);
  }
  const contact = [entry.phone, entry.email].filter(Boolean).join('   ·   ');
  if (contact) lines.push([contact, { size: 10.5 }, 1]);
  if (entry.relationship) lines.push([entry.relationship, { size: 10, color: COLORS.muted }, 3]);
  return lines.map(([text, style, before], index) =>
    line(text, style, { before, keepNext: index < lines.length - 1 }),
  );
}

export async function renderReferenceSheetDocx(
  model: ReferenceSheetModel,
  options: DocxExportOptions,
): Promise<Uint8Array> {
  const document = new Document({
    title: model.documentTitle,
    creator: model.author || 'Rekindle',
    lastModifiedBy: model.author || 'Rekindle',
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, cs: DOCX_FONTS.latin, eastAsia: DOCX_FONTS.eastAsia },
            size: 21,
            color: COLORS.text,
          },
          paragraph: { spacing: { line: 276 } },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: PAGE_SIZES[options.paperSize], margin: MARGINS } },
        children: [
          ...letterhead(model),
          line(model.title, { size: 15, bold: true }, { before: 0, keepNext: true }),
          ...model.entries.flatMap((entry, index) => entryParagraphs(entry, index === 0)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
