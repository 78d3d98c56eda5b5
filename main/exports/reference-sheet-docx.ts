// The reference sheet as an editable Word file, with the same content as the PDF. Each
// run is set in the face of its script and the faces used are embedded (docx-text.ts),
// each entry's paragraphs are kept together on one page, and every page after the first
// is headed with the candidate's name and "Page 2 of 3".
import { AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, Paragraph, TabStopType } from 'docx';
import type { PaperSize } from '../../shared/schema/settings';
import { DocxText, type RunStyle } from './docx-text';
import { DOCX_FONTS } from './fonts';
import type { ReferenceSheetModel, SheetEntry } from './sheet-model';

export interface DocxExportOptions {
  paperSize: PaperSize;
  /** The folder holding fonts/, whose files the document embeds. */
  resourcesDir: string;
}

// Page sizes and margins in twentieths of a point.
const PAGE_SIZES: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};
const MARGINS = { top: 1120, bottom: 1120, left: 1240, right: 1240, header: 560 };

const COLORS = { text: '1F2328', muted: '57606A', rule: 'C9CED4' } as const;
const pt = (points: number) => Math.round(points * 20);

function line(
  text: DocxText,
  value: string,
  style: RunStyle,
  paragraph: { before?: number; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    children: text.runs(value, { color: COLORS.text, ...style }),
    spacing: { before: pt(paragraph.before ?? 0), after: 0 },
    keepNext: paragraph.keepNext ?? false,
    keepLines: true,
  });
}

function letterhead(text: DocxText, model: ReferenceSheetModel): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (!model.header.name && model.header.contact.length === 0) return paragraphs;
  if (model.header.name) paragraphs.push(line(text, model.header.name, { size: 22, bold: true }, { keepNext: true }));
  paragraphs.push(
    new Paragraph({
      children: model.header.contact.length ? text.runs(model.header.contact.join('   ·   '), { size: 10, color: COLORS.muted }) : [],
      spacing: { before: pt(2), after: pt(18) },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLORS.rule, space: 10 } },
      keepNext: true,
    }),
  );
  return paragraphs;
}

function entryParagraphs(text: DocxText, entry: SheetEntry, first: boolean): Paragraph[] {
  const lines: Array<[string, RunStyle, number]> = [[entry.name, { size: 12.5, bold: true }, first ? 14 : 22]];
  for (const detail of [entry.currentTitle, entry.organisation]) {
    if (detail) lines.push([detail, { size: 10.5 }, 1]);
  }
  const contact = [entry.phone, entry.email].filter(Boolean).join('   ·   ');
  if (contact) lines.push([contact, { size: 10.5 }, 1]);
  if (entry.relationship) lines.push([entry.relationship, { size: 10, color: COLORS.muted }, 3]);
  return lines.map(([value, style, before], index) =>
    line(text, value, style, { before, keepNext: index < lines.length - 1 }),
  );
}

/** "Jane Doe · References" on the left, "Page 2 of 3" on the right, as Word fields. */
function continuationHeader(text: DocxText, model: ReferenceSheetModel, contentWidth: number): Header {
  const style = { size: 9, color: COLORS.muted };
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
        alignment: AlignmentType.LEFT,
        children: [
          ...text.runs(model.continuation, style),
          text.latinRun({
            ...style,
            children: ['\t', `${model.pageWords.page} `, PageNumber.CURRENT, ` ${model.pageWords.of} `, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

export async function renderReferenceSheetDocx(model: ReferenceSheetModel, options: DocxExportOptions): Promise<Uint8Array> {
  const text = new DocxText();
  const page = PAGE_SIZES[options.paperSize];
  const body = [
    ...letterhead(text, model),
    line(text, model.title, { size: 15, bold: true }, { before: 0, keepNext: true }),
    ...(model.asOf ? [line(text, model.asOf, { size: 9.5, color: COLORS.muted }, { before: 2, keepNext: true })] : []),
    ...model.entries.flatMap((entry, index) => entryParagraphs(text, entry, index === 0)),
  ];
  const header = continuationHeader(text, model, page.width - MARGINS.left - MARGINS.right);
  const document = new Document({
    title: model.documentTitle,
    creator: model.author || 'Rekindle',
    lastModifiedBy: model.author || 'Rekindle',
    // Read after every run exists, so only the faces the text needs are embedded.
    fonts: text.embeddedFonts(options.resourcesDir),
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
        properties: { page: { size: page, margin: MARGINS }, titlePage: true },
        headers: { first: new Header({ children: [] }), default: header },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
