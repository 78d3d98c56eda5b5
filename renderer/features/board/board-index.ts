// Lookups the board needs, built once per saved document so that drawing a card is a few
// map reads instead of scans over every person, application and due item.
import type { DueItem } from '../../../shared/due';
import type { Application } from '../../../shared/schema/application';
import type { Reference } from '../../../shared/schema/person';
import type { ReferenceRequest, Stage } from '../../../shared/schema/request';
import type { RekindleDocument } from '../../../shared/schema/document';
import type { CollectionPatch, DocumentPatch } from '../../../shared/patch';
import { stepsTo, type PatchStep } from '../../../shared/document-lineage';
import { buildColumns, compareByPosition, createCardMatcher, filtersActive, type BoardFilters, type Columns } from './board-model';

export interface BoardIndex {
  document: RekindleDocument;
  people: ReadonlyMap<string, Reference>;
  applications: ReadonlyMap<string, Application>;
  requests: ReadonlyMap<string, ReferenceRequest>;
  /** Every open card, per column, in board order. */
  columns: Columns;
  /** Declined cards in board order. */
  declined: readonly string[];
  /** Open cards in the thank-you column (the note prompts need one), counted so a patch can follow it. */
  openThanks: number;
}

/** Each card's most pressing due item (the due list is sorted by date). */
export function dueByRequest(due: readonly DueItem[]): Map<string, DueItem> {
  const byRequest = new Map<string, DueItem>();
  for (const item of due) {
    if (item.requestId !== null && !byRequest.has(item.requestId)) byRequest.set(item.requestId, item);
  }
  return byRequest;
}

export function buildBoardIndex(document: RekindleDocument): BoardIndex {
  return {
    document,
    people: new Map(document.references.map((person) => [person.id, person])),
    applications: new Map(document.applications.map((application) => [application.id, application])),
    requests: new Map(document.requests.map((request) => [request.id, request])),
    columns: buildColumns(document.requests),
    declined: document.requests
      .filter((request) => request.closed === 'declined')
      .sort(compareByPosition)
      .map((request) => request.id),
    openThanks: document.requests.filter(isOpenThanks).length,
  };
}

function isOpenThanks(request: ReferenceRequest): boolean {
  return request.stage === 'thanks' && request.closed === null;
}

function patchedMap<T extends { id: string }>(map: ReadonlyMap<string, T>, patch: CollectionPatch<T> | undefined): ReadonlyMap<string, T> {
  if (!patch || (patch.upsert.length === 0 && patch.remove.length === 0)) return map;
  const next = new Map(map);
  for (const id of patch.remove) next.delete(id);
  for (const record of patch.upsert) next.set(record.id, record);
  return next;
}

/** Where a card shows on the board: an open column, the declined list, or nowhere (closed otherwise). */
type Slot = Stage | 'declined';

function slotOf(request: ReferenceRequest): Slot | null {
  if (request.closed === null) return request.stage;
  return request.closed === 'declined' ? 'declined' : null;
}

/**
 * The index of `document`, carried over from `index` (of the document the patch was applied
 * to): only the records the patch names are looked at; the lookups they change are copied
 * whole (a native Map copy, about a millisecond for 30,000 cards) and the columns only when
 * a card leaves or joins them. Equal to buildBoardIndex(document), as its property test checks.
 */
export function updateBoardIndex(index: BoardIndex, patch: DocumentPatch, document: RekindleDocument): BoardIndex {
  const people = patchedMap(index.people, patch.references);
  const applications = patchedMap(index.applications, patch.applications);
  const requests = patchedMap(index.requests, patch.requests);
  if (requests === index.requests) return { ...index, document, people, applications };

  // The old lists are shared with the previous index: each is copied before its first edit.
  const lists: Record<Slot, string[]> = { ...index.columns, declined: index.declined as string[] };
  const copied = new Set<Slot>();
  const writable = (slot: Slot): string[] => {
    if (!copied.has(slot)) {
      lists[slot] = [...lists[slot]];
      copied.add(slot);
    }
    return lists[slot];
  };
  const changed = [...new Set([...(patch.requests?.remove ?? []), ...(patch.requests?.upsert ?? []).map((request) => request.id)])];
  let openThanks = index.openThanks;
  // Every changed card leaves where it was before any is placed again, so a placement only
  // ever compares against cards already where they now belong.
  const moved: ReferenceRequest[] = [];
  for (const id of changed) {
    const was = index.requests.get(id);
    const now = requests.get(id);
    if (was === now) continue;
    const from = was ? slotOf(was) : null;
    if (was && from) {
      const list = writable(from);
      const at = list.indexOf(id);
      if (at >= 0) list.splice(at, 1);
      if (isOpenThanks(was)) openThanks -= 1;
    }
    if (now) moved.push(now);
  }
  for (const request of moved) {
    const to = slotOf(request);
    if (!to) continue;
    const list = writable(to);
    list.splice(insertionPoint(list, request, requests), 0, request.id);
    if (isOpenThanks(request)) openThanks += 1;
  }
  const { declined, ...columns } = lists;
  return { document, people, applications, requests, columns, declined, openThanks };
}

/** Where `request` goes in a list kept in board order (binary search by position, then age). */
function insertionPoint(list: readonly string[], request: ReferenceRequest, requests: ReadonlyMap<string, ReferenceRequest>): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = requests.get(list[middle] as string) as ReferenceRequest;
    if (compareByPosition(other, request) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

// One index per document, kept while the document is current: the board is built anew
// each time it is opened, and at a heavy user's scale the index takes tens of ms. A
// document made by patches from an indexed one gets its index by those patches.
const indexes = new WeakMap<RekindleDocument, BoardIndex>();

export function boardIndexOf(document: RekindleDocument): BoardIndex {
  let index = indexes.get(document);
  if (index) return index;
  const steps = stepsTo(document, (earlier) => indexes.has(earlier));
  if (steps && steps.length > 0) {
    index = indexes.get((steps[0] as PatchStep).before) as BoardIndex;
    for (const step of steps) index = updateBoardIndex(index, step.patch, step.after);
  } else {
    index = buildBoardIndex(document);
  }
  indexes.set(document, index);
  return index;
}

export interface FilteredBoard {
  columns: Columns;
  declined: readonly string[];
  /** How many cards (open or declined) the filters let through. */
  matching: number;
}

/** The cards the filters let through, keeping board order; without filters, the index itself. */
export function filterBoard(index: BoardIndex, filters: BoardFilters): FilteredBoard {
  if (!filtersActive(filters)) {
    const open = Object.values(index.columns).reduce((sum, ids) => sum + ids.length, 0);
    return { columns: index.columns, declined: index.declined, matching: open + index.declined.length };
  }
  const matches = createCardMatcher(filters);
  const keep = (id: string): boolean => {
    const request = index.requests.get(id);
    if (!request) return false;
    const application = request.applicationId === null ? undefined : index.applications.get(request.applicationId);
    return matches(request, index.people.get(request.referenceId), application);
  };
  const columns: Columns = {
    reconnect: index.columns.reconnect.filter(keep),
    prep: index.columns.prep.filter(keep),
    thanks: index.columns.thanks.filter(keep),
    done: index.columns.done.filter(keep),
  };
  const declined = index.declined.filter(keep);
  const open = Object.values(columns).reduce((sum, ids) => sum + ids.length, 0);
  return { columns, declined, matching: open + declined.length };
}
