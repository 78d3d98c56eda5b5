import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../main/services/import-people';
import { parseVCards } from '../../../main/services/import-vcard';
import { makeDocument, makeServiceContext } from '../../fixtures/documents';
import { fileBytes, refusal } from './upload-helpers';

async function fixture(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(new URL(`../../fixtures/imports/${name}`, import.meta.url)));
}

const vcf = fileBytes;

describe('parseVCards', () => {
  it('reads a vCard 3.0 file with a quoted-printable name split by a soft line break', async () => {
    const [juergen, aylin, ...rest] = parseVCards(await fixture('vcard-3.vcf')).people;

    expect(rest).toEqual([]);
    expect(juergen).toEqual({
      name: 'Jürgen Groß',
      email: 'j.gross@example.com',
      organisation: 'Elbtal Software, GmbH',
      currentTitle: 'Chief Technology Officer',
      linkedin: 'https://www.linkedin.com/in/juergen-gross-example',
      phone: '+49 341 5550199',
      connectedOn: null,
      source: 'vcard',
      notes: 'Met at the 2019 data meetup; introduced by Aylin\nPrefers calls',
    });
    expect(aylin?.name).toBe('Aylin Demir');
    expect(aylin?.currentTitle).toBe(
      'Staff Data Scientist with a title long enough that the exporting address book decided to fold it onto a second line',
    );
    // A web page that is not a LinkedIn profile is not taken for one.
    expect(aylin?.linkedin).toBe('');
  });

  it('reads a vCard 4.0 file with CRLF, folded lines, URI phone numbers and a social profile', async () => {
    const people = parseVCards(await fixture('vcard-4.vcf')).people;

    expect(people.map((person) => person.name)).toEqual(['Łukasz Żółć', 'Tomás Ortega']);
    expect(people[0]).toMatchObject({
      email: 'lukasz@example.pl',
      phone: '+48-22-555-0177',
      organisation: 'Baltic Freight',
      linkedin: 'https://www.linkedin.com/in/lukasz-zolc-example',
    });
    expect(people[1]).toMatchObject({
      email: 'tomas.ortega@example.es',
      phone: '',
      linkedin: 'https://linkedin.com/in/tomas-ortega-example',
    });
  });

  it('builds the name from N when there is no FN and resolves escaped characters', () => {
    const [person] = parseVCards(
      vcf('BEGIN:VCARD\nVERSION:3.0\nN:Schäfer;Maria;Luise;Dr.;\nORG:Weber\\; Söhne\\, KG;Vertrieb\nTITLE:Leitung\\nVertrieb\nEND:VCARD\n'),
    ).people;
    expect(person?.name).toBe('Maria Luise Schäfer');
    expect(person?.organisation).toBe('Weber; Söhne, KG');
    expect(person?.currentTitle).toBe('Leitung Vertrieb');
  });

  it('reads quoted-printable names written in Latin-1 by older phones', () => {
    const [person] = parseVCards(vcf('BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:J=FCrgen Gro=DF\nEND:VCARD\n')).people;
    expect(person?.name).toBe('Jürgen Groß');
  });

  it('imports each contact of an address book once, even when imported twice', async () => {
    const people = [...parseVCards(await fixture('vcard-3.vcf')).people, ...parseVCards(await fixture('vcard-4.vcf')).people];
    const everyone = people.map((_, index) => index);
    const first = applyImport(makeDocument(), people, everyone, makeServiceContext());
    const second = applyImport(first.document, people, everyone, makeServiceContext());

    expect(first.added).toBe(4);
    expect(second.added).toBe(0);
    expect(second.skipped).toHaveLength(4);
  });

  it('refuses a text file that holds no vCard, binary data and files over 20 MB', () => {
    const notVcard = refusal(() => parseVCards(vcf('Name: Maria\nEmail: maria@example.com\n')));
    expect(notVcard.code).toBe('unreadable_file');
    expect(notVcard.message).toContain('BEGIN:VCARD');

    const binary = refusal(() => parseVCards(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10])));
    expect(binary.code).toBe('unreadable_file');

    const invalidUtf8 = refusal(() => parseVCards(new Uint8Array([0x42, 0x45, 0xc3, 0x28])));
    expect(invalidUtf8.message).toContain('UTF-8');

    expect(refusal(() => parseVCards(new Uint8Array(21 * 1024 * 1024))).code).toBe('file_too_large');
  });
});

describe('everything a vCard says about a person', () => {
  it('imports a folded NOTE exactly, with its escapes resolved, into the notes', async () => {
    const { people } = parseVCards(await fixture('vcard-3-note-address.vcf'));
    expect(people[0]?.notes).toBe(
      'Led the 2021 pricing relaunch with me; we cut churn by 18 %.\nAsk about the Lisbon offsite, she organised it.',
    );
  });

  it('imports the preferred ADR as the postal address, street lines apart', async () => {
    const { people } = parseVCards(await fixture('vcard-3-note-address.vcf'));
    expect(people[0]?.postalAddress).toEqual({
      street: ['Hafenstraße 12', 'Aufgang B'],
      postcode: '20457',
      city: 'Hamburg',
      region: '',
      country: 'Deutschland',
    });
    expect(people[1]?.postalAddress).toEqual({ street: ['世纪大道 100号'], postcode: '200120', city: '上海市', region: '上海', country: '中国' });
  });

  it('takes a LinkedIn URL as the profile and names the web page, birthday and nameless card it leaves behind', async () => {
    const file = parseVCards(await fixture('vcard-3-note-address.vcf'));
    expect(file.people[0]?.linkedin).toBe('https://www.linkedin.com/in/maria-schaefer-example');
    expect(file.notImported).toEqual(['BDAY', 'URL', 'X-ABADR']);
    expect(file.unnamed).toEqual([3]);
  });

  it('builds a CJK name from N family name first, even when FN writes it in Western order', async () => {
    const { people } = parseVCards(await fixture('vcard-3-note-address.vcf'));
    expect(people[1]?.name).toBe('王小明');
    const [kim] = parseVCards(vcf('BEGIN:VCARD\nVERSION:4.0\nN:김;민준;;;\nEND:VCARD\n')).people;
    expect(kim?.name).toBe('김민준');
  });

  it('keeps reading vCard 2.1 quoted-printable names and notes exactly', () => {
    const { people } = parseVCards(
      vcf(
        'BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=BB=C3=B3=C5=82=C4=87;=C5=81ukasz;;;\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=81ukasz =C5=BB=C3=B3=C5=82=C4=87\r\nNOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Gr=C3=BC=C3=9Fe an Kasia=20=\r\nund Tomek\r\nEND:VCARD\r\n',
      ),
    );
    expect(people[0]).toMatchObject({ name: 'Łukasz Żółć', notes: 'Grüße an Kasia und Tomek' });
  });

  it('brings the note and the address into the new person', async () => {
    const file = parseVCards(await fixture('vcard-3-note-address.vcf'));
    const { document } = applyImport(makeDocument(), file, [0], makeServiceContext());
    expect(document.references[0]).toMatchObject({
      name: 'Maria Schäfer',
      notes: expect.stringContaining('Lisbon offsite'),
      postalAddress: { city: 'Hamburg', postcode: '20457' },
    });
  });
});
