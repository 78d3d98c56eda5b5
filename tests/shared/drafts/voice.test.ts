// How the drafts sound: the opening weighs the gap, the advice is followed without being
// quoted, German gets its articles and commas, and no draft tells news that did not happen.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../shared/dates';
import { buildDraft, buildNotePrompt, DRAFT_KINDS, type DraftInput } from '../../../shared/drafts';
import { germanAt, germanCompany, germanFrom } from '../../../shared/drafts/company';
import type { Language } from '../../../shared/schema/fields';
import type { ApplicationStatus } from '../../../shared/schema/application';
import { RELATIONSHIPS } from '../../../shared/schema/person';
import { draftsReview } from '../../drafts/drafts-review';
import { fullApplication, fullInput, fullReference, TODAY } from './inputs';

const LANGUAGES = ['en', 'de'] as const;
const FORMALITIES = ['formal', 'informal'] as const;
const EMAIL_KINDS = DRAFT_KINDS.filter((kind) => kind !== 'note_prompt');

function withGap(lastContactedOn: string, formality: 'formal' | 'informal' = 'formal', status: ApplicationStatus = 'applied'): DraftInput {
  const base = fullReference({ lastContactedOn });
  return fullInput({ reference: { ...base, address: { ...base.address, formality } }, application: fullApplication({ status }) });
}

const APOLOGY = /sorry|apolog|should have|lose touch|lost touch|my fault|down to me|leid|hätte mich|einschlafen|lag an mir/i;
const OWNERSHIP: Record<Language, string> = { en: "that's down to me: I let us lose touch", de: 'das lag an mir: Ich habe den Kontakt einschlafen lassen' };

describe('the opening of the ask', () => {
  for (const language of LANGUAGES) {
    for (const formality of FORMALITIES) {
      it(`does not apologise for a gap of a few weeks (${language}, ${formality})`, () => {
        for (const days of [15, 21, 35, 55]) {
          const body = buildDraft('reconnect_ask', withGap(addDays(TODAY, -days), formality), language).body;
          expect(body).not.toMatch(APOLOGY);
        }
      });

      it(`names a gap of months lightly, without owning a lapse (${language}, ${formality})`, () => {
        const body = buildDraft('reconnect_ask', withGap(addMonths(TODAY, -5), formality), language).body;
        expect(body).toContain(language === 'en' ? 'about five months' : 'etwa fünf Monaten');
        expect(body).not.toMatch(APOLOGY);
      });

      it(`owns a silence of years plainly, once (${language}, ${formality})`, () => {
        const body = buildDraft('reconnect_ask', withGap(addMonths(TODAY, -36), formality), language).body;
        expect(body).toContain(OWNERSHIP[language]);
        expect(body.split(OWNERSHIP[language])).toHaveLength(2);
      });
    }
  }

  it('follows the advice without quoting it', () => {
    for (const language of LANGUAGES) {
      for (const kind of EMAIL_KINDS) {
        const { subject, body } = buildDraft(kind, fullInput(), language);
        expect(`${subject}\n${body}`).not.toMatch(/openly|ganz offen|own the|give context|be open about/i);
      }
    }
  });
});

describe('places and companies', () => {
  it('writes the location as a sentence says it, and a remote job as remote', () => {
    expect(buildDraft('reconnect_ask', fullInput(), 'en').body).toContain('the role of Product Manager at Globex in Berlin');
    expect(buildDraft('reconnect_ask', fullInput(), 'en').body).not.toContain('(Berlin)');
    const remote = fullInput({ application: fullApplication({ location: 'Remote', status: 'applied' }) });
    expect(buildDraft('reconnect_ask', remote, 'en').body).toContain('the remote role of Product Manager at Globex.');
    expect(buildDraft('reconnect_ask', remote, 'de').body).toContain('auf die Remote-Stelle als Product Manager beworben');
    expect(buildDraft('reconnect_ask', remote, 'de').body).not.toMatch(/in Remote/);
  });

  it('puts the article German needs before a company with a legal form, and none before a bare name', () => {
    expect(germanAt('ACME GmbH')).toBe('bei der ACME GmbH');
    expect(germanAt('Siemens AG')).toBe('bei der Siemens AG');
    expect(germanAt('SAP SE')).toBe('bei der SAP SE');
    expect(germanAt('Müller & Söhne KG')).toBe('bei der Müller & Söhne KG');
    expect(germanAt('Bauer GmbH & Co. KG')).toBe('bei der Bauer GmbH & Co. KG');
    expect(germanAt('Sportfreunde Nord e.V.')).toBe('beim Sportfreunde Nord e.V.');
    expect(germanFrom('ACME GmbH')).toBe('von der ACME GmbH');
    expect(germanCompany('ACME GmbH', 'nominative')).toBe('die ACME GmbH');
    expect(germanAt('Northwind')).toBe('bei Northwind');
    expect(germanAt('Siemens')).toBe('bei Siemens');
    // A legal form must be a word of its own: "Vag" or "Sage" are names, not forms.
    expect(germanAt('Sage')).toBe('bei Sage');
    expect(germanAt('Die Bahn AG')).toBe('bei Die Bahn AG');
  });

  it('uses the article in German drafts and leaves English as it is', () => {
    const acme = fullInput({ application: fullApplication({ company: 'ACME GmbH', status: 'applied' }) });
    const german = buildDraft('reconnect_ask', acme, 'de');
    expect(german.subject).toBe('Bitte um eine Referenz für meine Bewerbung bei der ACME GmbH');
    expect(german.body).toContain('Ich habe mich bei der ACME GmbH in Berlin auf die Stelle als Product Manager beworben.');
    expect(german.body).toContain('An unsere gemeinsame Zeit bei der ACME GmbH denke ich noch gern zurück.');
    const offer = fullInput({ application: fullApplication({ company: 'ACME GmbH', status: 'offer' }) });
    expect(buildDraft('thanks_offer', offer, 'de').body).toContain('Die ACME GmbH hat mir die Stelle als Product Manager angeboten.');
    expect(buildDraft('reconnect_ask', acme, 'en').body).toContain('at ACME GmbH in Berlin');
  });
});

