import { describe, expect, it } from 'vitest';
import { buildHeadsUpDraft, headsUpPoints } from '../../../shared/drafts/heads-up';
import type { Application } from '../../../shared/schema/application';
import type { Reference } from '../../../shared/schema/person';
import { makeApplication, makeReference } from '../../fixtures/documents';

const profile = { name: 'Lena Fischer', email: 'lena@example.com', phone: '', city: 'Köln', links: [] };

const application: Application = makeApplication({
  company: 'Globex GmbH',
  role: 'Engineering Manager',
  location: 'Hamburg',
  keyRequirements: ['hiring', 'delivery'],
  referenceCheck: {
    id: 'chk',
    announcedOn: '2026-11-30',
    expectedOn: '2026-12-03',
    caller: { name: 'Jana Vogt', title: 'Recruiterin', email: 'jana@globex.example', phone: '+49 40 5550' },
  },
});

const anna: Reference = makeReference({
  name: 'Anna Berg',
  address: { salutation: 'ms', pronouns: 'she', formality: 'formal', title: '' },
  talkingPoints: [
    { id: 'p1', text: 'The office move', themes: ['ops'] },
    { id: 'p2', text: 'Built the hiring loop', themes: ['hiring'] },
    { id: 'p3', text: 'Shipped the checkout redesign on time', themes: ['delivery', 'hiring'] },
    { id: 'p4', text: 'Ran the offsite', themes: [] },
  ],
});

describe('the heads-up draft', () => {
  it('chooses up to three points, those sharing most themes with the role first', () => {
    expect(headsUpPoints(anna, application)).toEqual(['Shipped the checkout redesign on time', 'Built the hiring loop', 'The office move']);
  });

  it('names the caller, the day, the role and the points, asks to confirm details and thanks, in formal English', () => {
    const draft = buildHeadsUpDraft({ profile, reference: anna, application }, 'en');
    expect(draft.subject).toBe('Heads-up: Globex GmbH will contact you for a reference');
    expect(draft.body).toBe(
      [
        'Dear Ms Berg,',
        '',
        'I wanted to let you know before the phone rings: Globex GmbH is checking my references. Jana Vogt (Recruiterin) will get in touch on Thursday, 3 December 2026. They may call or write from +49 40 5550 or jana@globex.example.',
        '',
        'The role is Engineering Manager at Globex GmbH in Hamburg.',
        '',
        'It would help me most if you could mention:',
        '- Shipped the checkout redesign on time',
        '- Built the hiring loop',
        '- The office move',
        '',
        'Could you also confirm your current title, email address and phone number, so that the details I give employers are right?',
        '',
        'Thank you very much for taking the time to do this for me.',
        '',
        'Warm regards,',
        'Lena Fischer',
      ].join('\n'),
    );
  });

  it('writes German with du, the date set off by commas and the company with its article', () => {
    const informal = { ...anna, address: { ...anna.address, formality: 'informal' as const } };
    const draft = buildHeadsUpDraft({ profile, reference: informal, application }, 'de');
    expect(draft.subject).toBe('Vorab zur Info: Die Globex GmbH meldet sich wegen einer Referenz');
    expect(draft.body).toBe(
      [
        'Liebe Anna,',
        '',
        'damit dich der Anruf nicht überrascht: Die Globex GmbH holt gerade Referenzen über mich ein. Jana Vogt (Recruiterin) meldet sich am Donnerstag, 3. Dezember 2026, bei dir. Der Kontakt kommt voraussichtlich von +49 40 5550 oder jana@globex.example.',
        '',
        'Es geht um die Stelle als Engineering Manager bei der Globex GmbH in Hamburg.',
        '',
        'Am meisten würde es mir helfen, wenn du diese Punkte ansprichst:',
        '- Shipped the checkout redesign on time',
        '- Built the hiring loop',
        '- The office move',
        '',
        'Könntest du mir bei der Gelegenheit deine aktuelle Position, E-Mail-Adresse und Telefonnummer bestätigen? Dann stimmen die Angaben, die ich weitergebe.',
        '',
        'Danke dir von Herzen, dass du dir dafür Zeit nimmst.',
        '',
        'Herzliche Grüße',
        'Lena',
      ].join('\n'),
    );
  });

  it('says "in the next few days" and uses Sie when no day was given', () => {
    const undated = { ...application, referenceCheck: { ...application.referenceCheck!, expectedOn: null, caller: { name: '', title: '', email: '', phone: '' } } };
    const english = buildHeadsUpDraft({ profile, reference: anna, application: undated }, 'en').body;
    expect(english).toContain('Someone from Globex GmbH will get in touch in the next few days.');
    expect(english).not.toContain('They may call');
    const german = buildHeadsUpDraft({ profile, reference: anna, application: undated }, 'de').body;
    expect(german).toContain('Jemand von der Globex GmbH meldet sich in den nächsten Tagen bei Ihnen.');
    expect(german).toContain('Könnten Sie mir bei der Gelegenheit Ihre aktuelle Position');
  });
});
