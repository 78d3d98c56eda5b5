// Who a reference sheet offers and who it starts with. Pure, so the rules are tested
// without a window.
import type { Reference } from '../../../shared/schema/person';
import type { RekindleDocument } from '../../../shared/schema/document';

/** The contract accepts at most this many people on one sheet. */
export const SHEET_MAX_PEOPLE = 50;
/** More than this and the dialog reminds the user what employers expect. */
export const SHEET_ADVISED_MAX = 5;

export interface SheetChoice {
  /** Everyone who may go on the sheet, in the order the sheet would list them. */
  order: string[];
  /** Who starts ticked: the people who agreed to vouch. */
  picked: string[];
  /** People with an open request for this application. */
  linked: string[];
}

/**
 * People who declined are never offered. Those linked to the application come first,
 * then everyone else; within each group, the user's own order (rank).
 */
export function initialSheetChoice(document: RekindleDocument, applicationId: string | null): SheetChoice {
  const linked = new Set(
    applicationId === null
      ? []
      : document.requests
          .filter((request) => request.applicationId === applicationId && request.closed === null)
          .map((request) => request.referenceId),
  );
  const byRank = (a: Reference, b: Reference) => a.rank - b.rank || a.name.localeCompare(b.name);
  const offered = document.references.filter((person) => person.consent.status !== 'declined');
  const ordered = [
    ...offered.filter((person) => linked.has(person.id)).sort(byRank),
    ...offered.filter((person) => !linked.has(person.id)).sort(byRank),
  ];
  return {
    order: ordered.map((person) => person.id),
    picked: ordered.filter((person) => person.consent.status === 'agreed').map((person) => person.id),
    linked: ordered.filter((person) => linked.has(person.id)).map((person) => person.id),
  };
}

/** Moves one id a step up (-1) or down (+1); the list is unchanged at either end. */
export function moveId(order: readonly string[], id: string, step: -1 | 1): string[] {
  const from = order.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  next[from] = next[to]!;
  next[to] = id;
  return next;
}

/** The ids to print, in the list's order. */
export function pickedInOrder(order: readonly string[], picked: ReadonlySet<string>): string[] {
  return order.filter((id) => picked.has(id));
}
