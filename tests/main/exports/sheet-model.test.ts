import { describe, expect, it } from 'vitest';
import type { Reference } from '../../../shared/schema/person';
import { emptyDocument } from '../../../shared/schema/document';
import {
  buildReferenceSheetModel,
  cleanText,
  defaultSheetPeople,
  relationshipLine,
} from '../../../main/exports/sheet-model';
import { fivePeople, person, profile, TODAY } from './fixtures';

function facts(fields: Partial<Reference>): Reference {
  return person({ name: 'Someone', workedAt: 'ACME', organisation: 'ACME', workedFrom: 2019, workedTo: 2022, ...fields });
}

describe('reference sheet model', () => {
  it('puts the title in the reader’s language and keeps the picked order', () => {
    const people = fivePeople();
    const en = buildReferenceSheetModel({ profile, references: people, language: 'en', today: TODAY });
    const de = buildReferenceSheetModel({ profile, references: people, language: 'de', today: TODAY });
    expect(en.title).toBe('References');
    expect(de.title).toBe('Referenzen');
    expect(en.entries.map((entry) => entry.name)).toEqual(people.map((p) => p.name));
  });

  it('shows only the contact details the profile has in the header', () => {
    const model = buildReferenceSheetModel({
      profile: { ...profile, phone: '', city: '' },
      references: [],
      language: 'en',
      today: TODAY,
    });
    expect(model.header).toEqual({ name: 'Jane Doe', contact: ['jane.doe@example.com'] });
  });

  it('calls a manager whose time together ended a former manager, with the years', () => {
    const line = relationshipLine(facts({ relationship: 'manager' }), 'en', 2026);
    expect(line).toBe('Former manager at ACME, 2019–2022');
  });

  it('uses the German noun that matches the person’s pronouns', () => {
    const she = relationshipLine(facts({ relationship: 'manager', address: { salutation: 'ms', pronouns: 'she', formality: 'formal', title: '' } }), 'de', 2026);
    const he = relationshipLine(facts({ relationship: 'colleague', address: { salutation: 'mr', pronouns: 'he', formality: 'formal', title: '' } }), 'de', 2026);
    const they = relationshipLine(facts({ relationship: 'mentor', address: { salutation: 'neutral', pronouns: 'they', formality: 'formal', title: '' } }), 'de', 2026);
    expect(she).toBe('Ehemalige Vorgesetzte bei ACME, 2019–2022');
    expect(he).toBe('Ehemaliger Kollege bei ACME, 2019–2022');
    expect(they).not.toMatch(/\bMentor(in)?\b/);
    expect(they).toContain('bei ACME, 2019–2022');
  });

  it('names each relationship with the window’s German word, in the person’s gender', () => {
    const as = (relationship: Reference['relationship'], pronouns: Reference['address']['pronouns']) =>
      relationshipLine(facts({ relationship, workedTo: null, organisation: 'ACME', address: { salutation: 'neutral', pronouns, formality: 'formal', title: '' } }), 'de', 2026);

    expect(as('supervisor', 'she')).toBe('Betreuerin bei ACME seit 2019');
    expect(as('supervisor', 'he')).toBe('Betreuer bei ACME seit 2019');
    expect(as('report', 'she')).toBe('Mitarbeiterin in meinem Team bei ACME seit 2019');
  });

  it('drops "former" while the person still works with you at the same place', () => {
    const current = facts({ relationship: 'colleague', workedTo: null, organisation: 'acme ' });
    expect(relationshipLine(current, 'en', 2026)).toBe('Colleague at ACME since 2019');
    expect(relationshipLine({ ...current, address: { ...current.address, pronouns: 'she' } }, 'de', 2026)).toBe(
      'Kollegin bei ACME seit 2019',
    );
  });

  it('says "former" once the person has moved to another organisation, even without an end year', () => {
    const moved = facts({ relationship: 'manager', workedTo: null, organisation: 'Globex' });
    expect(relationshipLine(moved, 'en', 2026)).toMatch(/^Former manager at ACME/);
  });

  it('reads "until" and "from" as part of the phrase, without a comma', () => {
    expect(relationshipLine(facts({ relationship: 'manager', workedFrom: null, workedTo: 2021 }), 'en', 2026)).toBe(
      'Former manager at ACME until 2021',
    );
    expect(relationshipLine(facts({ relationship: 'manager', workedTo: null, organisation: 'Globex' }), 'en', 2026)).toBe(
      'Former manager at ACME from 2019',
    );
  });

  it('keeps the current title on the entry beside a relationship that is still going on', () => {
    const model = buildReferenceSheetModel({
      profile,
      references: [facts({ relationship: 'manager', workedAt: 'Siemens', organisation: 'Siemens', workedTo: null, currentTitle: 'Head of Engineering' })],
      language: 'en',
      today: TODAY,
    });
    expect(model.entries[0]).toMatchObject({ currentTitle: 'Head of Engineering', relationship: 'Manager at Siemens since 2019' });
  });

  it('keeps a range that runs into this year current', () => {
    expect(relationshipLine(facts({ relationship: 'client', workedTo: 2026 }), 'en', 2026)).toBe(
      'Client at ACME, 2019–2026',
    );
  });

  it('leaves out the place and years when they are unknown', () => {
    const line = relationshipLine(facts({ relationship: 'mentor', workedAt: '', workedFrom: null, workedTo: null }), 'en', 2026);
    expect(line).toBe('Mentor');
  });

  it('strips control characters and line breaks from every value', () => {
    const model = buildReferenceSheetModel({
      profile: { ...profile, name: 'Jane\u0000 Doe\u0007' },
      references: [person({ name: 'Anna\u0001\nSmith', currentTitle: 'Lead\u000B\tDesigner\uFFFE' })],
      language: 'en',
      today: TODAY,
    });
    expect(model.header.name).toBe('Jane Doe');
    expect(model.entries[0]?.name).toBe('Anna Smith');
    expect(model.entries[0]?.currentTitle).toBe('Lead Designer');
  });

  it('never prints "undefined" for an empty profile and a person without email', () => {
    const model = buildReferenceSheetModel({
      profile: emptyDocument().profile,
      references: [person({ name: 'Anna Smith', email: '', phone: '' })],
      language: 'de',
      today: TODAY,
    });
    expect(JSON.stringify(model)).not.toContain('undefined');
    expect(model.header).toEqual({ name: '', contact: [] });
    expect(model.documentTitle).toBe('Referenzen');
  });
});

describe('cleanText', () => {
  it('keeps letters of every script and removes what XML forbids', () => {
    expect(cleanText('王小明\u0000 Łukasz\u001F Żółć \uD800')).toBe('王小明 Łukasz Żółć');
    expect(cleanText(undefined)).toBe('');
    expect(cleanText('😀 ok')).toBe('😀 ok');
  });
});

describe('default sheet people', () => {
  it('picks the people who agreed, strongest first', () => {
    const document = emptyDocument();
    document.references = [
      person({ name: 'C', rank: 3 }),
      person({ name: 'Declined', rank: 0, consent: { status: 'declined', askedOn: null, answeredOn: null } }),
      person({ name: 'A', rank: 1 }),
      person({ name: 'Asked', rank: 2, consent: { status: 'asked', askedOn: '2026-11-01', answeredOn: null } }),
      person({ name: 'B', rank: 2 }),
    ];
    expect(defaultSheetPeople(document).map((p) => p.name)).toEqual(['A', 'B', 'C']);
    expect(defaultSheetPeople(document, 2).map((p) => p.name)).toEqual(['A', 'B']);
  });
});
