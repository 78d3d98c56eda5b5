import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/schema/fields';
import type { Address } from '../../../shared/schema/person';
import { buildDraft, buildNotePrompt, DRAFT_KINDS, type DraftInput } from '../../../shared/drafts';
import { fullApplication, fullInput, gapsIn, minimalApplication, minimalInput, minimalReference } from './inputs';

const EMAIL_KINDS = DRAFT_KINDS.filter((kind) => kind !== 'note_prompt');
const STATUSES = ['planned', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn'] as const;
const ADDRESSES: Address[] = (['ms', 'mr', 'neutral'] as const).flatMap((salutation) =>
  (['formal', 'informal'] as const).map((formality) => ({ salutation, formality, pronouns: 'they' as const, title: '' })),
);

const VARIANTS: Record<string, DraftInput> = {
  'full data': fullInput(),
  'only a name': minimalInput(),
  'only a name, informal': minimalInput({ reference: minimalReference('Alex Weber', { address: { ...ADDRESSES[5]! } }) }),
  'a name and a bare application': minimalInput({ application: minimalApplication() }),
  'full data for the search in general': fullInput({ application: null }),
  ...Object.fromEntries(STATUSES.map((status) => [`full data, ${status}`, fullInput({ application: fullApplication({ status }) })])),
};

describe('no draft shows a gap', () => {
  for (const [variant, input] of Object.entries(VARIANTS)) {
    for (const language of LANGUAGES) {
      it.each(EMAIL_KINDS)(`%s in ${language} with ${variant}`, (kind) => {
        const draft = buildDraft(kind, input, language);
        expect(draft.subject).not.toBe('');
        expect(draft.subject).not.toContain('\n');
        expect(gapsIn(draft.subject)).toEqual([]);
        expect(gapsIn(draft.body)).toEqual([]);
      });

      it(`note prompt in ${language} with ${variant}`, () => {
        const prompt = buildNotePrompt(input, language);
        expect(prompt.sections.map((section) => section.key)).toEqual(['outcome', 'thanks', 'project', 'ask', 'closing']);
        for (const text of [prompt.recipient, prompt.title, ...prompt.sections.flatMap((s) => [s.label, s.text])]) {
          expect(text).not.toBe('');
          expect(text).not.toContain('\n');
          expect(gapsIn(text)).toEqual([]);
        }
      });
    }
  }
});

// Letters from several scripts, with apostrophes and hyphens inside words.
const NAME_CHARACTERS = [...'aeioubdklmnrstzäöüßéñçøłÁÉ', ...'αβγδεληπ', ...'абвгдежик', ...'王小明李华', ...'김민준', "'", '-'];
const word = fc
  .array(fc.constantFrom(...NAME_CHARACTERS), { minLength: 1, maxLength: 10 })
  .map((chars) => chars.join(''))
  .filter((text) => /^\p{L}/u.test(text) && /\p{L}$/u.test(text));
const name = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', '  ', '\t', '\n '))
  .map(([words, gap]) => ` ${words.join(gap)} `);

describe('any name', () => {
  it('yields every draft without placeholders, gaps or a broken salutation', () => {
    fc.assert(
      fc.property(name, fc.constantFrom(...ADDRESSES), fc.constantFrom(...LANGUAGES), fc.constantFrom(...EMAIL_KINDS), (personName, address, language, kind) => {
        const reference = minimalReference(personName, { address });
        const input = minimalInput({ reference, profile: { ...minimalInput().profile, name: personName } });
        const draft = buildDraft(kind, input, language);
        expect(gapsIn(draft.body)).toEqual([]);
        const greeting = draft.body.split('\n')[0] ?? '';
        expect(greeting).toMatch(/^\S.*\p{L},$/u);
        const someWordOfTheName = personName.trim().split(/\s+/).some((part) => greeting.includes(part));
        expect(someWordOfTheName).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
