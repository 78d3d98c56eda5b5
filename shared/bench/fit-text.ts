// The one sentence that explains a person's place in the fit ranking, in English and
// German. Built from facts only, so the sentence never claims more than the data says.
import type { Language } from '../schema/fields';
import type { Reference } from '../schema/person';
import type { PersonLoad } from './load';

/** Why a person may be a poor choice for this sheet right now. */
export type FitWarning = 'leaned_on' | 'stale_details' | 'current_employer' | 'declined';

export interface FitFacts {
  person: Reference;
  /** The relationship suits what the role is judged on. */
  suits: boolean;
  senior: boolean;
  load: PersonLoad;
  threshold: number;
  warnings: FitWarning[];
  /** The talking point that shares most themes with the role; null when none does. */
  pointText: string | null;
}

const RELATIONSHIP_EN: Record<Reference['relationship'], string> = {
  manager: 'manager',
  supervisor: 'supervisor',
  colleague: 'colleague',
  client: 'client',
  mentor: 'mentor',
  report: 'direct report',
  other: 'worked with you',
};

// German nouns follow the person's pronouns; "they" gets the pair.
const RELATIONSHIP_DE: Record<Reference['relationship'], { she: string; he: string; they: string }> = {
  manager: { she: 'Führungskraft', he: 'Führungskraft', they: 'Führungskraft' },
  supervisor: { she: 'Vorgesetzte', he: 'Vorgesetzter', they: 'vorgesetzte Person' },
  colleague: { she: 'Kollegin', he: 'Kollege', they: 'Kollegin oder Kollege' },
  client: { she: 'Kundin', he: 'Kunde', they: 'Kundin oder Kunde' },
  mentor: { she: 'Mentorin', he: 'Mentor', they: 'Mentorin oder Mentor' },
  report: { she: 'ehemalige Mitarbeiterin', he: 'ehemaliger Mitarbeiter', they: 'ehemaliges Teammitglied' },
  other: { she: 'hat mit dir gearbeitet', he: 'hat mit dir gearbeitet', they: 'hat mit dir gearbeitet' },
};

const CONSENT: Record<Language, Record<Reference['consent']['status'], string>> = {
  en: { agreed: 'has agreed', asked: 'asked, no answer yet', not_asked: 'not asked yet', declined: 'declined' },
  de: { agreed: 'hat zugesagt', asked: 'gefragt, Antwort steht aus', not_asked: 'noch nicht gefragt', declined: 'hat abgesagt' },
};

function relationship(facts: FitFacts, language: Language): string {
  const { person } = facts;
  const noun = language === 'en' ? RELATIONSHIP_EN[person.relationship] : RELATIONSHIP_DE[person.relationship][person.address.pronouns];
  const parts = [noun];
  if (facts.suits) parts.push(language === 'en' ? 'suits this role' : 'passt zu dieser Stelle');
  if (facts.senior) parts.push(language === 'en' ? 'senior title' : 'in leitender Position');
  return parts.join(', ');
}

function loadPhrase({ load, warnings }: FitFacts, language: Language): string {
  const n = load.callsLast30;
  const rest = warnings.includes('leaned_on');
  if (language === 'en') {
    const count = n === 0 ? 'not called' : n === 1 ? 'called once' : `called ${n} times`;
    return `${count} in the last 30 days${rest ? ': give them a rest' : ''}`;
  }
  const count = n === 0 ? 'nicht angerufen' : n === 1 ? 'einmal angerufen' : `${n}-mal angerufen`;
  return `in den letzten 30 Tagen ${count}${rest ? ': Zeit für eine Pause' : ''}`;
}

export function fitSentence(facts: FitFacts, language: Language): string {
  const en = language === 'en';
  const parts: string[] = [];
  parts.push(facts.pointText ?? (en ? 'no shared themes with this role' : 'keine gemeinsamen Themen mit dieser Stelle'));
  parts.push(relationship(facts, language));
  parts.push(CONSENT[language][facts.person.consent.status]);
  parts.push(loadPhrase(facts, language));
  if (facts.warnings.includes('stale_details')) {
    const never = (facts.person.detailsConfirmedOn ?? null) === null;
    parts.push(
      en
        ? never ? 'details never confirmed' : 'details last confirmed over a year ago'
        : never ? 'Kontaktdaten nie bestätigt' : 'Kontaktdaten seit über einem Jahr nicht bestätigt',
    );
  }
  if (facts.warnings.includes('current_employer')) {
    parts.push(en ? 'at your current employer: held back until an offer' : 'bei deinem jetzigen Arbeitgeber: bis zu einem Angebot zurückgestellt');
  }
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
