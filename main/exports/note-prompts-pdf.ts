// Printable prompts for handwritten thank-you notes: two cards per page, a dashed line to
// cut along between them. Each card names the recipient, says what to write in each part
// of the note, and fills the room left on the card with ruled lines to draft on.
import type { NotePrompt } from '../../shared/drafts/types';
import { translator } from '../../shared/i18n';
import type { Language } from '../../shared/schema/fields';
import { appendAddressPages, type AddressPages, type Recipient } from './address-pages';
import { clampText, cleanText } from './clean-text';
import { drawTextLine, measureText, wrapText, type TextStyle } from './fonts';
import { COLORS, createPdf, finishPdf, type PdfExportOptions } from './pdf-document';

export interface NotePromptsOptions extends PdfExportOptions {
  language: Language;
  /** Labels or envelopes for the people written to, after the cards. */
  addresses?: { pages: AddressPages; recipients: Recipient[] };
}

const HEADING: TextStyle = { size: 13, weight: 'bold', color: COLORS.text };
const RECIPIENT: TextStyle = { size: 10, color: COLORS.muted };
const LABEL: TextStyle = { size: 9.5, weight: 'bold', color: COLORS.text };
const TEXT: TextStyle = { size: 10, color: COLORS.text };
const LINE_HEIGHT = 1.4;
const LABEL_WIDTH = 128;
const COLUMN_GAP = 14;
const SECTION_GAP = 10;
const RULE_SPACING = 20;
const MIN_RULES = 2;
const MAX_TEXT_LINES = 4;
// Space between a card and the cut line in the middle of the page.
const CUT_GAP = 26;

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface SectionLayout {
  label: string[];
  text: string[];
}

function lineHeight(style: TextStyle): number {
  return style.size * LINE_HEIGHT;
}

function baseline(top: number, style: TextStyle): number {
  return top + (lineHeight(style) - style.size * 1.16) / 2 + style.size * 0.93;
}

/** Wraps to at most `max` lines, ending the last in an ellipsis when text was cut. */
function wrapAtMost(doc: PDFKit.PDFDocument, text: string, style: TextStyle, width: number, max: number): string[] {
  const lines = wrapText(doc, text, style, width);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = `${kept[max - 1] ?? ''}…`;
  while (last.length > 1 && measureText(doc, last, style) > width) last = `${Array.from(last).slice(0, -2).join('')}…`;
  kept[max - 1] = last;
  return kept;
}

// Labels share the text's line box so both columns sit on the same baselines.
function sectionHeight(section: SectionLayout): number {
  return Math.max(section.label.length, section.text.length) * lineHeight(TEXT);
}

function drawCard(doc: PDFKit.PDFDocument, prompt: NotePrompt, box: Box, language: Language): void {
  const title = clampText(cleanText(prompt.title), 200);
  const recipient = clampText(cleanText(prompt.recipient), 200);
  const textLeft = box.left + LABEL_WIDTH + COLUMN_GAP;
  const textWidth = box.width - LABEL_WIDTH - COLUMN_GAP;
  const bottom = box.top + box.height;
  let y = box.top;

  for (const line of wrapAtMost(doc, title || recipient, HEADING, box.width, 2)) {
    drawTextLine(doc, line, box.left, baseline(y, HEADING), HEADING);
    y += lineHeight(HEADING);
  }
  // The title usually names the recipient already; say it only when it does not.
  if (recipient && title && !title.includes(recipient)) {
    drawTextLine(doc, `${translator(language)('cards.to')} ${recipient}`, box.left, baseline(y, RECIPIENT), RECIPIENT);
    y += lineHeight(RECIPIENT);
  }
  y += 12;

  const sections: SectionLayout[] = prompt.sections.map((section) => ({
    label: wrapAtMost(doc, clampText(cleanText(section.label), 120), LABEL, LABEL_WIDTH, 3),
    text: wrapAtMost(doc, clampText(cleanText(section.text), 2_000), TEXT, textWidth, MAX_TEXT_LINES),
  }));

  for (const section of sections) {
    const rows = Math.max(section.label.length, section.text.length);
    for (let row = 0; row < rows; row += 1) {
      const top = y + row * lineHeight(TEXT);
      if (top + lineHeight(TEXT) > bottom) return;
      const line = baseline(top, TEXT);
      const label = section.label[row];
      const text = section.text[row];
      if (label) drawTextLine(doc, label, box.left, line, LABEL);
      if (text) drawTextLine(doc, text, textLeft, line, TEXT);
    }
    y += sectionHeight(section) + SECTION_GAP;
  }
  drawDraftLines(doc, { ...box, top: y + 4, height: bottom - y - 4 }, textLeft, language);
}

/** Ruled lines in the room the card has left, to draft the note before writing it out. */
function drawDraftLines(doc: PDFKit.PDFDocument, box: Box, textLeft: number, language: Language): void {
  const rules = Math.floor(box.height / RULE_SPACING);
  if (rules < MIN_RULES) return;
  const label: TextStyle = { ...LABEL, color: COLORS.faint };
  drawTextLine(doc, translator(language)('cards.draft'), box.left, box.top + RULE_SPACING - 5, label);
  doc.save().lineWidth(0.6).strokeColor(COLORS.rule);
  for (let index = 1; index <= rules; index += 1) {
    const y = box.top + index * RULE_SPACING;
    doc.moveTo(textLeft, y).lineTo(box.left + box.width, y).stroke();
  }
  doc.restore();
}

function drawCutLine(doc: PDFKit.PDFDocument, y: number): void {
  const inset = 24;
  const scissors: TextStyle = { size: 11, color: COLORS.faint };
  const scissorsWidth = drawTextLine(doc, '✂', inset, y + 4, scissors);
  doc
    .save()
    .moveTo(inset + scissorsWidth + 4, y)
    .lineTo(doc.page.width - inset, y)
    .dash(4, { space: 4 })
    .lineWidth(0.6)
    .strokeColor(COLORS.faint)
    .stroke()
    .undash()
    .restore();
}

export function renderNotePromptsPdf(prompts: NotePrompt[], options: NotePromptsOptions): Promise<Uint8Array> {
  const single = prompts.length === 1 ? cleanText(prompts[0]?.title) : '';
  const doc = createPdf({
    ...options,
    title: single || translator(options.language)('cards.documentTitle'),
    author: '',
  });
  const { left, right, top, bottom } = doc.page.margins;
  const width = doc.page.width - left - right;
  const middle = doc.page.height / 2;
  const cards: Box[] = [
    { left, top, width, height: middle - CUT_GAP - top },
    { left, top: middle + CUT_GAP, width, height: doc.page.height - bottom - middle - CUT_GAP },
  ];

  prompts.forEach((prompt, index) => {
    const slot = index % 2;
    if (index > 0 && slot === 0) doc.addPage();
    if (slot === 0) drawCutLine(doc, middle);
    drawCard(doc, prompt, cards[slot]!, options.language);
  });
  if (options.addresses) appendAddressPages(doc, options.addresses.recipients, options.addresses.pages, options.paperSize);
  return finishPdf(doc);
}
