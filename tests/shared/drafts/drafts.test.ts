import { describe, expect, it } from 'vitest';
import type { Reference } from '../../../shared/schema/person';
import { buildDraft, DRAFT_KINDS, draftKindsForStage } from '../../../shared/drafts';
import { fullApplication, fullInput, fullReference, interview, minimalApplication, minimalInput } from './inputs';

const SIE_FORMS = /\b(Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer)\b/;
const DU_FORMS = /\b(du|dich|dir|dein|deine|deinem|deinen|deiner|Du)\b/;
const EMAIL_KINDS = ['reconnect_ask', 'follow_up', 'prep_brief', 'thanks_offer', 'thanks_no'] as const;

function informal(reference: Reference = fullReference()): Reference {
  return { ...reference, address: { ...reference.address, formality: 'informal' } };
}

describe('draft kinds per stage', () => {
  it('offers the ask and the follow-up to reconnect, the brief to prep and three thank-yous', () => {
    expect(draftKindsForStage('reconnect')).toEqual(['reconnect_ask', 'follow_up']);
    expect(draftKindsForStage('prep')).toEqual(['prep_brief']);
    expect(draftKindsForStage('thanks')).toEqual(['thanks_offer', 'thanks_no', 'note_prompt']);
    expect(draftKindsForStage('done')).toEqual([]);
  });

  it('lists every kind once across the stages', () => {
    const offered = (['reconnect', 'prep', 'thanks', 'done'] as const).flatMap(draftKindsForStage);
    expect([...offered].sort()).toEqual([...DRAFT_KINDS].sort());
  });
});

describe('German forms of address', () => {
  it.each(EMAIL_KINDS)('writes %s with "Sie" throughout when the person is addressed formally', (kind) => {
    const body = buildDraft(kind, fullInput(), 'de').body;
    expect(body).toMatch(SIE_FORMS);
    expect(body).not.toMatch(DU_FORMS);
  });

  it.each(EMAIL_KINDS)('writes %s with "du" throughout when the person is addressed informally', (kind) => {
    const body = buildDraft(kind, fullInput({ reference: informal() }), 'de').body;
    expect(body).toMatch(DU_FORMS);
    expect(body).not.toMatch(SIE_FORMS);
  });

  it('keeps "Sie" or "du" even in the general search and minimal drafts', () => {
    for (const kind of EMAIL_KINDS) {
      expect(buildDraft(kind, minimalInput(), 'de').body).not.toMatch(DU_FORMS);
      expect(buildDraft(kind, minimalInput({ reference: informal(minimalInput().reference) }), 'de').body).not.toMatch(SIE_FORMS);
    }
  });

  it('starts the first sentence after the salutation in lower case', () => {
    for (const kind of EMAIL_KINDS) {
      const [, , firstParagraph = ''] = buildDraft(kind, fullInput(), 'de').body.split('\n');
      expect(firstParagraph.charAt(0)).toBe(firstParagraph.charAt(0).toLowerCase());
    }
  });
});

