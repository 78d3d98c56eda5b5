import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { applyImport, planImport } from '../../../main/services/import-people';
import { parseConnectedOn, parseLinkedInConnections } from '../../../main/services/import-linkedin';
import { makeDocument, makeReference, makeServiceContext } from '../../fixtures/documents';
import { fileBytes, refusal } from './upload-helpers';

async function fixtureBytes(): Promise<Uint8Array> {
  return new Uint8Array(await readFile(new URL('../../fixtures/imports/linkedin-connections.csv', import.meta.url)));
}

const csv = fileBytes;

describe('parseLinkedInConnections', () => {
  it('reads every connection below the preamble, with quoted commas and doubled quotes intact', async () => {
    const people = parseLinkedInConnections(await fixtureBytes()).people;

    expect(people.map((person) => person.name)).toEqual([
      'Jürgen Groß',
      'Aylin Demir',
      'Łukasz Żółć',
      'Jürgen Groß',
      'Mei Chen',
      'Mei Chen',
      'Tomás Ortega',
    ]);
    expect(people[0]).toEqual({
      name: 'Jürgen Groß',
      email: '',
      organisation: 'Elbtal Software, GmbH',
      currentTitle: 'CTO',
      linkedin: 'https://www.linkedin.com/in/juergen-gross-example',
      phone: '',
      connectedOn: '2024-03-12',
      source: 'linkedin',
    });
    expect(people[1]?.currentTitle).toBe('Staff Data Scientist, "Pricing"');
    expect(people[1]?.email).toBe('aylin.demir@example.net');
  });

  it('drops a profile link that is not a web address and a date it cannot read', async () => {
    const people = parseLinkedInConnections(await fixtureBytes()).people;
    expect(people[4]?.linkedin).toBe('');
    expect(people[6]?.connectedOn).toBeNull();
  });

  it('reads a file without preamble or BOM and with LF line endings', () => {
    const people = parseLinkedInConnections(
      csv('First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Lima,,ana@example.com,Acme,CFO,01 Dec 2023\n'),
    ).people;
    expect(people).toEqual([
      expect.objectContaining({ name: 'Ana Lima', organisation: 'Acme', currentTitle: 'CFO', connectedOn: '2023-12-01' }),
    ]);
  });

  it('bounds overlong cells to the lengths the data file allows', () => {
    const longCompany = 'Ä'.repeat(500);
    const people = parseLinkedInConnections(
      csv(`First Name,Last Name,Company,Position\n  Ana  ,Lima,${longCompany},CFO\n`),
    ).people;
    expect(people[0]?.name).toBe('Ana Lima');
    expect(people[0]?.organisation).toHaveLength(200);
  });

  it('refuses a CSV with the wrong header and names the missing columns', () => {
    const error = refusal(() => parseLinkedInConnections(csv('Name,E-mail,Phone\nAna Lima,ana@example.com,123\n')));
    expect(error.code).toBe('unreadable_file');
    expect(error.message).toContain('"First Name"');
    expect(error.message).toContain('"Position"');
    expect(error.issues?.map((issue) => issue.path)).toEqual(['First Name', 'Last Name', 'Company', 'Position']);
  });

  it('refuses binary data and files over 20 MB', () => {
    expect(refusal(() => parseLinkedInConnections(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).code).toBe(
      'unreadable_file',
    );
    expect(refusal(() => parseLinkedInConnections(new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41))).code).toBe(
      'file_too_large',
    );
  });
});

describe('parseConnectedOn', () => {
  it('reads LinkedIn dates in English and German and refuses impossible days', () => {
    expect(parseConnectedOn('12 Mar 2024')).toBe('2024-03-12');
    expect(parseConnectedOn('5 Okt 2021')).toBe('2021-10-05');
    expect(parseConnectedOn('2022-01-03')).toBe('2022-01-03');
    expect(parseConnectedOn('31 Feb 2024')).toBeNull();
    expect(parseConnectedOn('')).toBeNull();
  });
});

describe('importing a LinkedIn export', () => {
  it('adds each person once and nobody when the same file is imported again', async () => {
    const people = parseLinkedInConnections(await fixtureBytes()).people;
    const everyone = people.map((_, index) => index);

    const first = applyImport(makeDocument(), people, everyone, makeServiceContext());
    expect(first.document.references.map((person) => person.name)).toEqual([
      'Jürgen Groß',
      'Aylin Demir',
      'Łukasz Żółć',
      'Mei Chen',
      'Tomás Ortega',
    ]);
    expect(first.added).toBe(5);
    expect(first.skipped).toEqual([
      { name: 'Jürgen Groß', reason: 'same_linkedin' },
      { name: 'Mei Chen', reason: 'same_email' },
    ]);

    const second = applyImport(first.document, parseLinkedInConnections(await fixtureBytes()).people, everyone, makeServiceContext());
    expect(second.added).toBe(0);
    expect(second.document.references).toEqual(first.document.references);
    expect(planImport(first.document, people).newCount).toBe(0);
  });
});

describe('names and rows a LinkedIn export holds', () => {
  it('writes First "小明", Last "王" as "王小明" and First "민준", Last "김" as "김민준"', () => {
    const { people } = parseLinkedInConnections(
      csv('First Name,Last Name,URL,Email Address,Company,Position,Connected On\n小明,王,,,星辰科技,工程师,\n민준,김,,,서울테크,팀장,\nAna,Lima,,,Acme,CFO,\n'),
    );
    expect(people.map((person) => person.name)).toEqual(['王小明', '김민준', 'Ana Lima']);
  });

  it('counts a row without a name by its row number, and skips blank lines silently', () => {
    const file = parseLinkedInConnections(
      csv('Notes:\n"Some text"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Lima,,,Acme,CFO,\n,,,,Globex,Recruiter,\n\nMei,Chen,,,Northwind,CTO,\n'),
    );
    expect(file.people.map((person) => person.name)).toEqual(['Ana Lima', 'Mei Chen']);
    expect(file.unnamed).toEqual([6]);
  });

  it('accounts for every row of the fixture: new, repeated in the file, already in Rekindle and unnamed', async () => {
    const file = parseLinkedInConnections(await fixtureBytes());
    const existing = makeDocument({
      references: [makeReference({ id: 'ref-aylin', name: 'Aylin Demir-Koch', email: 'aylin.demir@example.net' })],
    });
    const plan = planImport(existing, file);
    expect(plan).toMatchObject({ newCount: 4, existingCount: 1, repeatedCount: 2, duplicateCount: 3 });
    const aylin = plan.entries.find((entry) => entry.person.name === 'Aylin Demir');
    expect(aylin).toMatchObject({ status: 'duplicate', duplicateOf: { kind: 'existing', name: 'Aylin Demir-Koch' } });

    const everyoneNew = plan.entries.filter((entry) => entry.status === 'new').map((entry) => entry.index);
    const result = applyImport(existing, file, everyoneNew.slice(1), makeServiceContext());
    expect(result.added).toBe(3);
    expect(result.notAdded).toEqual({ existing: 1, repeated: 2, unnamed: 0, unticked: 1, invalid: 0 });
  });
});
