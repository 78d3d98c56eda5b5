// The part of fontkit (pdfkit's own font engine) the PDF writers reach into: opening a font
// file once per process, and the glyph cache they empty for every new document.
declare module 'fontkit' {
  export interface Font {
    layout(text: string, features?: unknown): unknown;
    /** Glyphs made so far, by id; each remembers the characters it was first made for. */
    _glyphs: Record<number, unknown>;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
