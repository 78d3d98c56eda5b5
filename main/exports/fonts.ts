// The one module that knows the PDF fonts. pdfkit's built-in fonts are Latin-1 only, so
// every PDF embeds DejaVu Sans (Latin, Greek, Cyrillic) and switches to Noto Sans SC for
// Chinese and Japanese runs and to Noto Sans KR for Korean ones. Text is split into runs by script and each run is measured
// and drawn with its own font, so wrapping stays correct for mixed lines.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, type Font } from 'fontkit';

export type FontWeight = 'regular' | 'bold';

const FONT_FILES = {
  'latin-regular': 'DejaVuSans.ttf',
  'latin-bold': 'DejaVuSans-Bold.ttf',
  'cjk-regular': 'NotoSansSC-Regular.ttf',
  'cjk-bold': 'NotoSansSC-Bold.ttf',
  'hangul-regular': 'NotoSansKR-Regular.ttf',
  'hangul-bold': 'NotoSansKR-Bold.ttf',
} as const;
type FontKey = keyof typeof FONT_FILES;

/** Font names declared in DOCX files, matching the faces embedded in the PDFs. */
export const DOCX_FONTS = { latin: 'DejaVu Sans', eastAsia: 'Noto Sans SC', hangul: 'Noto Sans KR' } as const;

/** The file of each face, by script and weight, for writers that embed whole font files. */
export function fontFileOf(script: ScriptRun['script'], weight: FontWeight): string {
  return FONT_FILES[`${script}-${weight}`];
}

/** The repository's resources/ folder, for tests and development builds. */
export function defaultResourcesDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources');
}

/** A font file the app ships is not where it should be: the installation is damaged. */
export class MissingFontError extends Error {
  constructor(
    /** The file's path inside the resources folder, e.g. "fonts/DejaVuSans.ttf". */
    readonly file: string,
  ) {
    super(`The font file ${file} is missing from Rekindle's installation.`);
    this.name = 'MissingFontError';
  }
}

// The CJK font is over 10 MB: read each file once per process, not once per export.
const fontBytes = new Map<string, Buffer>();

/** The bytes of one shipped font file (a name from resources/fonts). */
export function readFontFile(resourcesDir: string, file: string): Buffer {
  const path = join(resourcesDir, 'fonts', file);
  let bytes = fontBytes.get(path);
  if (!bytes) {
    try {
      bytes = readFileSync(path);
    } catch (error) {
      if (isMissing(error)) throw new MissingFontError(`fonts/${file}`);
      throw error;
    }
    fontBytes.set(path, bytes);
  }
  return bytes;
}

function isMissing(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

// Each face is parsed once per process: given the bytes, pdfkit would parse the font's
// tables anew for every document, which was most of the time a sheet took.
const openedFonts = new Map<string, Font>();

/**
 * The parsed face for a new document. Its glyph cache is emptied first: a glyph fontkit
 * made for the last document's subset (by id, without its characters) would otherwise be
 * laid out here too, and the text layer would lose those letters (copy, search, screen
 * readers). Tables stay parsed. Safe because a document is drawn and ended in one
 * synchronous run (pdf-document.ts), so no two documents use a face at once.
 */
function openFont(resourcesDir: string, file: string): Font {
  const path = join(resourcesDir, 'fonts', file);
  let font = openedFonts.get(path);
  if (!font) {
    font = create(readFontFile(resourcesDir, file));
    openedFonts.set(path, font);
  }
  font._glyphs = {};
  return font;
}

/**
 * Registers the fonts with a document. pdfkit only embeds a registered font once text is
 * set in it, so a sheet without CJK text carries no CJK font.
 */
export function registerFonts(doc: PDFKit.PDFDocument, resourcesDir: string): void {
  for (const [key, file] of Object.entries(FONT_FILES)) {
    // pdfkit takes an opened fontkit font as well as bytes; its types name only the bytes.
    doc.registerFont(key, openFont(resourcesDir, file) as unknown as Buffer);
  }
  useFont(doc, { script: 'latin', text: '' }, 'regular', 10);
}

// Chinese, Japanese and Korean scripts, CJK punctuation and fullwidth forms.
const CJK_CHARACTER =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u30FF\u31F0-\u31FF\u3200-\u32FF\uFE30-\uFE4F\uFF00-\uFFEF]/u;
const HANGUL_CHARACTER = /[\p{Script=Hangul}\u3130-\u318F]/u;
const NEUTRAL_CHARACTER = /\s/u;

export interface ScriptRun {
  script: 'latin' | 'cjk' | 'hangul';
  text: string;
}

