// Lookups the board needs, built once per saved document so that drawing a card is a few
// map reads instead of scans over every person, application and due item.
import type { DueItem } from '../../../shared/due';
import type { Application } from '../../../shared/schema/application';
import type { Reference } from '../../../shared/schema/person';
import type { ReferenceRequest } from '../../../shared/schema/request';
import type { RekindleDocument } from '../../../shared/schema/document';
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
  hasOpenThanks: boolean;
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
    hasOpenThanks: document.requests.some((request) => request.stage === 'thanks' && request.closed === null),
  };
}

// One index per document, kept while the document is current: the board is built anew
// each time it is opened, and at a heavy user's scale the index takes tens of ms.
const indexes = new WeakMap<RekindleDocument, BoardIndex>();

export function boardIndexOf(document: RekindleDocument): BoardIndex {
  let index = indexes.get(document);
  if (!index) {
    index = buildBoardIndex(document);
    indexes.set(document, index);
  }
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
