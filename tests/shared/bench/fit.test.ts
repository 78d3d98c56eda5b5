// The sheet picker's order for six people and two applications, with the sentence that
// explains each rank. The tables are the expected result, worked out by hand from the
// rules: 3 per shared theme, 2 for the relationship the role needs, 1 for a senior title,
// consent +2 agreed / -1 not asked, -1 for stale details, -1 per call in 30 days (-4 at the threshold).
import { describe, expect, it } from 'vitest';
import { rankByFit, suggestRested } from '../../../shared/bench/fit';
import type { Reference } from '../../../shared/schema/person';
import type { EmployerCall } from '../../../shared/schema/request';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';

const TODAY = '2026-03-31';
const call = (id: string, on: string): EmployerCall => ({ id, on, caller: 'Recruiter', minutes: 30, asked: '', told: '', debriefedOn: on });
const consent = (status: Reference['consent']['status']) => ({ status, askedOn: status === 'not_asked' ? null : '2026-01-02', answeredOn: null });
const he = { salutation: 'mr' as const, pronouns: 'he' as const, formality: 'informal' as const, title: '' };
const she = { salutation: 'ms' as const, pronouns: 'she' as const, formality: 'informal' as const, title: '' };
const they = { salutation: 'neutral' as const, pronouns: 'they' as const, formality: 'informal' as const, title: '' };

const northwind = makeApplication({ id: 'northwind', role: 'Engineering Manager', status: 'interviewing', keyRequirements: ['delivery', 'hiring'] });
const contoso = makeApplication({ id: 'contoso', role: 'Product Designer', status: 'interviewing', keyRequirements: ['Collaboration', 'research'] });

const people: Reference[] = [
  makeReference({
    id: 'anna', rank: 0, address: she, relationship: 'manager', currentTitle: 'Head of Engineering', consent: consent('agreed'), detailsConfirmedOn: '2026-01-10',
    talkingPoints: [
      { id: 'anna-1', text: 'Led the checkout redesign with you', themes: ['delivery', 'ux'] },
      { id: 'anna-2', text: 'Built the hiring loop', themes: ['hiring'] },
    ],
  }),
  makeReference({
    id: 'ben', rank: 1, address: he, relationship: 'colleague', currentTitle: 'Software Engineer', consent: consent('agreed'), detailsConfirmedOn: '2025-06-01',
    talkingPoints: [{ id: 'ben-1', text: 'Ran the design sprints together', themes: ['collaboration', 'research'] }],
  }),
  makeReference({
    id: 'cleo', rank: 2, address: she, relationship: 'client', currentTitle: 'Director of Product', consent: consent('asked'), detailsConfirmedOn: null,
    talkingPoints: [{ id: 'cleo-1', text: 'Shipped the research repository', themes: ['research'] }],
  }),
  makeReference({
    id: 'dev', rank: 3, address: they, relationship: 'manager', currentTitle: 'Engineering Manager', consent: consent('agreed'), detailsConfirmedOn: '2026-02-01', atCurrentEmployer: true,
    talkingPoints: [{ id: 'dev-1', text: 'Cut deploy time in half', themes: ['delivery'] }],
  }),
  makeReference({
    id: 'eve', rank: 4, address: she, relationship: 'supervisor', currentTitle: 'Team Lead', consent: consent('not_asked'), detailsConfirmedOn: '2024-12-01',
    talkingPoints: [{ id: 'eve-1', text: 'Planned the hiring roadmap', themes: ['Hiring'] }],
  }),
  makeReference({
    id: 'finn', rank: 5, address: he, relationship: 'colleague', currentTitle: 'Designer', consent: consent('declined'), detailsConfirmedOn: '2026-03-01',
    talkingPoints: [{ id: 'finn-1', text: 'Paired on accessibility', themes: ['collaboration'] }],
  }),
];

const document = makeDocument({
  applications: [northwind, contoso],
  references: people,
  requests: [
    makeRequest({ id: 'r-anna', referenceId: 'anna', applicationId: 'northwind', stage: 'prep', calls: [call('a1', '2026-03-15')] }),
    // Three calls from 2 March (the 30th day back from 31 March) on; the one on 28 February is older.
    makeRequest({ id: 'r-ben', referenceId: 'ben', applicationId: 'contoso', stage: 'prep', calls: [call('b0', '2026-02-28'), call('b1', '2026-03-02'), call('b2', '2026-03-03'), call('b3', '2026-03-20')] }),
    makeRequest({ id: 'r-eve', referenceId: 'eve', applicationId: null, stage: 'done', calls: [call('e1', '2026-01-05')] }),
  ],
});

type Row = [id: string, score: number, heldBack: boolean, en: string, de: string];

