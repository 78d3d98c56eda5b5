// The one sentence that explains a person's place in the fit ranking, in English and
// German (words in shared/i18n/rules/fit.ts). Built from facts only, so the sentence never
// claims more than the data says.
import { translator, type Translate } from '../i18n';
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

function relationship(facts: FitFacts, t: Translate): string {
  const { person } = facts;
  const parts = [t(`fit.relationship.${person.relationship}.${person.address.pronouns}`)];
  if (facts.suits) parts.push(t('fit.suits'));
  if (facts.senior) parts.push(t('fit.senior'));
  return parts.join(', ');
}

function loadPhrase({ load, warnings }: FitFacts, t: Translate): string {
  const calls = t('fit.calls', { count: load.callsLast30 });
  return warnings.includes('leaned_on') ? `${calls}: ${t('fit.rest')}` : calls;
}

export function fitSentence(facts: FitFacts, language: Language): string {
  const t = translator(language);
  const parts: string[] = [];
  parts.push(facts.pointText ?? t('fit.noThemes'));
  parts.push(relationship(facts, t));
  parts.push(t(`fit.consent.${facts.person.consent.status}`));
  parts.push(loadPhrase(facts, t));
  if (facts.warnings.includes('stale_details')) {
    parts.push(t((facts.person.detailsConfirmedOn ?? null) === null ? 'fit.detailsNeverConfirmed' : 'fit.detailsStale'));
  }
  if (facts.warnings.includes('current_employer')) parts.push(t('fit.currentEmployer'));
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
