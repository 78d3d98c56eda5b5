// Company names inside German sentences. A name with a legal form is a noun with a gender
// ("die ACME GmbH", "der Förderverein e.V."), so German puts an article before it: "bei
// der ACME GmbH". A bare brand ("Northwind", "Siemens") stays without one.

type GermanCase = 'nominative' | 'dative' | 'accusative';

// Feminine: the form stands for "die Gesellschaft" (or "die Genossenschaft").
const FEMININE_FORMS = [
  'GmbH & Co. KGaA', 'GmbH & Co. KG', 'AG & Co. KG', 'gGmbH', 'GmbH', 'mbH', 'UG (haftungsbeschränkt)', 'UG', 'AG', 'SE',
  'KGaA', 'KG', 'OHG', 'GbR', 'PartG', 'eG', 'Ltd.', 'Ltd', 'Limited', 'Inc.', 'Inc', 'LLC', 'plc', 'PLC', 'S.A.', 'SA',
  'S.p.A.', 'SpA', 'S.A.S.', 'SAS', 'S.à r.l.', 'B.V.', 'BV', 'N.V.', 'NV', 'AB', 'A/S', 'ASA', 'Oy', 'Sp. z o.o.', 's.r.o.',
];
// Masculine: "der Verein".
const MASCULINE_FORMS = ['e.V.', 'e. V.', 'eV'];

const ARTICLES: Record<'feminine' | 'masculine', Record<GermanCase, string>> = {
  feminine: { nominative: 'die', dative: 'der', accusative: 'die' },
  masculine: { nominative: 'der', dative: 'dem', accusative: 'den' },
};

// Names that already start with an article ("Die Bahn", "Der Spiegel Verlag") keep it.
const LEADING_ARTICLE = /^(der|die|das|dem|den|des)\s/i;

function endsWithForm(name: string, form: string): boolean {
  if (!name.endsWith(form)) return false;
  const before = name.slice(0, name.length - form.length);
  return before.endsWith(' ') || before.endsWith(',');
}

/** "feminine" for "ACME GmbH", "masculine" for "Sportfreunde e.V.", null for "Northwind". */
export function germanLegalFormGender(name: string): 'feminine' | 'masculine' | null {
  const trimmed = name.trim();
  if (MASCULINE_FORMS.some((form) => endsWithForm(trimmed, form))) return 'masculine';
  if (FEMININE_FORMS.some((form) => endsWithForm(trimmed, form))) return 'feminine';
  return null;
}

/** The company as German needs it in that case: "der ACME GmbH" (dative), "Northwind". */
export function germanCompany(name: string, grammaticalCase: GermanCase): string {
  const trimmed = name.trim();
  const gender = germanLegalFormGender(trimmed);
  if (gender === null || LEADING_ARTICLE.test(trimmed)) return trimmed;
  return `${ARTICLES[gender][grammaticalCase]} ${trimmed}`;
}

/** "bei der ACME GmbH", "beim Sportverein e.V.", "bei Northwind". */
export function germanAt(name: string): string {
  const phrase = germanCompany(name, 'dative');
  return phrase.startsWith('dem ') ? `beim ${phrase.slice(4)}` : `bei ${phrase}`;
}

/** "von der ACME GmbH", "vom Sportverein e.V.", "von Northwind". */
export function germanFrom(name: string): string {
  const phrase = germanCompany(name, 'dative');
  return phrase.startsWith('dem ') ? `vom ${phrase.slice(4)}` : `von ${phrase}`;
}
