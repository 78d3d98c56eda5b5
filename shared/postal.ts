// A postal address as it is written on an envelope, in the order the destination country
// reads it: most of Europe puts the postcode before the town ("20457 Hamburg"), the US,
// Canada and Australia put it after the region ("Springfield, IL 62704"), the UK gives
// the postcode a line of its own, and Chinese, Japanese and Korean addresses written in
// their own script go from the largest place to the smallest, the name last.
import { writesFamilyNameFirst } from './names';
import type { PostalAddress } from './schema/person';

type Style = 'postcode_first' | 'postcode_last' | 'postcode_line' | 'largest_first';

// Country names as people type them (English, German, local) and ISO codes.
const COUNTRY_STYLES: Array<[Style, string[]]> = [
  ['postcode_last', ['us', 'usa', 'united states', 'united states of america', 'vereinigte staaten', 'ca', 'canada', 'kanada', 'au', 'australia', 'australien']],
  ['postcode_line', ['uk', 'gb', 'united kingdom', 'great britain', 'england', 'scotland', 'wales', 'vereinigtes königreich', 'großbritannien']],
];

function styleOf(address: PostalAddress): Style {
  const script = [...address.street, address.city, address.region].join('');
  if (writesFamilyNameFirst(script)) return 'largest_first';
  const country = address.country.trim().toLowerCase().replace(/\.$/, '');
  for (const [style, names] of COUNTRY_STYLES) if (names.includes(country)) return style;
  return 'postcode_first';
}

const joined = (parts: string[], separator = ' ') => parts.map((part) => part.trim()).filter(Boolean).join(separator);

/** True when the address has anything to post to. */
export function hasPostalAddress(address: PostalAddress | undefined): address is PostalAddress {
  return address !== undefined && joined([...address.street, address.postcode, address.city, address.region, address.country]) !== '';
}

/** The lines of an envelope or a label, the recipient's name included; no empty lines. */
export function postalLabelLines(name: string, address: PostalAddress): string[] {
  const street = address.street.map((line) => line.trim()).filter(Boolean);
  const country = address.country.trim();
  switch (styleOf(address)) {
    case 'largest_first': {
      // 中国 / 200120 / 上海市世纪大道 100号 / 王小明: one line from region to street; a
      // region the city's name already holds (上海, 上海市) is not written twice.
      const region = address.city.trim().startsWith(address.region.trim()) ? '' : address.region;
      return [country, address.postcode.trim(), joined([region, address.city, ...street], ''), name.trim()].filter(Boolean);
    }
    case 'postcode_last':
      return [name.trim(), ...street, joined([joined([address.city], ''), joined([address.region, address.postcode])], ', '), country.toUpperCase()].filter(
        Boolean,
      );
    case 'postcode_line':
      return [name.trim(), ...street, joined([address.city, address.region], ', ').toUpperCase(), address.postcode.trim().toUpperCase(), country.toUpperCase()].filter(
        Boolean,
      );
    default:
      return [name.trim(), ...street, joined([address.postcode, address.city]), address.region.trim(), country.toUpperCase()].filter(Boolean);
  }
}
