import { describe, expect, it } from 'vitest';
import { hasPostalAddress, postalLabelLines } from '../../shared/postal';
import { emptyPostalAddress, type PostalAddress } from '../../shared/schema/person';

const address = (fields: Partial<PostalAddress>): PostalAddress => ({ ...emptyPostalAddress(), ...fields });

describe('postalLabelLines', () => {
  it('puts the postcode before the town for Germany and most of Europe', () => {
    expect(postalLabelLines('Maria Schäfer', address({ street: ['Hafenstraße 12'], postcode: '20457', city: 'Hamburg', country: 'Deutschland' }))).toEqual([
      'Maria Schäfer',
      'Hafenstraße 12',
      '20457 Hamburg',
      'DEUTSCHLAND',
    ]);
  });

  it('writes US addresses as "City, ST 12345"', () => {
    expect(postalLabelLines('Sam Carter', address({ street: ['1600 Amphitheatre Pkwy'], city: 'Mountain View', region: 'CA', postcode: '94043', country: 'USA' }))).toEqual([
      'Sam Carter',
      '1600 Amphitheatre Pkwy',
      'Mountain View, CA 94043',
      'USA',
    ]);
  });

  it('gives a UK postcode its own line', () => {
    expect(postalLabelLines('Ann Lee', address({ street: ['10 Downing Street'], city: 'London', postcode: 'SW1A 2AA', country: 'United Kingdom' }))).toEqual([
      'Ann Lee',
      '10 Downing Street',
      'LONDON',
      'SW1A 2AA',
      'UNITED KINGDOM',
    ]);
  });

  it('writes a Chinese address from the largest place to the smallest, the name last', () => {
    expect(postalLabelLines('王小明', address({ street: ['世纪大道 100号'], postcode: '200120', city: '上海市', region: '上海', country: '中国' }))).toEqual([
      '中国',
      '200120',
      '上海市世纪大道 100号',
      '王小明',
    ]);
  });

  it('leaves out the parts that are empty', () => {
    expect(postalLabelLines('Jo', address({ city: 'Wien' }))).toEqual(['Jo', 'Wien']);
  });
});

describe('hasPostalAddress', () => {
  it('tells an address from an empty one', () => {
    expect(hasPostalAddress(undefined)).toBe(false);
    expect(hasPostalAddress(address({ street: ['  '] }))).toBe(false);
    expect(hasPostalAddress(address({ country: 'Polska' }))).toBe(true);
  });
});
