// What the board shows, as plain data: which cards are visible, in which column and
// order, and where a dropped card lands. No React here, so it is easy to test.
import type { DueItem } from '../../../shared/due';
import { positionBetween } from '../../../shared/positions';
import { foldForSearch } from '../../../shared/search/fold';
import type { Application } from '../../../shared/schema/application';
import type { Reference } from '../../../shared/schema/person';
import { STAGES } from '../../../shared/schema/constants';
import type { ReferenceRequest, Stage } from '../../../shared/schema/request';
import type { RekindleDocument } from '../../../shared/schema/document';

export type Columns = Record<Stage, string[]>;

/** 'all', 'none' (whole search), or an application id. */
export interface BoardFilters {
  applicationId: string;
  referenceId: string;
  query: string;
}

export const NO_FILTERS: BoardFilters = { applicationId: 'all', referenceId: 'all', query: '' };
export const WHOLE_SEARCH = 'none';

const COLUMN_PREFIX = 'column:';

export function columnDropId(stage: Stage): string {
  return `${COLUMN_PREFIX}${stage}`;
}

export function stageOfDropId(id: string): Stage | null {
  if (!id.startsWith(COLUMN_PREFIX)) return null;
  const stage = id.slice(COLUMN_PREFIX.length);
  return (STAGES as readonly string[]).includes(stage) ? (stage as Stage) : null;
}

export function filtersActive(filters: BoardFilters): boolean {
  return filters.applicationId !== 'all' || filters.referenceId !== 'all' || filters.query.trim() !== '';
}

export function matchesFilters(
  request: ReferenceRequest,
  person: Reference | undefined,
  application: Application | undefined,
  filters: BoardFilters,
): boolean {
  return createCardMatcher(filters)(request, person, application);
}

// Folding text is the slow part of a search; people and applications keep their object
// while unchanged, so their folded words are kept per object.
const foldedPeople = new WeakMap<Reference, string>();
const foldedApplications = new WeakMap<Application, string>();

function foldedPerson(person: Reference | undefined): string {
  if (!person) return '';
  let value = foldedPeople.get(person);
  if (value === undefined) {
    value = foldForSearch(person.name);
    foldedPeople.set(person, value);
  }
  return value;
}

function foldedApplication(application: Application | undefined): string {
  if (!application) return '';
  let value = foldedApplications.get(application);
  if (value === undefined) {
    value = foldForSearch([application.company, application.role].filter(Boolean).join(' '));
    foldedApplications.set(application, value);
  }
  return value;
}

/** `matchesFilters` with the query folded once, for checking many cards against the same filters. */
export function createCardMatcher(
  filters: BoardFilters,
): (request: ReferenceRequest, person: Reference | undefined, application: Application | undefined) => boolean {
  const words = foldForSearch(filters.query.trim()).split(/\s+/).filter(Boolean);
  return (request, person, application) => {
    if (filters.referenceId !== 'all' && request.referenceId !== filters.referenceId) return false;
    if (filters.applicationId === WHOLE_SEARCH && request.applicationId !== null) return false;
    if (filters.applicationId !== 'all' && filters.applicationId !== WHOLE_SEARCH && request.applicationId !== filters.applicationId) {
      return false;
    }
    if (words.length === 0) return true;
    const haystack = `${foldedPerson(person)} ${foldedApplication(application)}`;
    return words.every((word) => haystack.includes(word));
  };
}

/** Open cards per column, each column in board order (position, then age). */
export function buildColumns(requests: readonly ReferenceRequest[]): Columns {
  const columns: Columns = { reconnect: [], prep: [], thanks: [], done: [] };
  const open = requests.filter((request) => request.closed === null).sort(compareByPosition);
  for (const request of open) columns[request.stage].push(request.id);
  return columns;
}

export function compareByPosition(a: ReferenceRequest, b: ReferenceRequest): number {
  return a.position - b.position || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** The column holding `id`, which is either a card or a column's drop zone. */
export function columnOf(columns: Columns, id: string): Stage | null {
  const stage = stageOfDropId(id);
  if (stage) return stage;
  return STAGES.find((candidate) => columns[candidate].includes(id)) ?? null;
}

/** Moves a card into another column while it is dragged, in front of the card it is over. */
export function moveAcross(columns: Columns, activeId: string, overId: string): Columns {
  const from = columnOf(columns, activeId);
  const to = columnOf(columns, overId);
  if (!from || !to || from === to) return columns;
  const target = columns[to].filter((id) => id !== activeId);
  const overIndex = target.indexOf(overId);
  const index = overIndex >= 0 ? overIndex : target.length;
  return {
    ...columns,
    [from]: columns[from].filter((id) => id !== activeId),
    [to]: [...target.slice(0, index), activeId, ...target.slice(index)],
  };
}

/** Reorders within one column (the card is dropped onto another card of the same column). */
export function moveWithin(columns: Columns, activeId: string, overId: string): Columns {
  const stage = columnOf(columns, activeId);
  if (!stage || columnOf(columns, overId) !== stage || activeId === overId) return columns;
  const ids = columns[stage];
  const from = ids.indexOf(activeId);
  const to = ids.indexOf(overId);
  if (from < 0 || to < 0) return columns;
  const next = ids.filter((id) => id !== activeId);
  next.splice(to, 0, activeId);
  return { ...columns, [stage]: next };
}

/** Where a card now sits in `columns`: its stage and a position between its neighbours. */
export function placementOf(
  columns: Columns,
  id: string,
  positions: Pick<ReadonlyMap<string, number>, 'get'>,
): { stage: Stage; position: number } | null {
  const stage = columnOf(columns, id);
  if (!stage) return null;
  const ids = columns[stage];
  const index = ids.indexOf(id);
  const before = index > 0 ? (positions.get(ids[index - 1] as string) ?? null) : null;
  const after = index < ids.length - 1 ? (positions.get(ids[index + 1] as string) ?? null) : null;
  return { stage, position: positionBetween(before, after) };
}

/** The end of a column, for "Move to…" which appends. */
export function endOfColumnPosition(document: RekindleDocument, stage: Stage, excludeId: string): number {
  let last: number | null = null;
  for (const request of document.requests) {
    if (request.stage !== stage || request.closed !== null || request.id === excludeId) continue;
    if (last === null || request.position > last) last = request.position;
  }
  return positionBetween(last, null);
}

/** The card's most pressing due date, if it has one. */
export function dueOfRequest(items: readonly DueItem[], requestId: string): DueItem | undefined {
  return items.find((item) => item.requestId === requestId);
}