const NORTHWIND: Row[] = [
  ['anna', 10, false,
    'Led the checkout redesign with you; manager, suits this role, senior title; has agreed; called once in the last 30 days.',
    'Led the checkout redesign with you; Vorgesetzte, passt zu dieser Stelle, in leitender Position; hat zugesagt; in den letzten 30 Tagen einmal angerufen.'],
  ['eve', 4, false,
    'Planned the hiring roadmap; supervisor, suits this role, senior title; not asked yet; not called in the last 30 days; details last confirmed over a year ago.',
    'Planned the hiring roadmap; Betreuerin, passt zu dieser Stelle, in leitender Position; noch nicht gefragt; in den letzten 30 Tagen nicht angerufen; Kontaktdaten seit über einem Jahr nicht bestätigt.'],
  ['cleo', 0, false,
    'No shared themes with this role; client, senior title; asked, no answer yet; not called in the last 30 days; details never confirmed.',
    'Keine gemeinsamen Themen mit dieser Stelle; Kundin, in leitender Position; gefragt, Antwort steht aus; in den letzten 30 Tagen nicht angerufen; Kontaktdaten nie bestätigt.'],
  ['ben', -2, false,
    'No shared themes with this role; colleague; has agreed; called 3 times in the last 30 days: give them a rest.',
    'Keine gemeinsamen Themen mit dieser Stelle; Kollege; hat zugesagt; in den letzten 30 Tagen 3-mal angerufen: Zeit für eine Pause.'],
  ['dev', 7, true,
    'Cut deploy time in half; manager, suits this role; has agreed; not called in the last 30 days; at your current employer: held back until an offer.',
    'Cut deploy time in half; Führungskraft, passt zu dieser Stelle; hat zugesagt; in den letzten 30 Tagen nicht angerufen; bei deinem jetzigen Arbeitgeber: bis zu einem Angebot zurückgestellt.'],
  ['finn', 0, true,
    'No shared themes with this role; colleague; declined; not called in the last 30 days.',
    'Keine gemeinsamen Themen mit dieser Stelle; Kollege; hat abgesagt; in den letzten 30 Tagen nicht angerufen.'],
];

const CONTOSO: Row[] = [
  ['ben', 6, false,
    'Ran the design sprints together; colleague, suits this role; has agreed; called 3 times in the last 30 days: give them a rest.',
    'Ran the design sprints together; Kollege, passt zu dieser Stelle; hat zugesagt; in den letzten 30 Tagen 3-mal angerufen: Zeit für eine Pause.'],
  ['cleo', 5, false,
    'Shipped the research repository; client, suits this role, senior title; asked, no answer yet; not called in the last 30 days; details never confirmed.',
    'Shipped the research repository; Kundin, passt zu dieser Stelle, in leitender Position; gefragt, Antwort steht aus; in den letzten 30 Tagen nicht angerufen; Kontaktdaten nie bestätigt.'],
  ['anna', 2, false,
    'No shared themes with this role; manager, senior title; has agreed; called once in the last 30 days.',
    'Keine gemeinsamen Themen mit dieser Stelle; Vorgesetzte, in leitender Position; hat zugesagt; in den letzten 30 Tagen einmal angerufen.'],
  ['eve', -1, false,
    'No shared themes with this role; supervisor, senior title; not asked yet; not called in the last 30 days; details last confirmed over a year ago.',
    'Keine gemeinsamen Themen mit dieser Stelle; Betreuerin, in leitender Position; noch nicht gefragt; in den letzten 30 Tagen nicht angerufen; Kontaktdaten seit über einem Jahr nicht bestätigt.'],
  ['finn', 5, true,
    'Paired on accessibility; colleague, suits this role; declined; not called in the last 30 days.',
    'Paired on accessibility; Kollege, passt zu dieser Stelle; hat abgesagt; in den letzten 30 Tagen nicht angerufen.'],
  ['dev', 2, true,
    'No shared themes with this role; manager; has agreed; not called in the last 30 days; at your current employer: held back until an offer.',
    'Keine gemeinsamen Themen mit dieser Stelle; Führungskraft; hat zugesagt; in den letzten 30 Tagen nicht angerufen; bei deinem jetzigen Arbeitgeber: bis zu einem Angebot zurückgestellt.'],
];

const asRows = (applicationId: string, doc = document): Row[] =>
  rankByFit(doc, doc.applications.find((a) => a.id === applicationId)!, TODAY).map((entry) => [
    entry.referenceId,
    entry.score,
    entry.heldBack,
    entry.explanation.en,
    entry.explanation.de,
  ]);

describe('the fit ranking for six people and two applications', () => {
  it('orders the engineering-manager role as the table says, with its sentences', () => {
    expect(asRows('northwind')).toEqual(NORTHWIND);
  });

  it('orders the collaborative design role as the table says, with its sentences', () => {
    expect(asRows('contoso')).toEqual(CONTOSO);
  });

  it('puts the person at the current employer back in the list once the application has an offer', () => {
    const withOffer = { ...document, applications: [{ ...northwind, status: 'offer' as const }, contoso] };
    const rows = asRows('northwind', withOffer);
    expect(rows.map(([id, score, held]) => [id, score, held])).toEqual([
      ['anna', 10, false], ['dev', 7, false], ['eve', 4, false], ['cleo', 0, false], ['ben', -2, false], ['finn', 0, true],
    ]);
    expect(rows[1]![3]).toBe('Cut deploy time in half; manager, suits this role; has agreed; not called in the last 30 days.');
  });

  it('chooses the talking points to stress by the themes they share with the role', () => {
    const anna = rankByFit(document, northwind, TODAY).find((entry) => entry.referenceId === 'anna')!;
    expect(anna.matchedPointIds).toEqual(['anna-1', 'anna-2']);
    expect(anna.sharedThemes).toEqual(['delivery', 'hiring']);
    expect(anna.warnings).toEqual([]);
  });

  it('proposes someone rested instead of the person called three times this month', () => {
    const ranking = rankByFit(document, contoso, TODAY);
    expect(ranking[0]!.warnings).toContain('leaned_on');
    expect(suggestRested(ranking, 'ben')?.referenceId).toBe('cleo');
  });

  it('follows the threshold setting: at four calls ben is no longer warned about', () => {
    const relaxed = { ...document, settings: { ...document.settings, callThreshold: 4 } };
    const ben = rankByFit(relaxed, contoso, TODAY)[0]!;
    expect(ben.referenceId).toBe('ben');
    expect(ben.warnings).not.toContain('leaned_on');
    expect(ben.score).toBe(7);
  });
});
