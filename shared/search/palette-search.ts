// Finding anything by typing: every person, application and card, and the window's
// actions, matched word by word (shared/search/fuzzy.ts) and ranked by how well they
// match, then by how recently they changed.
import type { Application } from '../schema/application';
import type { RekindleDocument } from '../schema/document';
import type { Reference } from '../schema/person';
import { foldForSearch } from './fold';
import { matchGrade, MATCH, queryWords } from './fuzzy';

export type SearchKind = 'action' | 'person' | 'application' | 'card';

/**
 * One piece of text to match, folded, and how much less a match in it counts than one in
 * the record's own name: a person found by their company ranks below one found by name,
 * and a card, which only mentions its person, below the person.
 */
export interface SearchField {
  text: string;
  penalty: number;
}

export interface SearchEntry {
  kind: SearchKind;
  /** The record's id, or the action's name. */
  id: string;
  fields: readonly SearchField[];
  /** When the record last changed (ISO timestamp); null for actions. */
  recency: string | null;
}

/** A heavy user has thousands of records; nobody reads past the first few dozen. */
export const RESULT_LIMIT = 50;

const PENALTY = { own: 0, card: 5, detail: 15, cardDetail: 15, far: 20 } as const;

// Folding is the slow part; a record keeps its object while unchanged, so its folded
// text is kept per object across documents.
const foldedPeople = new WeakMap<Reference, { name: string; organisation: string; title: string; email: string }>();
const foldedApplications = new WeakMap<Application, { company: string; role: string; location: string }>();

function foldedPerson(person: Reference) {
  let folded = foldedPeople.get(person);
  if (!folded) {
    folded = {
      name: foldForSearch(person.name),
      organisation: foldForSearch(person.organisation),
      title: foldForSearch(person.currentTitle),
      email: foldForSearch(person.email),
    };
    foldedPeople.set(person, folded);
  }
  return folded;
}

function foldedApplication(application: Application) {
  let folded = foldedApplications.get(application);
  if (!folded) {
    folded = { company: foldForSearch(application.company), role: foldForSearch(application.role), location: foldForSearch(application.location) };
    foldedApplications.set(application, folded);
  }
  return folded;
}

const field = (text: string, penalty: number): SearchField => ({ text, penalty });

/** Every person, application and card of the document, ready to be searched. */
export function recordEntriesOf(document: RekindleDocument): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const people = new Map<string, Reference>();
  const applications = new Map<string, Application>();
  for (const person of document.references) {
    people.set(person.id, person);
    const folded = foldedPerson(person);
    entries.push({
      kind: 'person',
      id: person.id,
      fields: [field(folded.name, PENALTY.own), field(folded.organisation, PENALTY.detail), field(folded.title, PENALTY.detail), field(folded.email, PENALTY.far)],
      recency: person.updatedAt,
    });
  }
  for (const application of document.applications) {
    applications.set(application.id, application);
    const folded = foldedApplication(application);
    entries.push({
      kind: 'application',
      id: application.id,
      // The role names an application as much as the company does ("the designer job").
      fields: [field(folded.company, PENALTY.own), field(folded.role, PENALTY.card), field(folded.location, PENALTY.far)],
      recency: application.updatedAt,
    });
  }
  for (const request of document.requests) {
    const person = people.get(request.referenceId);
    if (!person) continue;
    const application = request.applicationId === null ? undefined : applications.get(request.applicationId);
    const fields = [field(foldedPerson(person).name, PENALTY.card)];
    if (application) {
      const folded = foldedApplication(application);
      fields.push(field(folded.company, PENALTY.card), field(folded.role, PENALTY.cardDetail));
    }
    entries.push({ kind: 'card', id: request.id, fields, recency: request.updatedAt });
  }
  return entries;
}

/** An action of the window, found by its label (in the window's language) or its keywords. */
export function actionEntry(id: string, label: string, keywords: readonly string[] = []): SearchEntry {
  return {
    kind: 'action',
    id,
    fields: [field(foldForSearch(label), PENALTY.own), ...keywords.map((keyword) => field(foldForSearch(keyword), PENALTY.detail))],
    recency: null,
  };
}

/** How well the entry matches all the words, or 0 when one of them matches nowhere. */
export function scoreEntry(entry: SearchEntry, words: readonly string[]): number {
  let total = 0;
  for (const word of words) {
    let best = MATCH.none as number;
    for (const { text, penalty } of entry.fields) {
      const grade = matchGrade(word, text);
      if (grade > MATCH.none) best = Math.max(best, grade - penalty);
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
  const words = queryWords(foldForSearch(query));
  const scored: Scored[] = [];
  entries.forEach((entry, order) => {
    const score = words.length === 0 ? 1 : scoreEntry(entry, words);
    if (score > 0) scored.push({ entry, score, order });
  });
  return scored
    .sort(byRank)
    .slice(0, limit)
    .map(({ entry }) => entry);
}
