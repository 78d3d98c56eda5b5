// Creating a PDF and collecting its bytes, the page geometry and colours every export
// shares, and the running head of continuation pages. (The letterhead is pdf-letterhead.ts.)
import PDFDocument from 'pdfkit';
import type { Language } from '../../shared/schema/fields';
import type { PaperSize } from '../../shared/schema/settings';
import { drawTextLine, measureText, registerFonts } from './fonts';

export interface PdfExportOptions {
  paperSize: PaperSize;
  /** The folder holding fonts/ (the app's resources; `defaultResourcesDir()` in development). */
  resourcesDir: string;
}

/** Page margins in points: 2 cm at the sides, a little less at top and bottom. */
export const MARGINS = { top: 56, bottom: 56, left: 62, right: 62 } as const;

export const COLORS = {
  text: '#1f2328',
  muted: '#57606a',
  faint: '#8c959f',
  rule: '#c9ced4',
} as const;

interface NewPdfOptions extends PdfExportOptions {
  title: string;
  author: string;
  language: Language;
}

export function createPdf(options: NewPdfOptions): PDFKit.PDFDocument {
  const info: PDFKit.DocumentInfo = { Title: options.title, Creator: 'Rekindle', Producer: 'Rekindle' };
  if (options.author) info.Author = options.author;
  const doc = new PDFDocument({
    size: options.paperSize === 'Letter' ? 'LETTER' : 'A4',
    margins: { ...MARGINS },
    info,
    lang: options.language === 'de' ? 'de-DE' : 'en',
    displayTitle: true,
    // Kept in memory until the end, so pages can be headed once their count is known.
    bufferPages: true,
  });
  registerFonts(doc, options.resourcesDir);
  return doc;
}

export function finishPdf(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}

/**
 * Heads every page after the first with `label` on the left and "Page 2 of 3" on the
 * right, in the top margin, so a page handed over alone still says whose it is.
 */
export function headContinuationPages(doc: PDFKit.PDFDocument, label: string, words: { page: string; of: string }): void {
  const { start, count } = doc.bufferedPageRange();
  const style = { size: 8.5, color: COLORS.muted } as const;
  for (let index = 1; index < count; index += 1) {
    doc.switchToPage(start + index);
    const left = doc.page.margins.left;
    const right = doc.page.width - doc.page.margins.right;
    const baseline = doc.page.margins.top - 22;
    const pageOf = `${words.page} ${index + 1} ${words.of} ${count}`;
    const pageOfWidth = measureText(doc, pageOf, style);
    drawTextLine(doc, label, left, baseline, style);
    drawTextLine(doc, pageOf, right - pageOfWidth, baseline, style);
  }
}
