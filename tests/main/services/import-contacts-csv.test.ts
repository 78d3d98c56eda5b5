import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseContactsCsv } from '../../../main/services/import-contacts-csv';
import { applyImport, planImport } from '../../../main/services/import-people';
import { makeDocument, makeServiceContext } from '../../fixtures/documents';
import { fileBytes, refusal } from './upload-helpers';

async function fixture(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(new URL(`../../fixtures/imports/${name}`, import.meta.url)));
}

describe('Google Contacts CSV', () => {
  it('reads people with their title, email, phone, note, address and LinkedIn profile', async () => {
    const file = parseContactsCsv(await fixture('google-contacts.csv'));
    expect(file.format).toBe('google');
    expect(file.people.map((person) => person.name)).toEqual(['Maria Schäfer', '王小明', 'Sam Carter']);
    expect(file.people[0]).toMatchObject({
      email: 'maria.schaefer@northwind.example',
      organisation: 'Northwind Traders',
      currentTitle: 'Head of Sales',
      phone: '+49 40 5550 1234',
      linkedin: 'https://www.linkedin.com/in/maria-schaefer-example',
      notes: 'Led the pricing relaunch with me.\nAsk about the Lisbon offsite.',
      postalAddress: { street: ['Hafenstraße 12', 'Aufgang B'], postcode: '20457', city: 'Hamburg', region: '', country: 'Deutschland' },
      source: 'google',
    });
  });

  it('counts the row without a name, neutralises a formula cell and names the columns it leaves behind', async () => {
    const file = parseContactsCsv(await fixture('google-contacts.csv'));
    expect(file.unnamed).toEqual([4]);
    expect(file.people[2]?.organisation).toBe('HYPERLINK("http://evil.example")');
    expect(file.notImported).toEqual(['Birthday', 'E-mail 2 - Value', 'Organization Department', 'Website 1 - Value']);
  });
});

describe('Outlook CSV', () => {
  it('reads people, their business address and a LinkedIn web page, CJK names family name first', async () => {
    const file = parseContactsCsv(await fixture('outlook-contacts.csv'));
    expect(file.format).toBe('outlook');
    expect(file.people.map((person) => person.name)).toEqual(['Jürgen Groß', '김민준']);
    expect(file.people[0]).toMatchObject({
      email: 'juergen.gross@elbtal.example',
      organisation: 'Elbtal Software, GmbH',
      currentTitle: 'CTO',
      phone: '+49 341 555 0199',
      notes: 'Introduced by Aylin.',
      postalAddress: { street: ['Augustusplatz 1'], postcode: '04109', city: 'Leipzig', region: 'Sachsen', country: 'Germany' },
      source: 'outlook',
    });
    expect(file.people[1]).toMatchObject({ linkedin: 'https://www.linkedin.com/in/minjun-kim-example', phone: '+82 10 5555 0100' });
    expect(file.notImported).toEqual(['Department', 'Title']);
  });

  it('imports the people once, even when the file is imported twice', async () => {
    const file = parseContactsCsv(await fixture('outlook-contacts.csv'));
    const first = applyImport(makeDocument(), file, [0, 1], makeServiceContext());
    expect(first.added).toBe(2);
    expect(planImport(first.document, file).existingCount).toBe(2);
  });
});

describe('contacts CSV refusals', () => {
  it('refuses a CSV with some other header, binary data and files over 20 MB', () => {
    expect(refusal(() => parseContactsCsv(fileBytes('Name,Mail\nJo,jo@example.com\n'))).code).toBe('unreadable_file');
    expect(refusal(() => parseContactsCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).code).toBe('unreadable_file');
    expect(refusal(() => parseContactsCsv(new Uint8Array(21 * 1024 * 1024).fill(0x41))).code).toBe('file_too_large');
  });
});
