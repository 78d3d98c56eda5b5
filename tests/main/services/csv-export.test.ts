import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { applicationsToCsv, peopleToCsv } from '../../../main/services/csv-export';
import { makeApplication, makeDocument, makeReference } from '../../fixtures/documents';

function readCsv(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

const hostile = [
  '=HYPERLINK("https://evil.example","click")',
  '+SUM(A1:A9)',
  '-2+3',
  '@cmd',
  '\tindented',
  '\r=still a formula',
  '=1\n=2',
];

describe('applicationsToCsv', () => {
  const document = makeDocument({
    applications: [
      makeApplication({
        company: 'Müller & Söhne, GmbH',
        role: 'Head of "Data"',
        status: 'interviewing',
        appliedOn: '2026-01-10',
        interviews: [
          { id: 'i1', date: '2026-01-20', time: '10:30', kind: 'video', note: '' },
          { id: 'i2', date: '2026-01-27', time: null, kind: 'onsite', note: '' },
        ],
        notes: 'First line\r\nsecond line',
      }),
    ],
  });

  it('starts with a BOM and a header in the chosen language, one row per application', () => {
    const english = applicationsToCsv(document, 'en');
    const german = applicationsToCsv(document, 'de');
    expect(english.startsWith('\uFEFF')).toBe(true);
    expect(readCsv(english)[0]?.[0]).toBe('Company');
    expect(readCsv(german)[0]?.slice(0, 5)).toEqual(['Firma', 'Stelle', 'Ort', 'Status', 'Beworben am']);
    expect(readCsv(german)[1]?.[3]).toBe('Im Gespräch');
    expect(readCsv(english)).toHaveLength(2);
  });

  it('keeps commas, quotes, umlauts and line breaks inside their cells', () => {
    const [header = [], row = []] = readCsv(applicationsToCsv(document, 'en'));
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('Company')).toBe('Müller & Söhne, GmbH');
    expect(cell('Role')).toBe('Head of "Data"');
    expect(cell('Notes')).toBe('First line\r\nsecond line');
    expect(cell('Interviews')).toBe('2026-01-20 10:30; 2026-01-27');
    expect(cell('Applied on')).toBe('2026-01-10');
  });

  it('separates records with CRLF and quotes cells as RFC 4180 asks', () => {
    const csv = applicationsToCsv(document, 'en');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"Müller & Söhne, GmbH"');
    expect(csv).toContain('"Head of ""Data"""');
  });
});

describe('peopleToCsv', () => {
  it('defuses every cell a spreadsheet would run as a formula and the text still reads back', () => {
    const document = makeDocument({
      references: hostile.map((value, rank) => makeReference({ name: `Person ${rank}`, notes: value, organisation: value, rank })),
    });
    const [header = [], ...rows] = readCsv(peopleToCsv(document, 'en'));
    const notes = header.indexOf('Notes');
    const organisation = header.indexOf('Organisation');

    expect(rows.map((row) => row[notes])).toEqual(hostile.map((value) => `'${value}`));
    expect(rows.map((row) => row[organisation])).toEqual(hostile.map((value) => `'${value}`));
    for (const row of rows) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('lists people strongest first with labels in German', () => {
    const document = makeDocument({
      references: [
        makeReference({ name: 'Zweite', rank: 2, relationship: 'colleague', consent: { status: 'agreed', askedOn: '2026-01-02', answeredOn: '2026-01-03' } }),
        makeReference({
          name: 'Erste',
          rank: 1,
          relationship: 'manager',
          talkingPoints: [
            { id: 't1', text: 'Datenplattform neu gebaut' },
            { id: 't2', text: 'Zwei Werkstudierende betreut' },
          ],
        }),
      ],
    });
    const [header = [], first = [], second = []] = readCsv(peopleToCsv(document, 'de'));
    const cell = (row: string[], name: string) => row[header.indexOf(name)];

    expect([cell(first, 'Name'), cell(second, 'Name')]).toEqual(['Erste', 'Zweite']);
    expect(cell(first, 'Beziehung')).toBe('Vorgesetzte·r');
    expect(cell(second, 'Einverständnis')).toBe('Zugesagt');
    expect(cell(first, 'Gesprächspunkte')).toBe('Datenplattform neu gebaut\nZwei Werkstudierende betreut');
    expect(cell(first, 'Von')).toBe('2019');
  });

  it('writes only the header when there is nobody yet', () => {
    expect(readCsv(peopleToCsv(makeDocument(), 'en'))).toEqual([expect.arrayContaining(['Name', 'Email', 'Phone'])]);
  });
});
