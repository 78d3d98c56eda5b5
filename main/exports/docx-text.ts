// Text runs for Word files, and the fonts they embed. Word and LibreOffice pick a font
// per character from the run's slots (Latin, complex script, East Asian), so each run is
// one script's text with the face that has its glyphs: DejaVu Sans for Latin, Greek,
// Cyrillic and Arabic, Noto Sans SC for Chinese and Japanese, Noto Sans KR for Korean.
// The faces the document uses are embedded, so a reader without them sees the same
// glyphs; a face nobody's text needs stays out, as the CJK fonts are over 6 MB each.
import { TextRun, type IRunOptions } from 'docx';
import { DOCX_FONTS, fontFileOf, readFontFile, splitByScript, type FontWeight, type ScriptRun } from './fonts';

type Script = ScriptRun['script'];

const FAMILY: Record<Script, string> = {
  latin: DOCX_FONTS.latin,
  cjk: DOCX_FONTS.eastAsia,
  hangul: DOCX_FONTS.hangul,
};

export interface RunStyle {
  /** In points. */
  size: number;
  bold?: boolean;
  color?: string;
}

/** What docx's `Document` takes to embed a font. */
export interface EmbeddedFont {
  name: string;
  data: Buffer;
  bold?: Buffer;
}

function fontSlots(script: Script): NonNullable<IRunOptions['font']> {
  const eastAsia = FAMILY[script === 'latin' ? 'cjk' : script];
  return {
    ascii: DOCX_FONTS.latin,
    hAnsi: DOCX_FONTS.latin,
    cs: DOCX_FONTS.latin,
    eastAsia,
    ...(script === 'latin' ? {} : { hint: 'eastAsia' }),
  };
}

/** Makes the runs of one document and remembers which faces they need. */
export class DocxText {
  private readonly used = new Map<Script, Set<FontWeight>>();

  /** One run per script in `text`. */
  runs(text: string, style: RunStyle): TextRun[] {
    return splitByScript(text).map((run) => {
      this.note(run.script, style.bold ? 'bold' : 'regular');
      return new TextRun({
        text: run.text,
        size: Math.round(style.size * 2),
        bold: style.bold ?? false,
        ...(style.color ? { color: style.color } : {}),
        font: fontSlots(run.script),
      });
    });
  }

  /** Text that is not split (page-number fields): set in the Latin face. */
  latinRun(options: Omit<IRunOptions, 'font' | 'size'> & { size: number }): TextRun {
    this.note('latin', options.bold ? 'bold' : 'regular');
    return new TextRun({ ...options, size: Math.round(options.size * 2), font: fontSlots('latin') });
  }

  private note(script: Script, weight: FontWeight): void {
    const weights = this.used.get(script) ?? new Set<FontWeight>();
    weights.add(weight);
    this.used.set(script, weights);
  }

  /** The scripts the runs so far were written in. */
  scripts(): Script[] {
    return [...this.used.keys()];
  }

  /**
   * The fonts to embed. docx needs the regular face of every embedded family; the bold
   * face comes along only when bold text of that script exists.
   */
  embeddedFonts(resourcesDir: string): EmbeddedFont[] {
    return [...this.used.entries()].map(([script, weights]) => ({
      name: FAMILY[script],
      data: readFontFile(resourcesDir, fontFileOf(script, 'regular')),
      ...(weights.has('bold') ? { bold: readFontFile(resourcesDir, fontFileOf(script, 'bold')) } : {}),
    }));
  }
}