describe('German with a native eye', () => {
  it('closes a date inside a sentence with a comma', () => {
    const body = buildDraft('prep_brief', fullInput(), 'de').body;
    expect(body).toContain('ab Montag, 14. Dezember 2026, bei Ihnen melden');
    expect(body).toContain('- Dienstag, 8. Dezember 2026, um 14:30 Uhr, Videogespräch');
  });

  it('says where the interviews stand without "bereits in den Vorstellungsgesprächen"', () => {
    const body = buildDraft('reconnect_ask', fullInput(), 'de').body;
    expect(body).not.toContain('bereits in den Vorstellungsgesprächen');
    expect(body).toContain('führe ich gerade Vorstellungsgespräche');
  });

  it('gives a "Sie" subjects without the casual touches of a "du"', () => {
    const formal = fullInput();
    const informal = fullInput({ reference: fullReference({ address: { salutation: 'ms', pronouns: 'she', formality: 'informal', title: '' } }) });
    for (const kind of ['follow_up', 'prep_brief', 'thanks_offer'] as const) {
      const input = kind === 'thanks_offer' ? { ...formal, application: fullApplication({ status: 'offer' }) } : formal;
      expect(buildDraft(kind, input, 'de').subject).not.toMatch(/Kurze|Danke!|danke!/);
    }
    expect(buildDraft('follow_up', informal, 'de').subject).toMatch(/^Kurze Nachfrage/);
  });

  it('keeps one register on a formal note card: a warm formal opening and a formal close', () => {
    const prompt = buildNotePrompt(fullInput({ application: fullApplication({ status: 'rejected' }) }), 'de');
    expect(prompt.sections[0]?.text).toMatch(/^Liebe Frau Dr\. Weber, /);
    expect(prompt.sections.at(-1)?.text).toMatch(/Mit herzlichen Grüßen – Jana Novak$/);
    expect(prompt.sections.map((section) => section.text).join(' ')).not.toMatch(/\b(du|dir|dich|dein)\b/);
  });
});

const OFFER_NEWS = /offered|good news|new position|angeboten|gute Neuigkeiten|Zusage/i;

describe('news that did not happen', () => {
  it('never tells of an offer in the no-offer thank-you or the note after a no or a withdrawal', () => {
    for (const status of ['rejected', 'withdrawn'] as const) {
      for (const language of LANGUAGES) {
        for (const formality of FORMALITIES) {
          const input = withGap(addMonths(TODAY, -5), formality, status);
          const draft = buildDraft('thanks_no', input, language);
          expect(`${draft.subject}\n${draft.body}`).not.toMatch(OFFER_NEWS);
          const note = buildNotePrompt(input, language);
          expect(note.sections.map((section) => section.text).join('\n')).not.toMatch(OFFER_NEWS);
        }
      }
    }
  });
});

describe('the note prompt, person by person', () => {
  const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/).map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);

  it('never says the same sentence twice, with or without talking points and a workplace', () => {
    for (const language of LANGUAGES) {
      for (const formality of FORMALITIES) {
        for (const relationship of RELATIONSHIPS) {
          for (const status of ['offer', 'rejected', 'withdrawn', 'interviewing'] as const) {
            for (const talkingPoints of [[], [{ id: 'tp', text: 'Led the billing rewrite' }]]) {
              for (const workedAt of ['', 'ACME GmbH']) {
                const reference = fullReference({ relationship, talkingPoints, workedAt });
                const input = fullInput({ reference: { ...reference, address: { ...reference.address, formality } }, application: fullApplication({ status }) });
                const all = buildNotePrompt(input, language).sections.flatMap((section) => sentencesOf(section.text));
                expect(new Set(all).size, all.join(' | ')).toBe(all.length);
                expect(all.join(' ').split('ACME GmbH').length - 1, all.join(' | ')).toBeLessThanOrEqual(1);
              }
            }
          }
        }
      }
    }
  });

  it('thanks each person for what they did, by how you worked together', () => {
    const thanks = (relationship: (typeof RELATIONSHIPS)[number]) =>
      buildNotePrompt(fullInput({ reference: fullReference({ relationship }) }), 'en').sections.find((section) => section.key === 'thanks')?.text;
    expect(thanks('manager')).toContain('everything you taught me as my manager at ACME GmbH');
    expect(thanks('mentor')).toContain('all the advice you have given me');
    expect(new Set(RELATIONSHIPS.map(thanks)).size).toBe(RELATIONSHIPS.length);
  });

  it('has a line of its own for the shared work when there are no talking points', () => {
    const bare = fullInput({ reference: fullReference({ talkingPoints: [], workedAt: '' }) });
    const project = buildNotePrompt(bare, 'de').sections.find((section) => section.key === 'project')?.text;
    expect(project).toBe('Wenn ich etwas Neues anfange, denke ich noch oft an unsere Zusammenarbeit.');
  });
});

describe('the review file', () => {
  it('holds exactly what the templates write today (run npm run drafts after changing them)', () => {
    expect(readFileSync('docs/drafts-review.md', 'utf8')).toBe(draftsReview());
  });
});
