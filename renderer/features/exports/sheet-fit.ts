// The sheet picker's first choice, ordered by fit for the application: who fits best first,
// people at the current employer unticked until an offer. Pure, like sheet-people.ts.
import { rankByFit, suggestRested, type FitEntry } from '../../../shared/bench/fit';
import type { IsoDate } from '../../../shared/dates';
import type { RekindleDocument } from '../../../shared/schema/document';
import type { SheetChoice } from './sheet-people';

export interface FitNoteData {
  entry: FitEntry;
  /** For a person leaned on: the name of someone rested to ask instead. */
  rested: string | null;
}

export function choiceByFit(
  choice: SheetChoice,
  document: RekindleDocument,
  applicationId: string | null,
  today: IsoDate,
): { choice: SheetChoice; notes: Map<string, FitNoteData> } {
  const application = applicationId === null ? null : (document.applications.find((item) => item.id === applicationId) ?? null);
  const ranking = rankByFit(document, application, today);
  const names = new Map(document.references.map((person) => [person.id, person.name]));
  const notes = new Map<string, FitNoteData>();
  for (const entry of ranking) {
    const rested = entry.warnings.includes('leaned_on') ? suggestRested(ranking, entry.referenceId) : null;
    notes.set(entry.referenceId, { entry, rested: rested ? (names.get(rested.referenceId) ?? null) : null });
  }
  const held = new Set(ranking.filter((entry) => entry.warnings.includes('current_employer')).map((entry) => entry.referenceId));
  // A general sheet keeps the user's own order. One for an application keeps the people on
  // that application first, as before, and orders each group by fit.
  const position = new Map(ranking.map((entry, index) => [entry.referenceId, index]));
  const linked = new Set(choice.linked);
  const group = (id: string) => (linked.has(id) ? 0 : 1);
  const order =
    application === null
      ? choice.order
      : [...choice.order].sort((a, b) => group(a) - group(b) || (position.get(a) ?? 0) - (position.get(b) ?? 0));
  return { choice: { ...choice, order, picked: choice.picked.filter((id) => !held.has(id)) }, notes };
}
