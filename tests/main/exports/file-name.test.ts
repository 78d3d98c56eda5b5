import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../main/exports/file-name';

describe('safeFileName', () => {
  it('joins the parts with a dash and adds the extension', () => {
    expect(safeFileName(['References', 'Acme', 'Jane Doe'], 'pdf')).toBe('References – Acme – Jane Doe.pdf');
    expect(safeFileName(['Referenzen', 'Jürgen Weiß'], '.docx')).toBe('Referenzen – Jürgen Weiß.docx');
  });

  it('removes path separators and characters Windows forbids', () => {
    const name = safeFileName(['../../etc/passwd', 'a<b>c:"d"|e?f*g\\h'], 'pdf');
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
    expect(name).toBe('etc passwd – a b c d e f g h.pdf');
  });

  it('skips empty parts and collapses whitespace and control characters', () => {
    expect(safeFileName(['  Brief ', '', '\u0000', 'Anna\t\nSmith'], 'pdf')).toBe('Brief – Anna Smith.pdf');
  });

  it('never returns an empty name or a hidden file', () => {
    expect(safeFileName([], 'pdf')).toBe('Rekindle.pdf');
    expect(safeFileName(['...', '  ', '///'], 'pdf')).toBe('Rekindle.pdf');
    expect(safeFileName(['.hidden'], 'pdf')).toBe('hidden.pdf');
  });

  it('steers clear of device names Windows reserves', () => {
    for (const reserved of ['CON', 'nul', 'Com1', 'LPT9', 'aux.txt']) {
      const base = safeFileName([reserved], 'pdf').replace(/\.pdf$/, '');
      expect(base.toLowerCase()).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/);
    }
  });

  it('caps the length without splitting a character', () => {
    const name = safeFileName(['王'.repeat(300), '😀'.repeat(300)], 'pdf');
    expect(Array.from(name).length).toBeLessThanOrEqual(124);
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('gives a valid, non-empty name for any input', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 5 }), (parts) => {
        const name = safeFileName(parts, 'docx');
        const base = name.slice(0, -'.docx'.length);
        expect(name.endsWith('.docx')).toBe(true);
        expect(base.length).toBeGreaterThan(0);
        expect(base).not.toMatch(/[<>:"/\\|?*\u0000-\u001F]/);
        expect(base).not.toMatch(/^[.\s]|[.\s]$/);
        expect(Array.from(base).length).toBeLessThanOrEqual(140);
      }),
    );
  });
});
