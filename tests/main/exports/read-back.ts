// Reads exported files back the way a reader would: PDF text through pdf.js, fonts
// through poppler's pdffonts, DOCX paragraphs straight from word/document.xml.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export const run = promisify(execFile);

/** The text of each page, one line of the page per line of the string. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text);
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/** Page size in points of every page. */
export async function pdfPageSizes(bytes: Uint8Array): Promise<Array<{ width: number; height: number }>> {
  const document = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true }).promise;
  try {
    const sizes = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = (await document.getPage(number)).view;
      sizes.push({ width: Math.round(x1 - x0), height: Math.round(y1 - y0) });
    }
    return sizes;
  } finally {
    await document.destroy();
  }
}

export async function withTempFile<T>(name: string, bytes: Uint8Array, use: (path: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'rekindle-export-'));
  try {
    const path = join(folder, name);
    await writeFile(path, bytes);
    return await use(path);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export interface PdfFontRow {
  name: string;
  embedded: boolean;
  subset: boolean;
}

/** Every font in the file, as poppler's pdffonts lists it. */
export function pdfFonts(bytes: Uint8Array): Promise<PdfFontRow[]> {
  return withTempFile('fonts.pdf', bytes, async (path) => {
    const { stdout } = await run('pdffonts', [path]);
    const rows = stdout.split('\n').slice(2).filter((line) => line.trim() !== '');
    return rows.map((row) => {
      // Columns: name type encoding emb sub uni object ID; the type may contain spaces.
      const match = /^(\S+)\s+.*?\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(row);
      if (!match) throw new Error(`unexpected pdffonts row: ${row}`);
      return { name: match[1]!, embedded: match[2] === 'yes', subset: match[3] === 'yes' };
    });
  });
}

export function pdfPageCount(bytes: Uint8Array): Promise<number> {
  return withTempFile('info.pdf', bytes, async (path) => {
    const { stdout } = await run('pdfinfo', [path]);
    const pages = /^Pages:\s+(\d+)/m.exec(stdout);
    if (!pages) throw new Error('pdfinfo printed no page count');
    return Number(pages[1]);
  });
}

export function docxDocumentXml(bytes: Uint8Array): string {
  const files = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' });
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('word/document.xml is missing');
  return strFromU8(xml);
}

export function docxStylesXml(bytes: Uint8Array): string {
  const files = unzipSync(bytes, { filter: (file) => file.name === 'word/styles.xml' });
  const xml = files['word/styles.xml'];
  if (!xml) throw new Error('word/styles.xml is missing');
  return strFromU8(xml);
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of each non-empty paragraph in the document body. */
export function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = docxDocumentXml(bytes);
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1] ?? '')).join(''))
    .filter((text) => text !== '');
}

/** The names of the files in a DOCX package, and the text of one part. */
export function docxPart(bytes: Uint8Array, name: string): string {
  const files = unzipSync(bytes, { filter: (file) => file.name === name });
  const xml = files[name];
  if (!xml) throw new Error(`${name} is missing`);
  return strFromU8(xml);
}

export function docxFileNames(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes, { filter: () => true }));
}

/**
 * Converts DOCX files to PDF with LibreOffice in one run (it starts slowly), and hands
 * back each PDF's bytes by the name given.
 */
export async function libreOfficePdfs(files: Record<string, Uint8Array>): Promise<Record<string, Uint8Array>> {
  const folder = await mkdtemp(join(tmpdir(), 'rekindle-soffice-'));
  try {
    const paths = Object.keys(files).map((name) => join(folder, `${name}.docx`));
    await Promise.all(Object.entries(files).map(([name, bytes]) => writeFile(join(folder, `${name}.docx`), bytes)));
    await run(
      'soffice',
      [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, ...paths],
      { timeout: 120_000 },
    );
    const pdfs: Record<string, Uint8Array> = {};
    for (const name of Object.keys(files)) pdfs[name] = new Uint8Array(await readFile(join(folder, `${name}.pdf`)));
    return pdfs;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The text of each page as poppler's pdftotext reads it (layout kept). */
export function pdftotextPages(bytes: Uint8Array): Promise<string[]> {
  return withTempFile('pages.pdf', bytes, async (path) => {
    const { stdout } = await run('pdftotext', ['-layout', path, '-'], { maxBuffer: 16 * 1024 * 1024 });
    // pdftotext ends every page with a form feed.
    return stdout.split('\f').slice(0, -1);
  });
}
