import { describe, expect, it } from 'vitest';
import { defaultResourcesDir } from '../../../main/exports/fonts';
import { renderReferenceSheetPdf } from '../../../main/exports/reference-sheet-pdf';
import { buildReferenceSheetModel } from '../../../main/exports/sheet-model';
import { person, profile, TODAY } from './fixtures';
import { pdfFonts, pdfPages } from './read-back';

describe('Korean names on a reference sheet', () => {
  it('print in their own embedded font next to Chinese and Latin names', async () => {
    const model = buildReferenceSheetModel({
      profile,
      references: [person({ name: '김민지', organisation: '서울 디자인' }), person({ name: '王小明' }), person({ name: 'Łukasz Żółć' })],
      language: 'en',
      today: TODAY,
    });
    const bytes = await renderReferenceSheetPdf(model, { paperSize: 'A4', resourcesDir: defaultResourcesDir() });
    const text = (await pdfPages(bytes)).join('\n');
    for (const name of ['김민지', '서울 디자인', '王小明', 'Łukasz Żółć']) expect(text).toContain(name);
    const fonts = await pdfFonts(bytes);
    expect(fonts.some((font) => font.name.includes('NotoSansKR'))).toBe(true);
    expect(fonts.every((font) => font.embedded)).toBe(true);
  });
});
