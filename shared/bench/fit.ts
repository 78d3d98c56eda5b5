// Who fits an application best, and why, in one sentence per person. The score is a plain
// sum of reasons a recruiter would give, so every rank can be explained in words.
import { addMonths, compareIsoDates, type IsoDate } from '../dates';
import type { Application } from '../schema/application';
import type { Reference } from '../schema/person';
import type { RekindleDocument } from '../schema/document';
import { fitSentence, type FitWarning } from './fit-text';

export type { FitWarning } from './fit-text';
import { callThresholdOf, isLeanedOn, personLoad, type PersonLoad } from './load';

/** Details not confirmed for this long are worth checking before they go on a sheet. */
export const DETAILS_FRESH_MONTHS = 12;


export interface FitEntry {
  referenceId: string;
  score: number;
  /** Kept off the sheet unless the user overrides: at the current employer before an offer, or declined. */
  heldBack: boolean;
  warnings: FitWarning[];
  /** The talking points whose themes meet the role's requirements, best first. */
  matchedPointIds: string[];
  sharedThemes: string[];
  load: PersonLoad;
  explanation: { en: string; de: string };
}

// Words in the requirements that say the role is judged on working with others; for those
// roles a peer or client knows best. Otherwise a manager has seen the delivery.
const COLLABORATIVE = /collaborat|team|partner|stakeholder|communicat|zusammenarbeit|kommunikation/i;
const SENIOR_TITLE = /\b(head|director|lead|principal|vp|vice president|chief|cto|ceo|cfo|coo|founder|partner)\b|leiter|leitung|geschäftsführ|vorstand/i;

const normalise = (tag: string) => tag.trim().toLowerCase();

export function suitedRelationships(application: Application): readonly Reference['relationship'][] {
  const requirements = application.keyRequirements ?? [];
  return requirements.some((tag) => COLLABORATIVE.test(tag)) ? ['colleague', 'client'] : ['manager', 'supervisor'];
}

export function detailsAreStale(person: Reference, today: IsoDate): boolean {
  const confirmed = person.detailsConfirmedOn ?? null;
  return confirmed === null || compareIsoDates(addMonths(confirmed, DETAILS_FRESH_MONTHS), today) < 0;
}

/** At the current employer: off the sheet until this application has an offer. */
export function isHeldForCurrentEmployer(person: Reference, application: Application | null): boolean {
  return person.atCurrentEmployer === true && application?.status !== 'offer';
}

/** Talking points ordered by how many of the role's requirements their themes share. */
export function pointsForApplication(person: Reference, application: Application | null): { ids: string[]; themes: string[] } {
  const wanted = new Set((application?.keyRequirements ?? []).map(normalise));
  const scored = person.talkingPoints.map((point, index) => {
    const shared = [...new Set((point.themes ?? []).map(normalise))].filter((theme) => wanted.has(theme));
    return { point, index, shared };
  });
  const matching = scored.filter((entry) => entry.shared.length > 0).sort((a, b) => b.shared.length - a.shared.length || a.index - b.index);
  return { ids: matching.map((entry) => entry.point.id), themes: [...new Set(matching.flatMap((entry) => entry.shared))] };
}

export function rankByFit(document: RekindleDocument, application: Application | null, today: IsoDate): FitEntry[] {
  const threshold = callThresholdOf(document);
  const suited = application ? suitedRelationships(application) : [];
  const entries = document.references.map((person): FitEntry & { rank: number } => {
    const load = personLoad(document, person.id, today);
    const points = pointsForApplication(person, application);
    const warnings: FitWarning[] = [];
    if (person.consent.status === 'declined') warnings.push('declined');
    if (isHeldForCurrentEmployer(person, application)) warnings.push('current_employer');
    if (isLeanedOn(load, threshold)) warnings.push('leaned_on');
    if (detailsAreStale(person, today)) warnings.push('stale_details');

    const suits = suited.includes(person.relationship);
    const senior = SENIOR_TITLE.test(person.currentTitle);
    let score = 3 * points.themes.length;
    if (suits) score += 2;
    if (senior) score += 1;
    score += person.consent.status === 'agreed' ? 2 : person.consent.status === 'not_asked' ? -1 : 0;
    if (warnings.includes('stale_details')) score -= 1;
    // Each recent call costs a little; reaching the threshold costs more than any one strength.
    score -= warnings.includes('leaned_on') ? 4 : load.callsLast30;

    const firstPoint = person.talkingPoints.find((point) => point.id === points.ids[0]);
    const facts = { person, suits, senior, load, threshold, warnings, pointText: firstPoint?.text ?? null };
    return {
      referenceId: person.id,
      rank: person.rank,
      score,
      heldBack: warnings.includes('current_employer') || warnings.includes('declined'),
      warnings,
      matchedPointIds: points.ids,
      sharedThemes: points.themes,
      load,
      explanation: { en: fitSentence(facts, 'en'), de: fitSentence(facts, 'de') },
    };
  });
  entries.sort((a, b) => Number(a.heldBack) - Number(b.heldBack) || b.score - a.score || a.rank - b.rank);
  return entries.map(({ rank: _rank, ...entry }) => entry);
}

/** Someone rested to propose instead of a person who was leaned on: the best fit not warned about. */
export function suggestRested(ranking: readonly FitEntry[], instead: string): FitEntry | null {
  return ranking.find((entry) => entry.referenceId !== instead && !entry.heldBack && !entry.warnings.includes('leaned_on')) ?? null;
}
