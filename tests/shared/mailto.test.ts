import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../shared/drafts';
import { buildMailtoLink, TRUNCATION_NOTES } from '../../shared/mailto';
import { decodeMailto } from '../fixtures/decode-mailto';
import { fullInput } from './drafts/inputs';

const NOTE_SEPARATOR = '\n\n';

function cutBodyAndNote(body: string): { kept: string; note: string } {
  const at = body.lastIndexOf(NOTE_SEPARATOR);
  return { kept: body.slice(0, at), note: body.slice(at + NOTE_SEPARATOR.length) };
}

describe('buildMailtoLink', () => {
  it('round-trips a subject and body with umlauts, symbols and line breaks exactly', () => {
    const message = {
      to: 'anna.weber@example.com',
      subject: 'Grüße & eine Frage? 100% #wichtig = ja + nein',
      body: 'Liebe Anna,\n\nwie geht’s? Straße: 5 € / ½ 👋\nZeile zwei; a=b&c=d\n\nViele Grüße\nJana',
    };
    const link = buildMailtoLink(message);
    expect(link.truncated).toBe(false);
    expect(decodeMailto(link.href)).toEqual(message);
  });

  it('encodes line breaks as CRLF and leaves no raw spaces or line breaks in the link', () => {
    const { href } = buildMailtoLink({ to: 'a@example.com', subject: 'Hi there', body: 'one\ntwo' });
    expect(href).toBe('mailto:a@example.com?subject=Hi%20there&body=one%0D%0Atwo');
    expect(href).not.toMatch(/[\s]/);
  });

  it('encodes unusual characters in the address so they cannot start the query or a fragment', () => {
    const to = "o'brien+jobs&more?x#y@exämple.com";
    const { href } = buildMailtoLink({ to, subject: 'Hello', body: '' });
    expect(href.indexOf('?')).toBe(href.indexOf('?subject='));
    expect(href).not.toContain('#');
    expect(href).not.toContain('&more');
    expect(decodeMailto(href).to).toBe(to);
  });

  it('keeps a full draft under the default limit whole', () => {
    const draft = buildDraft('reconnect_ask', fullInput(), 'de');
    const link = buildMailtoLink({ to: 'anna@example.com', ...draft });
    expect(link.truncated).toBe(false);
    expect(link.href.length).toBeLessThanOrEqual(1800);
    expect(decodeMailto(link.href)).toMatchObject(draft);
  });

  it('cuts a long body at the end of a sentence and says where the full text is', () => {
    const draft = buildDraft('prep_brief', fullInput(), 'en');
    const link = buildMailtoLink({ to: 'anna@example.com', ...draft, language: 'en' }, 700);
    expect(link.truncated).toBe(true);
    expect(link.href.length).toBeLessThanOrEqual(700);
    const decoded = decodeMailto(link.href);
    expect(decoded.subject).toBe(draft.subject);
    const { kept, note } = cutBodyAndNote(decoded.body);
    expect(note).toBe(TRUNCATION_NOTES.en);
    expect(draft.body.startsWith(kept)).toBe(true);
    expect(kept.length).toBeGreaterThan(0);
    const nextCharacter = draft.body.charAt(kept.length);
    expect(kept.endsWith('.') || kept.endsWith('!') || kept.endsWith('?') || nextCharacter === '\n').toBe(true);
  });

  it('does not take the full stop of "Dr." or a date for the end of a sentence', () => {
    const body = `Short start. Then Dr. Weber and I met on 8. Dezember ${'and talked '.repeat(40)}at length.`;
    const { kept } = cutBodyAndNote(decodeMailto(buildMailtoLink({ to: '', subject: 's', body }, 400).href).body);
    expect(kept).toBe('Short start.');
  });

  it('does not end the kept text on a heading whose list was cut', () => {
    const body = `First paragraph.\n\nMy interviews:\n- ${'a very long line '.repeat(30)}`;
    const { kept } = cutBodyAndNote(decodeMailto(buildMailtoLink({ to: '', subject: 's', body }, 400).href).body);
    expect(kept).toBe('First paragraph.');
  });

  it('writes the note in German for a German draft', () => {
    const draft = buildDraft('prep_brief', fullInput(), 'de');
    const link = buildMailtoLink({ to: '', ...draft, language: 'de' }, 900);
    expect(link.truncated).toBe(true);
    expect(decodeMailto(link.href).body.endsWith(TRUNCATION_NOTES.de)).toBe(true);
  });

  it('cuts between words, marked with an ellipsis, when even the first sentence is too long', () => {
    const body = Array.from({ length: 400 }, (_, index) => `word${index}`).join(' ');
    const link = buildMailtoLink({ to: 'a@example.com', subject: 'Long', body }, 500);
    expect(link.href.length).toBeLessThanOrEqual(500);
    const { kept } = cutBodyAndNote(decodeMailto(link.href).body);
    expect(kept).toMatch(/^word0 word1 .*word\d+ …$/);
    expect(body.startsWith(kept.slice(0, -2))).toBe(true);
  });

  it('shortens a very long subject at a word so the note still fits', () => {
    const subject = 'Subject '.repeat(200).trim();
    const link = buildMailtoLink({ to: 'a@example.com', subject, body: 'Hello.' }, 400);
    expect(link.href.length).toBeLessThanOrEqual(400);
    const decoded = decodeMailto(link.href);
    expect(decoded.subject).toMatch(/^Subject( Subject)* …$/);
    expect(decoded.body).toContain(TRUNCATION_NOTES.en);
  });

  it('replaces a broken surrogate instead of throwing', () => {
    const link = buildMailtoLink({ to: 'a@example.com', subject: 'x\uD800', body: 'y' });
    expect(decodeMailto(link.href).subject).toBe('x\uFFFD');
  });

  it('refuses a limit too short for the address itself', () => {
    expect(() => buildMailtoLink({ to: 'someone@example.com', subject: '', body: '' }, 10)).toThrow(RangeError);
  });

  it('never exceeds the limit, and decodes whole when it did not cut', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 1500 }), fc.integer({ min: 300, max: 2500 }), (subject, body, max) => {
        const link = buildMailtoLink({ to: 'a@example.com', subject, body }, max);
        expect(link.href.length).toBeLessThanOrEqual(max);
        const decoded = decodeMailto(link.href);
        if (!link.truncated) expect(decoded).toEqual({ to: 'a@example.com', subject, body: body.replace(/\r\n?/g, '\n') });
      }),
      { numRuns: 200 },
    );
  });
});
