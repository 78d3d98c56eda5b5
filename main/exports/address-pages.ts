// Pages that carry the recipients' postal addresses, appended to the note prompts: a
// sheet of standard labels (24 to a page on A4, 30 on Letter), or one envelope per person
// in DL (220 × 110 mm) or C6 (162 × 114 mm), the address where the window of a windowed
// envelope or a post office expects it.
import { postalLabelLines } from '../../shared/postal';
import type { PaperSize } from '../../shared/schema/settings';
import type { PostalAddress } from '../../shared/schema/person';
import { clampText, cleanText } from './clean-text';
import { drawTextLine, measureText, type TextStyle } from './fonts';
import { COLORS } from './pdf-document';

export const ADDRESS_PAGES = ['labels', 'envelope_dl', 'envelope_c6'] as const;
export type AddressPages = (typeof ADDRESS_PAGES)[number];

export interface Recipient {
  name: string;
  address: PostalAddress;
}

const MM = 72 / 25.4;

interface LabelGrid {
  columns: number;
  rows: number;
  width: number;
  height: number;
  /** Left and top edge of the first label, and the distance from one label to the next. */
  left: number;
  top: number;
  pitchX: number;
  pitchY: number;
}

// A4: 3 × 8 labels of 70 × 36 mm (the common 24-up sheet). Letter: 3 × 10 labels of
// 2⅝ × 1 inch (the common 30-up address sheet).
const GRIDS: Record<PaperSize, LabelGrid> = {
  A4: { columns: 3, rows: 8, width: 70 * MM, height: 36 * MM, left: 0, top: 4.5 * MM, pitchX: 70 * MM, pitchY: 36 * MM },
  Letter: { columns: 3, rows: 10, width: 2.625 * 72, height: 72, left: 0.1875 * 72, top: 0.5 * 72, pitchX: 2.75 * 72, pitchY: 72 },
};

const ENVELOPES = {
  envelope_dl: { width: 220 * MM, height: 110 * MM, addressLeft: 110 * MM, addressTop: 50 * MM },
  envelope_c6: { width: 162 * MM, height: 114 * MM, addressLeft: 78 * MM, addressTop: 54 * MM },
} as const;

function recipientLines(recipient: Recipient): string[] {
  return postalLabelLines(clampText(cleanText(recipient.name), 200), recipient.address).map((line) => clampText(cleanText(line), 200));
}

/**
 * Sets the lines in the box at the largest size up to `maxSize` at which every line fits
 * its width and all fit its height; a line too long even at the smallest size is cut.
 */
function drawAddress(doc: PDFKit.PDFDocument, lines: string[], box: { left: number; top: number; width: number; height: number }, maxSize: number): void {
  const minSize = 6.5;
  let size = maxSize;
  const fits = (candidate: number) =>
    lines.length * candidate * 1.25 <= box.height && lines.every((line) => measureText(doc, line, { size: candidate }) <= box.width);
  while (size > minSize && !fits(size)) size -= 0.5;
  const style: TextStyle = { size, color: COLORS.text };
  lines.forEach((line, index) => {
    let text = line;
    while (Array.from(text).length > 1 && measureText(doc, text, style) > box.width) text = `${Array.from(text).slice(0, -2).join('')}…`;
    drawTextLine(doc, text, box.left, box.top + size * (index * 1.25 + 1), style);
  });
}

function labelPages(doc: PDFKit.PDFDocument, recipients: Recipient[], paperSize: PaperSize): void {
  const grid = GRIDS[paperSize];
  const perPage = grid.columns * grid.rows;
  const padding = 4 * MM;
  recipients.forEach((recipient, index) => {
    const slot = index % perPage;
    if (slot === 0) doc.addPage({ size: paperSize === 'Letter' ? 'LETTER' : 'A4', margin: 0 });
    const column = slot % grid.columns;
    const row = Math.floor(slot / grid.columns);
    const left = grid.left + column * grid.pitchX;
    const top = grid.top + row * grid.pitchY;
    drawAddress(doc, recipientLines(recipient), { left: left + padding, top: top + padding * 0.75, width: grid.width - 2 * padding, height: grid.height - 1.5 * padding }, 10);
  });
}

function envelopePages(doc: PDFKit.PDFDocument, recipients: Recipient[], kind: 'envelope_dl' | 'envelope_c6'): void {
  const envelope = ENVELOPES[kind];
  for (const recipient of recipients) {
    doc.addPage({ size: [envelope.width, envelope.height], margin: 0 });
    const box = {
      left: envelope.addressLeft,
      top: envelope.addressTop,
      width: envelope.width - envelope.addressLeft - 12 * MM,
      height: envelope.height - envelope.addressTop - 10 * MM,
    };
    drawAddress(doc, recipientLines(recipient), box, 11);
  }
}

/** Appends the address pages; nothing when no recipient has an address. */
export function appendAddressPages(doc: PDFKit.PDFDocument, recipients: Recipient[], kind: AddressPages, paperSize: PaperSize): void {
  if (recipients.length === 0) return;
  if (kind === 'labels') labelPages(doc, recipients, paperSize);
  else envelopePages(doc, recipients, kind);
}
