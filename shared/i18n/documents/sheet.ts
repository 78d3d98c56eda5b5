// The reference sheet's own lines: its title, page numbers, the date stamp and the line
// under each name ("Former manager at ACME, 2019–2022"). German nouns follow the person's
// pronouns; English has one form, written out for each so both languages share the keys.
import { defineCatalogue } from '../define';

export const sheet = defineCatalogue({
  en: {
    title: 'References',
    page: 'Page',
    of: 'of',
    asOf: 'As of {{date}}',
    roleAt: '{{role}} at {{place}}',
    years: { since: 'since {{year}}', from: 'from {{year}}', until: 'until {{year}}' },
    role: {
      manager: {
        she: { current: 'Manager', former: 'Former manager' },
        he: { current: 'Manager', former: 'Former manager' },
        they: { current: 'Manager', former: 'Former manager' },
      },
      supervisor: {
        she: { current: 'Supervisor', former: 'Former supervisor' },
        he: { current: 'Supervisor', former: 'Former supervisor' },
        they: { current: 'Supervisor', former: 'Former supervisor' },
      },
      colleague: {
        she: { current: 'Colleague', former: 'Former colleague' },
        he: { current: 'Colleague', former: 'Former colleague' },
        they: { current: 'Colleague', former: 'Former colleague' },
      },
      client: {
        she: { current: 'Client', former: 'Former client' },
        he: { current: 'Client', former: 'Former client' },
        they: { current: 'Client', former: 'Former client' },
      },
      mentor: {
        she: { current: 'Mentor', former: 'Former mentor' },
        he: { current: 'Mentor', former: 'Former mentor' },
        they: { current: 'Mentor', former: 'Former mentor' },
      },
      report: {
        she: { current: 'Direct report', former: 'Former direct report' },
        he: { current: 'Direct report', former: 'Former direct report' },
        they: { current: 'Direct report', former: 'Former direct report' },
      },
      other: {
        she: { current: 'Working together', former: 'Worked together' },
        he: { current: 'Working together', former: 'Worked together' },
        they: { current: 'Working together', former: 'Worked together' },
      },
    },
  },
  de: {
    title: 'Referenzen',
    page: 'Seite',
    of: 'von',
    asOf: 'Stand: {{date}}',
    roleAt: '{{role}} bei {{place}}',
    years: { since: 'seit {{year}}', from: 'ab {{year}}', until: 'bis {{year}}' },
    role: {
      manager: {
        she: { current: 'Vorgesetzte', former: 'Ehemalige Vorgesetzte' },
        he: { current: 'Vorgesetzter', former: 'Ehemaliger Vorgesetzter' },
        they: { current: 'Führungskraft', former: 'Ehemalige Führungskraft' },
      },
      supervisor: {
        she: { current: 'Betreuerin', former: 'Ehemalige Betreuerin' },
        he: { current: 'Betreuer', former: 'Ehemaliger Betreuer' },
        they: { current: 'Betreuung', former: 'Frühere Betreuung' },
      },
      colleague: {
        she: { current: 'Kollegin', former: 'Ehemalige Kollegin' },
        he: { current: 'Kollege', former: 'Ehemaliger Kollege' },
        they: { current: 'Im selben Team', former: 'Ehemals im selben Team' },
      },
      client: {
        she: { current: 'Kundin', former: 'Ehemalige Kundin' },
        he: { current: 'Kunde', former: 'Ehemaliger Kunde' },
        they: { current: 'Ansprechperson auf Kundenseite', former: 'Ehemalige Ansprechperson auf Kundenseite' },
      },
      mentor: {
        she: { current: 'Mentorin', former: 'Ehemalige Mentorin' },
        he: { current: 'Mentor', former: 'Ehemaliger Mentor' },
        they: { current: 'Mentoring', former: 'Früheres Mentoring' },
      },
      report: {
        she: { current: 'Mitarbeiterin in meinem Team', former: 'Ehemalige Mitarbeiterin in meinem Team' },
        he: { current: 'Mitarbeiter in meinem Team', former: 'Ehemaliger Mitarbeiter in meinem Team' },
        they: { current: 'In meinem Team', former: 'Ehemals in meinem Team' },
      },
      other: {
        she: { current: 'Zusammenarbeit', former: 'Frühere Zusammenarbeit' },
        he: { current: 'Zusammenarbeit', former: 'Frühere Zusammenarbeit' },
        they: { current: 'Zusammenarbeit', former: 'Frühere Zusammenarbeit' },
      },
    },
  },
});
