import { describe, expect, it } from 'vitest';
import { defaultResourcesDir } from '../../../main/exports/fonts';
import { renderPrepBriefPdf } from '../../../main/exports/prep-brief-pdf';
import type { Reference } from '../../../shared/schema/person';
import { emptyDocument } from '../../../shared/schema/document';
import { application, fivePeople, profile, TODAY } from './fixtures';
import { pdfFonts, pdfPages } from './read-back';

const resourcesDir = defaultResourcesDir();

function anna(fields: Partial<Reference> = {}): Reference {
  return {
    ...fivePeople()[2]!,
    talkingPoints: [
      { id: 't1', text: 'Rebuilt the checkout flow: conversion up 18 % in three months' },
      { id: 't2', text: '- Migrated 40 services without an outage' },
    ],
    ...fields,
  };
}

async function briefText(...args: Parameters<typeof renderPrepBriefPdf>): Promise<string> {
  const pages = await pdfPages(await renderPrepBriefPdf(...args));
  return pages.join('\n').replace(/[ \t]+/g, ' ');
}

describe('prep brief PDF', () => {
  it('tells the reference the role, the interviews, who may call and when, and the talking points', async () => {
    const text = await briefText(
      { profile, reference: anna(), application: application(), language: 'en', today: TODAY },
      { paperSize: 'A4', resourcesDir },
    );
    const expected = [
      'Jane Doe',
      'For Анна Иванова',
      'The role',
      'Staff Product Engineer at Initech, Berlin',
      'https://jobs.example.com/initech/staff-product-engineer',
      'Interviews',
      'Thursday, 3 December 2026 at 14:00, video interview',
      'Thursday, 10 December 2026, on site',
      'Who may call, and when',
      'Peter Gibbons, Recruiter, Initech',
      '+49 30 555 0200 · peter@initech.example',
      'Reference checks are expected from Monday, 14 December 2026.',
      'What we achieved together',
      'Rebuilt the checkout flow: conversion up 18 % in three months',
      'Migrated 40 services without an outage',
    ];
    let from = 0;
    for (const piece of expected) {
      const at = text.indexOf(piece, from);
      expect(at, piece).toBeGreaterThanOrEqual(from);
      from = at + piece.length;
    }
    expect(text).not.toContain('- Migrated');
  });

  it('addresses the person as "du" or "Sie" in German, as they are addressed elsewhere', async () => {
    const options = { paperSize: 'A4', resourcesDir } as const;
    const informal = await briefText({ profile, reference: anna(), application: application(), language: 'de', today: TODAY }, options);
    const formalReference = anna({ address: { salutation: 'ms', pronouns: 'she', formality: 'formal', title: '' } });
    const formal = await briefText({ profile, reference: formalReference, application: application(), language: 'de', today: TODAY }, options);
    expect(informal).toContain('Wer sich bei dir melden könnte');
    expect(formal).toContain('Wer sich bei Ihnen melden könnte');
    expect(formal).toContain('Vorstellungsgespräche');
    expect(formal).toContain('Donnerstag, 3. Dezember 2026, um 14:00 Uhr');
    expect(formal).toContain('Referenzen werden voraussichtlich ab Montag, 14. Dezember 2026, eingeholt.');
  });

  it('leaves past interviews out and says when nothing is scheduled or known yet', async () => {
    const past = application({
      interviews: [{ id: 'old', date: '2026-11-01', time: '09:00', kind: 'phone', note: '' }],
      referenceCheckOn: null,
      contact: { name: '', role: '', email: '', phone: '' },
      postingUrl: '',
    });
    const text = await briefText(
      { profile, reference: anna({ talkingPoints: [] }), application: past, language: 'en', today: TODAY },
      { paperSize: 'Letter', resourcesDir },
    );
    expect(text).not.toContain('1 November 2026');
    expect(text).toContain('No interview dates yet');
    expect(text).toContain('The company has not named a contact yet.');
    expect(text).toContain('There is no date for reference checks yet.');
    expect(text).not.toContain('What we achieved together');
    expect(text).not.toContain('undefined');
  });

  it('makes a general brief when the request is not for one application', async () => {
    const text = await briefText(
      { profile: emptyDocument().profile, reference: anna(), application: null, language: 'de', today: TODAY },
      { paperSize: 'A4', resourcesDir },
    );
    expect(text).toContain('Ich suche eine neue Stelle');
    expect(text).toContain('Was wir gemeinsam erreicht haben');
    expect(text).not.toContain('undefined');
    expect(text).not.toContain('null');
  });

  it('flows many long talking points over pages and keeps control characters out', async () => {
    const talkingPoints = Array.from({ length: 40 }, (_, index) => ({
      id: `t${index}`,
      text: `Point ${index}\u0007: ${'we shipped it together and it worked; '.repeat(25)}`.slice(0, 1000),
    }));
    const pdf = await renderPrepBriefPdf(
      { profile, reference: anna({ talkingPoints }), application: application({ notes: 'n'.repeat(10_000) }), language: 'en', today: TODAY },
      { paperSize: 'A4', resourcesDir },
    );
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(2);
    const text = pages.join('\n');
    expect(text).toContain('Point 0:');
    expect(text).toContain('Point 39:');
    expect(text).not.toContain('\u0007');
    for (const font of await pdfFonts(pdf)) expect(font, font.name).toMatchObject({ embedded: true, subset: true });
  });
});