describe('the reconnect ask', () => {
  it('asks openly, gives the role, company and pitch, and makes a no easy', () => {
    const { subject, body } = buildDraft('reconnect_ask', fullInput(), 'en');
    expect(subject).toContain('Globex');
    expect(body).toContain('whether you would be willing to be one of my references');
    expect(body).toContain('the role of Product Manager at Globex in Berlin');
    expect(body).toContain('I launched two products of this kind and know the market well.');
    expect(body).toContain("you'd rather not, just say so");
    expect(body).toContain('our time at ACME GmbH');
  });

  it('says the same in German', () => {
    const { subject, body } = buildDraft('reconnect_ask', fullInput(), 'de');
    expect(subject).toBe('Bitte um eine Referenz für meine Bewerbung bei Globex');
    expect(body).toContain('ob Sie mir als Referenz zur Verfügung stehen würden');
    expect(body).toContain('Für die Stelle als Product Manager bei Globex in Berlin führe ich gerade Vorstellungsgespräche.');
    expect(body).not.toContain('bereits');
    expect(body).toContain('Warum ich gut auf die Stelle passe: I launched two products of this kind and know the market well.');
    expect(body).toContain('lieber absagen möchten');
  });

  it('describes where the application stands', () => {
    const planned = fullInput({ application: fullApplication({ status: 'planned' }) });
    const applied = fullInput({ application: fullApplication({ status: 'applied' }) });
    expect(buildDraft('reconnect_ask', planned, 'en').body).toContain("I'm about to apply for the role");
    expect(buildDraft('reconnect_ask', applied, 'en').body).toContain("I've applied for the role");
    expect(buildDraft('reconnect_ask', fullInput(), 'en').body).toContain("I'm in the interview process");
    expect(buildDraft('reconnect_ask', planned, 'de').body).toContain('Ich bewerbe mich demnächst bei Globex');
    expect(buildDraft('reconnect_ask', applied, 'de').body).toContain('Ich habe mich bei Globex in Berlin auf die Stelle als Product Manager beworben.');
  });

  it('asks for the job search in general without naming a company', () => {
    const input = fullInput({ application: null });
    const english = buildDraft('reconnect_ask', input, 'en');
    expect(english.subject).toBe('Would you be a reference for my job search?');
    expect(english.body).toContain("I'm not tied to one employer yet");
    expect(english.body).toContain("What I'd bring: I launched");
    expect(english.body).not.toContain('Globex');
    const german = buildDraft('reconnect_ask', input, 'de');
    expect(german.subject).toBe('Bitte um eine Referenz für meine Stellensuche');
    expect(german.body).toContain('Noch geht es nicht um ein bestimmtes Unternehmen');
  });

  it('leaves the pitch out when none was typed, and ends a typed one with a full stop', () => {
    const without = buildDraft('reconnect_ask', fullInput({ pitch: '  ' }), 'en').body;
    expect(without).not.toContain('good fit');
    const withQuestion = buildDraft('reconnect_ask', fullInput({ pitch: 'Who else has run two launches?' }), 'en').body;
    expect(withQuestion).toContain('Why I think I\'m a good fit: Who else has run two launches? You know');
    const unfinished = buildDraft('reconnect_ask', fullInput({ pitch: 'Ten years in payments, ' }), 'de').body;
    expect(unfinished).toContain('Warum ich gut auf die Stelle passe: Ten years in payments. Sie kennen');
  });
});

describe('the follow-up', () => {
  it('nudges briefly about the earlier message and keeps the door open', () => {
    const english = buildDraft('follow_up', fullInput(), 'en');
    expect(english.subject).toBe('Following up: a reference for my application at Globex');
    expect(english.body).toContain('following up on my earlier message');
    expect(english.body).toContain('you can reach me at +49 170 1234567');
    const german = buildDraft('follow_up', fullInput(), 'de');
    expect(german.body).toContain('zu meiner letzten Nachricht');
    expect(german.body).toContain('Sie erreichen mich unter +49 170 1234567');
    expect(english.body.length).toBeLessThan(buildDraft('reconnect_ask', fullInput(), 'en').body.length);
  });

  it('offers no phone number the profile does not have', () => {
    expect(buildDraft('follow_up', minimalInput(), 'en').body).not.toContain('reach me');
    expect(buildDraft('follow_up', minimalInput(), 'de').body).not.toContain('erreichen mich');
  });
});

