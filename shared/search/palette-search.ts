// Finding anything by typing: every person, application and card, and the window's
// actions, matched word by word (shared/search/fuzzy.ts) and ranked by how well they
// match, then by how recently they changed.
import type { Application } from '../schema/application';
import type { RekindleDocument } from '../schema/document';
import type { Reference } from '../schema/person';
import type { ReferenceRequest } from '../schema/request';
import { matchGrade, MATCH, queryWords, searchable, type QueryWord, type SearchableText } from './fuzzy';

export type SearchKind = 'action' | 'person' | 'application' | 'card';

/**
 * One piece of text to match, and how much less a match in it counts than one in the
 * record's own name: a person found by their company ranks below one found by name, and a
 * card, which only mentions its person, below the person.
 */
export interface SearchField extends SearchableText {
  penalty: number;
}

export interface SearchEntry {
  kind: SearchKind;
  /** The record's id, or the action's name. */
  id: string;
  fields: readonly SearchField[];
  /** The letters of all its fields (fuzzy.ts letterMask), to pass over it at once when a word cannot match. */
  mask: number;
  /** When the record last changed (ISO timestamp); null for actions. */
  recency: string | null;
}

/** A heavy user has thousands of records; nobody reads past the first few dozen. */
export const RESULT_LIMIT = 50;

const PENALTY = { own: 0, card: 5, detail: 15, cardDetail: 15, far: 20 } as const;

const field = (text: string, penalty: number): SearchField => ({ ...searchable(text), penalty });
const maskOf = (fields: readonly SearchField[]) => fields.reduce((mask, { mask: more }) => mask | more, 0);

// Preparing text is the slow part, and a record keeps its object while unchanged (patches
// replace only what changed), so each record's entry is kept per object across documents.
const personEntries = new WeakMap<Reference, SearchEntry>();
const applicationEntries = new WeakMap<Application, SearchEntry>();
const cardEntries = new WeakMap<ReferenceRequest, { person: Reference; application: Application | undefined; entry: SearchEntry }>();

function personEntry(person: Reference): SearchEntry {
  let entry = personEntries.get(person);
  if (!entry) {
    const fields = [field(person.name, PENALTY.own), field(person.organisation, PENALTY.detail), field(person.currentTitle, PENALTY.detail), field(person.email, PENALTY.far)];
    entry = { kind: 'person', id: person.id, fields, mask: maskOf(fields), recency: person.updatedAt };
    personEntries.set(person, entry);
  }
  return entry;
}

function applicationEntry(application: Application): SearchEntry {
  let entry = applicationEntries.get(application);
  if (!entry) {
    // The role names an application as much as the company does ("the designer job").
    const fields = [field(application.company, PENALTY.own), field(application.role, PENALTY.card), field(application.location, PENALTY.far)];
    entry = { kind: 'application', id: application.id, fields, mask: maskOf(fields), recency: application.updatedAt };
    applicationEntries.set(application, entry);
  }
  return entry;
}

/** A card is found by its person and its application, so it is prepared again when either changes. */
function cardEntry(request: ReferenceRequest, person: Reference, application: Application | undefined): SearchEntry {
  const kept = cardEntries.get(request);
  if (kept && kept.person === person && kept.application === application) return kept.entry;
  const [name] = personEntry(person).fields;
  const fields: SearchField[] = name ? [{ ...name, penalty: PENALTY.card }] : [];
  const [company, role] = application ? applicationEntry(application).fields : [];
  if (company) fields.push({ ...company, penalty: PENALTY.card });
  if (role) fields.push({ ...role, penalty: PENALTY.cardDetail });
  const entry: SearchEntry = { kind: 'card', id: request.id, fields, mask: maskOf(fields), recency: request.updatedAt };
  cardEntries.set(request, { person, application, entry });
  return entry;
}

/** Every person, application and card of the document, ready to be searched. */
export function recordEntriesOf(document: RekindleDocument): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const people = new Map<string, Reference>();
  const applications = new Map<string, Application>();
  for (const person of document.references) {
    people.set(person.id, person);
    entries.push(personEntry(person));
  }
  for (const application of document.applications) {
    applications.set(application.id, application);
    entries.push(applicationEntry(application));
  }
  for (const request of document.requests) {
    const person = people.get(request.referenceId);
    if (!person) continue;
    entries.push(cardEntry(request, person, request.applicationId === null ? undefined : applications.get(request.applicationId)));
  }
  return entries;
}

/** An action of the window, found by its label (in the window's language) or its keywords. */
export function actionEntry(id: string, label: string, keywords: readonly string[] = []): SearchEntry {
  const fields = [field(label, PENALTY.own), ...keywords.map((keyword) => field(keyword, PENALTY.detail))];
  return { kind: 'action', id, fields, mask: maskOf(fields), recency: null };
}

/** How well the entry matches all the words (from `queryWords`), or 0 when one of them matches nowhere. */
export function scoreEntry(entry: SearchEntry, words: readonly QueryWord[]): number {
  let total = 0;
  for (const word of words) {
    if ((word.mask & ~entry.mask) !== 0) return 0;
    let best: number = MATCH.none;
    for (const candidate of entry.fields) {
      const grade = matchGrade(word, candidate);
      if (grade > MATCH.none) best = Math.max(best, grade - candidate.penalty);
    }
    if (best <= MATCH.none) return 0;
    total += best;
  }
  return total;
}

interface Scored {
  entry: SearchEntry;
  score: number;
  order: number;
}

function byRank(a: Scored, b: Scored): number {
  if (a.score !== b.score) return b.score - a.score;
  // Actions are few and typed on purpose: among equal matches they come first.
  if ((a.entry.kind === 'action') !== (b.entry.kind === 'action')) return a.entry.kind === 'action' ? -1 : 1;
  const recencyA = a.entry.recency ?? '';
  const recencyB = b.entry.recency ?? '';
  if (recencyA !== recencyB) return recencyA < recencyB ? 1 : -1;
  return a.order - b.order;
}

/**
 * The entries that match the query, best first, at most `limit`. With nothing typed: the
 * actions in their given order, then the records changed last.
 */
export function rankEntries(entries: readonly SearchEntry[], query: string, limit: number = RESULT_LIMIT): SearchEntry[] {
  const words = queryWords(query);
  // The best `limit` so far, best first: thousands match a short query, and sorting them
  // all for the fifty shown would cost more than the matching.
  const best: Scored[] = [];
  for (let order = 0; order < entries.length && limit > 0; order += 1) {
    const entry = entries[order] as SearchEntry;
    const score = words.length === 0 ? 1 : scoreEntry(entry, words);
    if (score === 0) continue;
    const candidate = { entry, score, order };
    const worst = best[best.length - 1];
    if (best.length === limit && worst && byRank(candidate, worst) >= 0) continue;
    let at = best.length;
    while (at > 0 && byRank(candidate, best[at - 1] as Scored) < 0) at -= 1;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(({ entry }) => entry);
}
