import { describe, expect, it } from 'vitest';
import { defaultResourcesDir, measureText, splitByScript, wrapText } from '../../../main/exports/fonts';
import { createPdf } from '../../../main/exports/pdf-document';

function newDoc() {
  return createPdf({ paperSize: 'A4', resourcesDir: defaultResourcesDir(), title: 't', author: '', language: 'en' });
}

describe('PDF fonts', () => {
  it('sends Chinese, Japanese and fullwidth text to the CJK font and everything else to DejaVu', () => {
    expect(splitByScript('Anna 王小明 Łukasz')).toEqual([
      { script: 'latin', text: 'Anna ' },
      { script: 'cjk', text: '王小明 ' },
      { script: 'latin', text: 'Łukasz' },
    ]);
    expect(splitByScript('すずき・スズキ（株）').every((run) => run.script === 'cjk')).toBe(true);
    expect(splitByScript('Ελένη Анна').map((run) => run.script)).toEqual(['latin']);
    expect(splitByScript('김민지 王 Kim').map((run) => run.script)).toEqual(['hangul', 'cjk', 'latin']);
  });

  it('measures CJK runs with the CJK font, so mixed text is wider than its Latin part alone', () => {
    const doc = newDoc();
    const style = { size: 10 };
    const latin = measureText(doc, 'Anna ', style);
    const mixed = measureText(doc, 'Anna 王小明', style);
    // Each ideograph is about one em wide.
    expect(mixed - latin).toBeGreaterThan(25);
    expect(mixed - latin).toBeLessThan(35);
    doc.end();
  });

  it('wraps mixed text within the width and keeps every character', () => {
    const doc = newDoc();
    const style = { size: 10 };
    const text = 'Worked with 王小明 at 上海星辰科技有限公司 on the Wrocław launch, then 東京のチームと一緒に新しい製品を作りました and more.';
    const lines = wrapText(doc, text, style, 120);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(measureText(doc, line, style)).toBeLessThanOrEqual(120);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    doc.end();
  });

  it('cuts a word longer than a line instead of letting it run off the page', () => {
    const doc = newDoc();
    const lines = wrapText(doc, `https://example.com/${'a'.repeat(200)}`, { size: 10 }, 100);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(measureText(doc, line, { size: 10 })).toBeLessThanOrEqual(100);
    doc.end();
  });
});
