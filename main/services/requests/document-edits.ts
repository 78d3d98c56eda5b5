// The small edits every use case on requests and reference checks is made of: one clock
// reading, finding records, log lines, and swapping a changed record into the document.
// Each returns a new value and leaves the one it was given untouched.
import { compareIsoDates, toIsoDate, type IsoDate } from '../../../shared/dates';
import { positionBetween } from '../../../shared/positions';
import { LIMITS } from '../../../shared/schema/fields';
import type { Reference } from '../../../shared/schema/person';
import type { LogEntry, LogKind, ReferenceRequest, Stage } from '../../../shared/schema/request';
import type { RekindleDocument } from '../../../shared/schema/document';
import { DomainError, type ServiceContext } from '../context';

export interface Clock {
  today: IsoDate;
  timestamp: string;
}

// One reading per use case, so every field written by a change carries the same instant.
export function readClock(ctx: ServiceContext): Clock {
  const now = ctx.now();
  return { today: toIsoDate(now), timestamp: now.toISOString() };
}

export function indexOfRequest(doc: RekindleDocument, id: string): number {
  const index = doc.requests.findIndex((candidate) => candidate.id === id);
  if (index < 0) throw new DomainError('not_found', `No request with id ${id}`);
  return index;
}

export function findRequest(doc: RekindleDocument, id: string): ReferenceRequest {
  return doc.requests[indexOfRequest(doc, id)] as ReferenceRequest;
}

export function findReference(doc: RekindleDocument, id: string): Reference {
  const reference = doc.references.find((candidate) => candidate.id === id);
  if (!reference) throw new DomainError('not_found', `No reference with id ${id}`);
  return reference;
}

export function assertOpen(request: ReferenceRequest): void {
  if (request.closed !== null) throw new DomainError('conflict', 'This request was declined and is closed');
}

// A typo such as 2062 would silence check-ins for decades, so dates from the future are refused.
export function assertNotFuture(on: IsoDate, today: IsoDate): void {
  if (compareIsoDates(on, today) > 0) {
    throw new DomainError('invalid_input', 'The date lies in the future', [{ path: 'on', code: 'date_in_future' }]);
  }
}

/** Where a card lands when it joins a column: after the last open card in it. */
export function endOfColumn(requests: readonly ReferenceRequest[], stage: Stage, excludeId?: string): number {
  let last: number | null = null;
  for (const request of requests) {
    if (request.stage !== stage || request.closed !== null || request.id === excludeId) continue;
    if (last === null || request.position > last) last = request.position;
  }
  return positionBetween(last, null);
}

export function newLogEntry(ctx: ServiceContext, clock: Clock, kind: LogKind, on: IsoDate, text: string): LogEntry {
  return { id: ctx.newId(), at: clock.timestamp, on, kind, text };
}

// The log is bounded by the schema; the oldest lines go first, as they matter least.
export function appendLog(request: ReferenceRequest, entry: LogEntry): ReferenceRequest {
  const log = [...request.log, entry];
  return { ...request, log: log.length > LIMITS.logEntries ? log.slice(log.length - LIMITS.logEntries) : log };
}

/**
 * The document with one request swapped for its new version, every other record kept as
 * the same object. A copy of the list with one slot set, not a map over a heavy user's
 * 30,000 requests calling a function for each: ids are unique within the list, so the one
 * slot holding the id is all that changes. `at` is where the caller already found it.
 */
export function replaceRequest(doc: RekindleDocument, updated: ReferenceRequest, at?: number): RekindleDocument {
  const index = at !== undefined && doc.requests[at]?.id === updated.id ? at : doc.requests.findIndex((request) => request.id === updated.id);
  const requests = doc.requests.slice();
  if (index >= 0) requests[index] = updated;
  return { ...doc, requests };
}

export function updateReference(
  doc: RekindleDocument,
  id: string,
  change: (person: Reference) => Reference,
  clock: Clock,
): RekindleDocument {
  return {
    ...doc,
    references: doc.references.map((person) => (person.id === id ? { ...change(person), updatedAt: clock.timestamp } : person)),
  };
}

/** Any contact moves "last contacted" forward (never back), which restarts the check-in clock. */
export function contactedOn(person: Reference, on: IsoDate): Reference {
  const last = person.lastContactedOn;
  return last !== null && compareIsoDates(last, on) >= 0 ? person : { ...person, lastContactedOn: on };
}

export function touchReference(doc: RekindleDocument, id: string, on: IsoDate, clock: Clock): RekindleDocument {
  return updateReference(doc, id, (person) => contactedOn(person, on), clock);
}
