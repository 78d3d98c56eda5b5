// The bench's new fields travel with the user's data: a backup brings them back exactly,
// and the spreadsheets show them in the chosen language.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../../main/services/backup-file';
import { applicationsToCsv, peopleToCsv } from '../../../main/services/csv-export';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';

function readCsv(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

const document = makeDocument({
  settings: { language: 'de', paperSize: 'A4', callThreshold: 4 },
  applications: [
    makeApplication({
      id: 'globex',
      keyRequirements: ['delivery', 'hiring'],
      referenceCheck: {
        id: 'chk-1',
        announcedOn: '2026-11-28',
        expectedOn: '2026-12-01',
        caller: { name: 'Jana Vogt', title: 'Recruiter', email: 'jana@globex.example', phone: '+49 30 555' },
      },
    }),
  ],
  references: [
    makeReference({
      id: 'anna',
      detailsConfirmedOn: '2026-06-01',
      atCurrentEmployer: true,
      talkingPoints: [
        { id: 'tp1', text: 'Checkout redesign', themes: ['delivery', 'ux'] },
        { id: 'tp2', text: 'Hiring loop', themes: ['hiring', 'delivery'] },
      ],
    }),
  ],
  requests: [
    makeRequest({
      id: 'r1',
      referenceId: 'anna',
      applicationId: 'globex',
      headsUpSentOn: '2026-11-28',
      calls: [{ id: 'c1', on: '2026-11-29', caller: 'Jana Vogt', minutes: 25, asked: 'Leadership', told: 'Fine', debriefedOn: '2026-11-30' }],
    }),
  ],
});

describe('a backup with reference checks', () => {
  it('brings back the check, the calls, the confirmed date, the employer flag and the themes', () => {
    const restored = parseBackup(serializeBackup(document, new Date('2026-12-01T10:00:00Z')));
    expect(restored.applications[0]).toEqual(document.applications[0]);
    expect(restored.references[0]).toEqual(document.references[0]);
    expect(restored.requests[0]).toEqual(document.requests[0]);
    expect(restored.settings.callThreshold).toBe(4);
  });
});

describe('the spreadsheets', () => {
  it('show the key requirements, the announced check, its caller and the number of calls', () => {
    const [header = [], row = []] = readCsv(applicationsToCsv(document, 'en'));
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('Key requirements')).toBe('delivery; hiring');
    expect(cell('Reference check announced on')).toBe('2026-11-28');
    expect(cell('Reference check caller')).toBe('Jana Vogt (Recruiter), jana@globex.example, +49 30 555');
    expect(cell('Employer calls')).toBe('1');
  });

  it('show when details were confirmed, the current-employer flag and the themes, in German too', () => {
    const [header = [], row = []] = readCsv(peopleToCsv(document, 'de'));
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('Kontaktdaten bestätigt am')).toBe('2026-06-01');
    expect(cell('Bei meinem jetzigen Arbeitgeber')).toBe('Ja');
    expect(cell('Themen')).toBe('delivery; ux; hiring');
  });
});
