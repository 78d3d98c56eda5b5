import { describe, expect, it } from 'vitest';
import type { NotePrompt } from '../../../shared/drafts/types';
import { defaultResourcesDir } from '../../../main/exports/fonts';
import { renderNotePromptsPdf } from '../../../main/exports/note-prompts-pdf';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfFonts, pdfPageCount, pdfPages, pdfPageSizes } from './read-back';

/** The first page's text split into its left column (labels) and the rest (prompts). */
async function columns(bytes: Uint8Array): Promise<{ left: string; right: string }> {
  const document = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true }).promise;
  const content = await (await document.getPage(1)).getTextContent();
  await document.destroy();
  // The scissors on the cut line sit outside the card.
  const items = content.items.flatMap((item) => ('str' in item && item.str.trim() && item.str !== '✂' ? [item] : []));
  const minX = Math.min(...items.map((item) => item.transform[4] as number));
  const column = (inLeft: boolean) =>
    items
      .filter((item) => ((item.transform[4] as number) - minX < 1) === inLeft)
      .map((item) => item.str)
      .join(' ')
      .replace(/\s+/g, ' ');
  return { left: column(true), right: column(false) };
}

const resourcesDir = defaultResourcesDir();

function prompt(recipient: string, outcome = 'Initech offered me the role.'): NotePrompt {
  return {
    recipient,
    title: `Thank-you note for ${recipient}`,
    sections: [
      { key: 'outcome', label: 'The outcome', text: `Dear ${recipient}, ${outcome}` },
      { key: 'thanks', label: 'A specific thank-you', text: 'Thank you for the call with the recruiter last Tuesday.' },
      { key: 'project', label: 'A shared project to recall', text: 'The checkout rebuild that lifted conversion by 18 %.' },
      { key: 'ask', label: 'Staying a reference', text: 'Would you stay one of my references?' },
      { key: 'closing', label: 'Closing', text: 'Warm regards, Jane' },
    ],
  };
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('note prompts PDF', () => {
  it('prints two cards per page', async () => {
    const prompts = [prompt('Łukasz Żółć'), prompt('王小明'), prompt('Анна Иванова')];
    const pdf = await renderNotePromptsPdf(prompts, { paperSize: 'A4', resourcesDir, language: 'en' });
    expect(await pdfPageCount(pdf)).toBe(2);
    const pages = (await pdfPages(pdf)).map(normalise);
    expect(pages[0]).toContain('Thank-you note for Łukasz Żółć');
    expect(pages[0]).toContain('Thank-you note for 王小明');
    expect(pages[1]).toContain('Thank-you note for Анна Иванова');
    expect(pages[1]).not.toContain('Łukasz');
  });

  it('holds every section label and text of each card, in order', async () => {
    const card = prompt('Ελένη Παπαδοπούλου');
    const pdf = await renderNotePromptsPdf([card], { paperSize: 'Letter', resourcesDir, language: 'en' });
    const { left, right } = await columns(pdf);
    const labelPositions = card.sections.map((section) => left.indexOf(section.label));
    const textPositions = card.sections.map((section) => right.indexOf(section.text));
    for (const position of [...labelPositions, ...textPositions]) expect(position).toBeGreaterThanOrEqual(0);
    expect([...labelPositions].sort((a, b) => a - b)).toEqual(labelPositions);
    expect([...textPositions].sort((a, b) => a - b)).toEqual(textPositions);
    expect(await pdfPageSizes(pdf)).toEqual([{ width: 612, height: 792 }]);
  });

  it('names the recipient when the title does not', async () => {
    const card = { ...prompt('Jürgen Weiß'), title: 'Dankeskarte' };
    const text = normalise((await pdfPages(await renderNotePromptsPdf([card], { paperSize: 'A4', resourcesDir, language: 'de' }))).join('\n'));
    expect(text).toContain('Dankeskarte');
    expect(text).toContain('An: Jürgen Weiß');
  });

  it('keeps an overlong card inside its half of the page and embeds subset fonts', async () => {
    const long = prompt('Anna Smith', `${'so much to say\u0000 '.repeat(700)}`);
    const pdf = await renderNotePromptsPdf([long, prompt('Bob Jones')], { paperSize: 'A4', resourcesDir, language: 'en' });
    expect(await pdfPageCount(pdf)).toBe(1);
    const text = normalise((await pdfPages(pdf)).join('\n'));
    expect(text).toContain('Thank-you note for Bob Jones');
    expect(text).toContain('…');
    expect(text).not.toContain('\u0000');
    for (const font of await pdfFonts(pdf)) expect(font, font.name).toMatchObject({ embedded: true, subset: true });
  });

  it('makes a valid one-page file when there is nothing to print', async () => {
    const pdf = await renderNotePromptsPdf([], { paperSize: 'A4', resourcesDir, language: 'de' });
    expect(await pdfPageCount(pdf)).toBe(1);
  });
});