function scriptOf(character: string): ScriptRun['script'] {
  if (HANGUL_CHARACTER.test(character)) return 'hangul';
  return CJK_CHARACTER.test(character) ? 'cjk' : 'latin';
}

/** Splits text into runs of one font each; spaces stay with the run they follow. */
export function splitByScript(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let current: ScriptRun | null = null;
  for (const character of text) {
    const neutral = NEUTRAL_CHARACTER.test(character);
    const script = scriptOf(character);
    if (current && (neutral || current.script === script)) {
      current.text += character;
    } else if (!current && neutral) {
      current = { script: 'latin', text: character };
      runs.push(current);
    } else {
      current = { script, text: character };
      runs.push(current);
    }
  }
  return runs;
}

function fontKey(run: ScriptRun, weight: FontWeight): FontKey {
  return `${run.script}-${weight}`;
}

function useFont(doc: PDFKit.PDFDocument, run: ScriptRun, weight: FontWeight, size: number): void {
  doc.font(fontKey(run, weight)).fontSize(size);
}

export interface TextStyle {
  size: number;
  weight?: FontWeight;
  /** A CSS colour such as "#1f2933". */
  color?: string;
}

export function measureText(doc: PDFKit.PDFDocument, text: string, style: TextStyle): number {
  let width = 0;
  for (const run of splitByScript(text)) {
    useFont(doc, run, style.weight ?? 'regular', style.size);
    width += doc.widthOfString(run.text);
  }
  return width;
}

// Break opportunities: after spaces, and between any two CJK characters (CJK text has no
// spaces between words).
function breakIntoPieces(text: string): string[] {
  const pieces: string[] = [];
  let piece = '';
  // A CJK character is a piece of its own (plus any spaces after it).
  let closed = false;
  for (const character of text) {
    if (NEUTRAL_CHARACTER.test(character)) {
      piece += character;
      continue;
    }
    const cjk = CJK_CHARACTER.test(character);
    if (piece && (cjk || closed || NEUTRAL_CHARACTER.test(piece.slice(-1)))) {
      pieces.push(piece);
      piece = '';
    }
    piece += character;
    closed = cjk;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Wraps text into lines no wider than `width`; words longer than a line are cut. */
export function wrapText(doc: PDFKit.PDFDocument, text: string, style: TextStyle, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const push = () => {
    const trimmed = line.trimEnd();
    if (trimmed) lines.push(trimmed);
    line = '';
    lineWidth = 0;
  };
  for (const piece of breakIntoPieces(text)) {
    const pieceWidth = measureText(doc, piece.trimEnd(), style);
    if (line && lineWidth + pieceWidth > width) push();
    if (!line && pieceWidth > width) {
      for (const character of piece) {
        const characterWidth = measureText(doc, character, style);
        if (line && lineWidth + characterWidth > width) push();
        if (!line && NEUTRAL_CHARACTER.test(character)) continue;
        line += character;
        lineWidth += characterWidth;
      }
      continue;
    }
    if (!line) {
      line = piece.trimStart();
      lineWidth = measureText(doc, line, style);
    } else {
      line += piece;
      lineWidth += measureText(doc, piece, style);
    }
  }
  push();
  return lines;
}

/** Draws one line (no wrapping) with its baseline at `baseline`; returns its width. */
export function drawTextLine(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  baseline: number,
  style: TextStyle,
  link?: string,
): number {
  let cursor = x;
  doc.fillColor(style.color ?? '#000000');
  for (const run of splitByScript(text)) {
    useFont(doc, run, style.weight ?? 'regular', style.size);
    const options: PDFKit.Mixins.TextOptions = { lineBreak: false, baseline: 'alphabetic' };
    if (link) options.link = link;
    for (const piece of visualOrder(run.text)) {
      if (piece.trim() !== '') doc.text(piece, cursor, baseline, options);
      cursor += doc.widthOfString(piece);
    }
  }
  return cursor - x;
}

const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const LEFT_TO_RIGHT_LETTER = /(?![\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}])\p{L}/u;

/**
 * pdfkit shapes a right-to-left word correctly but sets the spaces of a right-to-left
 * phrase in logical order, so "فاطمة الزهراء" printed as one word. A phrase written only
 * in a right-to-left script is drawn word by word, last word leftmost; anything mixed is
 * left as it is.
 */
function visualOrder(text: string): string[] {
  if (!RIGHT_TO_LEFT.test(text) || LEFT_TO_RIGHT_LETTER.test(text) || !/\s/u.test(text.trim())) return [text];
  return text.split(/(\s+)/u).filter(Boolean).reverse();
}
