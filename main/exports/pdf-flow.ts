// A small flow layout for the text documents (sheet, brief): blocks of paragraphs set top
// to bottom, a block kept on one page when it fits on one, long paragraphs wrapped.
// Each block is measured before it is drawn, so an entry moves to the next page whole.
import { drawTextLine, wrapText, type TextStyle } from './fonts';
import { COLORS } from './pdf-document';

export interface FlowParagraph {
  text: string;
  style: TextStyle;
  /** Left indent in points. */
  indent?: number;
  /** Drawn in the indent, before the first line (e.g. "•"). */
  bullet?: string;
  spaceBefore?: number;
  /** Line height as a multiple of the font size. */
  leading?: number;
  link?: string;
}

export interface FlowRule {
  rule: true;
  spaceBefore?: number;
  spaceAfter?: number;
}

export type FlowItem = FlowParagraph | FlowRule;

export interface FlowBlock {
  items: FlowItem[];
  /** Keep every line of the block on one page (when the block fits on a page at all). */
  keepTogether?: boolean;
  /** Space above the block; dropped at the top of a page. */
  spaceBefore?: number;
}

interface Row {
  spaceBefore: number;
  height: number;
  draw(top: number): void;
}

const DEFAULT_LEADING = 1.4;

function paragraphRows(doc: PDFKit.PDFDocument, paragraph: FlowParagraph, left: number, width: number): Row[] {
  const indent = paragraph.indent ?? 0;
  const leading = paragraph.leading ?? DEFAULT_LEADING;
  const size = paragraph.style.size;
  const height = size * leading;
  // Centre the glyphs' ascent-to-descent box within the line height.
  const baselineOffset = (height - size * 1.16) / 2 + size * 0.93;
  const lines = wrapText(doc, paragraph.text, paragraph.style, width - indent);
  return lines.map((line, index) => ({
    spaceBefore: index === 0 ? (paragraph.spaceBefore ?? 0) : 0,
    height,
    draw(top: number) {
      if (index === 0 && paragraph.bullet) {
        drawTextLine(doc, paragraph.bullet, left + indent - size * 1.1, top + baselineOffset, paragraph.style);
      }
      drawTextLine(doc, line, left + indent, top + baselineOffset, paragraph.style, paragraph.link);
    },
  }));
}

function ruleRow(doc: PDFKit.PDFDocument, rule: FlowRule, left: number, width: number): Row {
  return {
    spaceBefore: rule.spaceBefore ?? 0,
    height: 0.75 + (rule.spaceAfter ?? 0),
    draw(top: number) {
      doc
        .save()
        .moveTo(left, top)
        .lineTo(left + width, top)
        .lineWidth(0.75)
        .strokeColor(COLORS.rule)
        .stroke()
        .restore();
    },
  };
}

function blockRows(doc: PDFKit.PDFDocument, block: FlowBlock, left: number, width: number): Row[] {
  return block.items.flatMap((item) =>
    'rule' in item ? [ruleRow(doc, item, left, width)] : paragraphRows(doc, item, left, width),
  );
}

/** Sets blocks from `startY` (the top margin by default); returns where the flow ended. */
export function flowBlocks(doc: PDFKit.PDFDocument, blocks: FlowBlock[], startY?: number): number {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const top = doc.page.margins.top;
  const bottom = doc.page.height - doc.page.margins.bottom;
  let y = startY ?? top;
  const newPage = () => {
    doc.addPage();
    y = top;
  };

  for (const block of blocks) {
    const rows = blockRows(doc, block, left, width);
    if (rows.length === 0) continue;
    let gap = y === top ? 0 : (block.spaceBefore ?? 0) + (rows[0]?.spaceBefore ?? 0);
    const height = rows.reduce((sum, row, index) => sum + (index === 0 ? 0 : row.spaceBefore) + row.height, 0);
    if (block.keepTogether && y + gap + height > bottom && height <= bottom - top && y > top) {
      newPage();
      gap = 0;
    }
    y += gap;
    rows.forEach((row, index) => {
      const before = index === 0 || y === top ? 0 : row.spaceBefore;
      if (y + before + row.height > bottom && y > top) {
        newPage();
      } else {
        y += before;
      }
      row.draw(y);
      y += row.height;
    });
  }
  return y;
}
