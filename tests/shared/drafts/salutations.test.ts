import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/schema/fields';
import type { Address } from '../../../shared/schema/person';
import { buildDraft, buildNotePrompt } from '../../../shared/drafts';
import { FULL_PROFILE, fullInput, minimalInput, minimalReference } from './inputs';

function firstLine(name: string, address: Partial<Address>, language: Language): string {
  const reference = minimalReference(name, {
    address: { salutation: 'neutral', pronouns: 'they', formality: 'formal', title: '', ...address },
  });
  return buildDraft('reconnect_ask', minimalInput({ reference }), language).body.split('\n')[0] ?? '';
}

describe('German salutations', () => {
  it('greets formally by title and family name', () => {
    expect(firstLine('Anna Weber', { salutation: 'ms', title: 'Dr.' }, 'de')).toBe('Sehr geehrte Frau Dr. Weber,');
    expect(firstLine('Jonas Weber', { salutation: 'mr' }, 'de')).toBe('Sehr geehrter Herr Weber,');
    expect(firstLine('Alex Weber', { salutation: 'neutral' }, 'de')).toBe('Guten Tag Alex Weber,');
  });

  it('greets informally by first name', () => {
    expect(firstLine('Anna Weber', { salutation: 'ms', formality: 'informal', title: 'Dr.' }, 'de')).toBe('Liebe Anna,');
    expect(firstLine('Jonas Weber', { salutation: 'mr', formality: 'informal' }, 'de')).toBe('Lieber Jonas,');
    expect(firstLine('Alex Weber', { salutation: 'neutral', formality: 'informal' }, 'de')).toBe('Hallo Alex,');
  });

  it('keeps name particles with the family name', () => {
    expect(firstLine('Ursula von der Leyen', { salutation: 'ms' }, 'de')).toBe('Sehr geehrte Frau von der Leyen,');
  });

  it('does not take a title typed into the name for a first name', () => {
    expect(firstLine('Dr. Anna Weber', { salutation: 'ms', formality: 'informal' }, 'de')).toBe('Liebe Anna,');
  });
});

describe('English salutations', () => {
  it('greets formally with Ms or Mr, or the academic title in their place', () => {
    expect(firstLine('Anna Weber', { salutation: 'ms' }, 'en')).toBe('Dear Ms Weber,');
    expect(firstLine('Jonas Weber', { salutation: 'mr' }, 'en')).toBe('Dear Mr Weber,');
    expect(firstLine('Anna Weber', { salutation: 'ms', title: 'Dr.' }, 'en')).toBe('Dear Dr. Weber,');
    expect(firstLine('Alex Weber', { salutation: 'neutral' }, 'en')).toBe('Dear Alex Weber,');
  });

  it('greets informally by first name', () => {
    expect(firstLine('Anna Weber', { salutation: 'ms', formality: 'informal' }, 'en')).toBe('Hi Anna,');
  });
});

describe('names from many places', () => {
  it('keeps apostrophes and hyphens in family names', () => {
    expect(firstLine("Siobhan O'Brien", { salutation: 'ms' }, 'en')).toBe("Dear Ms O'Brien,");
    expect(firstLine("Siobhan O'Brien", { salutation: 'ms' }, 'de')).toBe("Sehr geehrte Frau O'Brien,");
    expect(firstLine('Klaus Müller-Lüdenscheidt', { salutation: 'mr' }, 'de')).toBe('Sehr geehrter Herr Müller-Lüdenscheidt,');
    expect(firstLine('Klaus Müller-Lüdenscheidt', { salutation: 'mr', formality: 'informal' }, 'de')).toBe('Lieber Klaus,');
  });

  it('uses the whole name for a Chinese name, which puts the family name first', () => {
    expect(firstLine('王小明', { salutation: 'mr' }, 'en')).toBe('Dear Mr 王小明,');
    expect(firstLine('王小明', { salutation: 'mr', formality: 'informal' }, 'de')).toBe('Lieber 王小明,');
    expect(firstLine('王 小明', { salutation: 'mr' }, 'de')).toBe('Sehr geehrter Herr 王 小明,');
  });

  it('splits Greek and Cyrillic names like any other', () => {
    expect(firstLine('Ελένη Παπαδοπούλου', { salutation: 'ms' }, 'de')).toBe('Sehr geehrte Frau Παπαδοπούλου,');
    expect(firstLine('Ελένη Παπαδοπούλου', { salutation: 'ms', formality: 'informal' }, 'en')).toBe('Hi Ελένη,');
    expect(firstLine('Анна Иванова', { salutation: 'ms' }, 'en')).toBe('Dear Ms Иванова,');
    expect(firstLine('Анна Иванова', { salutation: 'ms', formality: 'informal' }, 'de')).toBe('Liebe Анна,');
  });

  it('uses a single name as both first and family name', () => {
    expect(firstLine('Madonna', { salutation: 'ms' }, 'en')).toBe('Dear Ms Madonna,');
    expect(firstLine('Madonna', { salutation: 'ms', formality: 'informal' }, 'de')).toBe('Liebe Madonna,');
  });

  it('reads a name with stray spaces and line breaks as one clean name', () => {
    expect(firstLine('  Anna \n  Weber ', { salutation: 'ms' }, 'de')).toBe('Sehr geehrte Frau Weber,');
  });
});

describe('signing off', () => {
  it('signs formal drafts with the full name and informal ones with the first name', () => {
    const formal = buildDraft('follow_up', fullInput(), 'en').body;
    expect(formal.endsWith('Kind regards,\nJana Novak')).toBe(true);
    const informal = fullInput();
    informal.reference.address.formality = 'informal';
    expect(buildDraft('follow_up', informal, 'de').body.endsWith('Viele Grüße\nJana')).toBe(true);
  });

  it('puts no comma after a German closing', () => {
    expect(buildDraft('reconnect_ask', fullInput(), 'de').body).toMatch(/Mit freundlichen Grüßen\nJana Novak$/);
  });

  it('ends with the closing alone when the profile has no name', () => {
    expect(buildDraft('follow_up', minimalInput(), 'en').body).toMatch(/\n\nKind regards$/);
    expect(buildDraft('follow_up', minimalInput(), 'de').body).toMatch(/\n\nMit freundlichen Grüßen$/);
    const note = buildNotePrompt(minimalInput(), 'de');
    // A formal German card closes warm but formal, like its "Liebe Frau …" opening.
    expect(note.sections.at(-1)?.text).toMatch(/Mit herzlichen Grüßen$/);
  });

  it('signs the note prompt with the profile name', () => {
    const note = buildNotePrompt(fullInput({ profile: FULL_PROFILE }), 'en');
    expect(note.sections.at(-1)?.text).toMatch(/Warm regards, Jana Novak$/);
  });
});