describe('the prep brief', () => {
  it('lists the coming interviews in order with date, time and kind, leaving out past ones', () => {
    const english = buildDraft('prep_brief', fullInput(), 'en').body;
    expect(english).toContain(
      'My interviews:\n- Tuesday, 8 December 2026 at 14:30, video interview\n- Thursday, 17 December 2026, on site – second round with the team',
    );
    expect(english).not.toContain('20 November');
    const german = buildDraft('prep_brief', fullInput(), 'de').body;
    expect(german).toContain(
      'Meine Vorstellungsgespräche:\n- Dienstag, 8. Dezember 2026, um 14:30 Uhr, Videogespräch\n- Donnerstag, 17. Dezember 2026, vor Ort – second round with the team',
    );
  });

  it('says who may call and from when, with their contact details', () => {
    const english = buildDraft('prep_brief', fullInput(), 'en').body;
    expect(english).toContain('Maria Keller, Head of HR at Globex, may get in touch with you from Monday, 14 December 2026.');
    expect(english).toContain('Their contact details: +49 30 555 0100, maria.keller@globex.example.');
    const german = buildDraft('prep_brief', fullInput(), 'de').body;
    expect(german).toContain('Maria Keller, Head of HR bei Globex, wird sich möglicherweise ab Montag, 14. Dezember 2026, bei Ihnen melden.');
  });

  it('gives the talking points as a list and the posting link', () => {
    const body = buildDraft('prep_brief', fullInput(), 'en').body;
    expect(body).toContain('- Moved billing to the new platform, with 30% fewer failed payments\n- Hired and onboarded four engineers');
    expect(body).toContain('https://globex.example/jobs/42');
  });

  it('promises the missing details instead of leaving gaps when the application has only a company and role', () => {
    const input = minimalInput({ application: minimalApplication() });
    const english = buildDraft('prep_brief', input, 'en').body;
    expect(english).toContain('The role: Analyst at Initech\n\n');
    expect(english).toContain("I'll send you my interview dates as soon as they're set.");
    expect(english).toContain("Someone from Initech may get in touch with you. I'll let you know as soon as I know more.");
    expect(english).toContain('go over the projects we worked on together');
    expect(english).not.toMatch(/posting|My interviews|contact details/);
    const german = buildDraft('prep_brief', input, 'de').body;
    expect(german).toContain('Jemand von Initech wird sich möglicherweise bei Ihnen melden. Sobald ich Genaueres weiß, sage ich Ihnen Bescheid.');
  });

  it('names the contact by role when only the role is known', () => {
    const application = minimalApplication({ contact: { name: '', role: 'Recruiter', email: '', phone: '' } });
    expect(buildDraft('prep_brief', minimalInput({ application }), 'en').body).toContain('The Recruiter at Initech may get in touch');
  });

  it('treats an interview without a time or kind as a plain date', () => {
    const application = minimalApplication({ interviews: [interview({ time: null, kind: 'other' })] });
    expect(buildDraft('prep_brief', minimalInput({ application }), 'de').body).toContain('- Dienstag, 8. Dezember 2026\n');
  });
});

describe('the thank-you after an offer', () => {
  it('shares the news and thanks them', () => {
    const input = fullInput({ application: fullApplication({ status: 'offer' }) });
    const english = buildDraft('thanks_offer', input, 'en');
    expect(english.body).toContain('I have good news: Globex has offered me the role of Product Manager.');
    expect(english.body).toContain('Thank you for vouching for me.');
    const german = buildDraft('thanks_offer', input, 'de');
    expect(german.body).toContain('Globex hat mir die Stelle als Product Manager angeboten.');
    expect(german.body).toContain('Herzlichen Dank, dass Sie sich für mich eingesetzt haben.');
  });
});

describe('the thank-you after a no', () => {
  it('says it did not work out, that the search goes on, and asks them to stay a reference', () => {
    const input = fullInput({ application: fullApplication({ status: 'rejected' }) });
    const english = buildDraft('thanks_no', input, 'en').body;
    expect(english).toContain('they chose another candidate for the role of Product Manager');
    expect(english).toContain("I'm still searching");
    expect(english).toContain('Would you be willing to stay one of my references');
    const german = buildDraft('thanks_no', input, 'de').body;
    expect(german).toContain('hat man sich für jemand anderen entschieden');
    expect(german).toContain('Ich suche weiter');
    expect(german).toContain('Darf ich Sie auch bei meinen nächsten Bewerbungen als Referenz nennen?');
  });

  it('says the candidate withdrew when they did', () => {
    const input = fullInput({ application: fullApplication({ status: 'withdrawn' }) });
    expect(buildDraft('thanks_no', input, 'en').body).toContain("I've withdrawn my application for the role of Product Manager");
    expect(buildDraft('thanks_no', input, 'de').body).toContain('dass ich meine Bewerbung bei Globex auf die Stelle als Product Manager zurückgezogen habe');
  });
});
