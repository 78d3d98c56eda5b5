// A spreadsheet and the window it came from name each status, relationship, channel and
// consent with the same word, in both languages: the words are read from the catalogues the
// window shows, so a change there reaches the export and the two cannot drift apart.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { statusFromValue } from '../../../main/services/application-columns';
import { applicationsToCsv, peopleToCsv } from '../../../main/services/csv-export';
import { catalogues } from '../../../shared/i18n';
import { APPLICATION_STATUSES } from '../../../shared/schema/application';
import { CHANNELS, CONSENT_STATUSES, RELATIONSHIPS } from '../../../shared/schema/person';
import type { Language } from '../../../shared/schema/fields';
import { makeApplication, makeDocument, makeReference } from '../../fixtures/documents';

function column(csv: string, header: string): string[] {
  const [head = [], ...rows] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const index = head.indexOf(header);
  expect(index).toBeGreaterThanOrEqual(0);
  return rows.map((row) => row[index] ?? '');
}

const everyone = (overrides: Parameters<typeof makeReference>[0][]) =>
  makeDocument({ references: overrides.map((override, rank) => makeReference({ ...override, rank })) });

describe.each(['en', 'de'] as const satisfies readonly Language[])('the %s spreadsheets', (language) => {
  const window = catalogues[language];
  const csv = catalogues[language].csv;

  it('say each application status as the window does', () => {
    const document = makeDocument({ applications: APPLICATION_STATUSES.map((status) => makeApplication({ status })) });

    expect(column(applicationsToCsv(document, language), csv.applications.status)).toEqual(APPLICATION_STATUSES.map((status) => window.records.status[status]));
  });

  it('say each relationship, channel and consent as the window does', () => {
    expect(column(peopleToCsv(everyone(RELATIONSHIPS.map((relationship) => ({ relationship }))), language), csv.people.relationship)).toEqual(
      RELATIONSHIPS.map((kind) => window.records.relationship[kind]),
    );
    expect(column(peopleToCsv(everyone(CHANNELS.map((preferredChannel) => ({ preferredChannel }))), language), csv.people.preferredChannel)).toEqual(
      CHANNELS.map((channel) => window.people.form.channel[channel]),
    );
    expect(column(peopleToCsv(everyone(CONSENT_STATUSES.map((status) => ({ consent: { status, askedOn: null, answeredOn: null } }))), language), csv.people.consent)).toEqual(
      CONSENT_STATUSES.map((status) => window.records.consent[status]),
    );
  });

  it('reads its own status words back when the file is imported again', () => {
    expect(APPLICATION_STATUSES.map((status) => statusFromValue(window.records.status[status]))).toEqual([...APPLICATION_STATUSES]);
  });

  it('head those columns with the names the window gives them', () => {
    expect(csv.people.relationship).toBe(window.people.sort.relationship);
    expect(csv.people.consent).toBe(window.people.consentLabel);
    expect(csv.applications.status).toBe(window.applications.fields.status);
    expect(csv.applications.company).toBe(window.applications.fields.company);
  });
});

describe('the German spreadsheet', () => {
  it('uses the window’s words where it once had its own', () => {
    const document = everyone([{ relationship: 'manager' }]);
    const declined = everyone([{ consent: { status: 'declined', askedOn: '2026-01-02', answeredOn: '2026-01-03' } }]);

    expect(column(peopleToCsv(document, 'de'), 'Beziehung')).toEqual(['Vorgesetzte·r']);
    expect(column(peopleToCsv(declined, 'de'), 'Einverständnis')).toEqual(['Abgesagt']);
  });
});
