// The sentence that explains a person's place in the fit ranking (shared/bench/fit-text.ts
// puts it together). German nouns follow the person's pronouns; English has one form,
// written out for each so both languages share the keys.
import { defineCatalogue } from '../define';

export const fit = defineCatalogue({
  en: {
    relationship: {
      manager: { she: 'manager', he: 'manager', they: 'manager' },
      supervisor: { she: 'supervisor', he: 'supervisor', they: 'supervisor' },
      colleague: { she: 'colleague', he: 'colleague', they: 'colleague' },
      client: { she: 'client', he: 'client', they: 'client' },
      mentor: { she: 'mentor', he: 'mentor', they: 'mentor' },
      report: { she: 'direct report', he: 'direct report', they: 'direct report' },
      other: { she: 'worked with you', he: 'worked with you', they: 'worked with you' },
    },
    consent: { agreed: 'has agreed', asked: 'asked, no answer yet', not_asked: 'not asked yet', declined: 'declined' },
    suits: 'suits this role',
    senior: 'senior title',
    noThemes: 'no shared themes with this role',
    calls_zero: 'not called in the last 30 days',
    calls_one: 'called once in the last 30 days',
    calls_other: 'called {{count}} times in the last 30 days',
    rest: 'give them a rest',
    detailsNeverConfirmed: 'details never confirmed',
    detailsStale: 'details last confirmed over a year ago',
    currentEmployer: 'at your current employer: held back until an offer',
  },
  de: {
    relationship: {
      manager: { she: 'Vorgesetzte', he: 'Vorgesetzter', they: 'Führungskraft' },
      supervisor: { she: 'Betreuerin', he: 'Betreuer', they: 'betreuende Person' },
      colleague: { she: 'Kollegin', he: 'Kollege', they: 'Kollegin oder Kollege' },
      client: { she: 'Kundin', he: 'Kunde', they: 'Kundin oder Kunde' },
      mentor: { she: 'Mentorin', he: 'Mentor', they: 'Mentorin oder Mentor' },
      report: { she: 'Mitarbeiterin in deinem Team', he: 'Mitarbeiter in deinem Team', they: 'in deinem Team' },
      other: { she: 'hat mit dir gearbeitet', he: 'hat mit dir gearbeitet', they: 'hat mit dir gearbeitet' },
    },
    consent: { agreed: 'hat zugesagt', asked: 'gefragt, Antwort steht aus', not_asked: 'noch nicht gefragt', declined: 'hat abgesagt' },
    suits: 'passt zu dieser Stelle',
    senior: 'in leitender Position',
    noThemes: 'keine gemeinsamen Themen mit dieser Stelle',
    calls_zero: 'in den letzten 30 Tagen nicht angerufen',
    calls_one: 'in den letzten 30 Tagen einmal angerufen',
    calls_other: 'in den letzten 30 Tagen {{count}}-mal angerufen',
    rest: 'Zeit für eine Pause',
    detailsNeverConfirmed: 'Kontaktdaten nie bestätigt',
    detailsStale: 'Kontaktdaten seit über einem Jahr nicht bestätigt',
    currentEmployer: 'bei deinem jetzigen Arbeitgeber: bis zu einem Angebot zurückgestellt',
  },
});
