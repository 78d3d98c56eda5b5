// The use cases that move reference requests along the board. Each one is a pure transform
// of the document: it returns a new document and leaves the one it was given untouched, so
// the store can write the result through and keep the old value if writing fails.
import { compareIsoDates, toIsoDate, type IsoDate } from '../../shared/dates';
import {
  LIMITS,
  OUTCOME_STATUSES,
  type LogEntry,
  type LogKind,
  type Reference,
  type ReferenceRequest,
  type RekindleDocument,
  type Stage,
} from '../../shared/schema';
import { checklistItem, initialStage, moveLogText, stageOfChecklistKey } from '../../shared/stages';
import {
  CONTACT_KINDS,
  type CompleteRequestInput,
  type LinkReferenceInput,
  type LogContactInput,
  type MarkAskSentInput,
  type MarkMessageSentInput,
  type MoveRequestInput,
  type RecordReplyInput,
  type SetApplicationStatusInput,
  type SetChecklistItemInput,
  type SnoozeRequestInput,
  type UnlinkRequestInput,
} from '../../shared/ipc/request-inputs';
import { positionBetween } from '../../shared/positions';
import { DomainError, type ServiceContext } from './context';

export { CONTACT_KINDS, positionBetween };

// ---- Positions ----------------------------------------------------------------------------

function endOfColumn(requests: readonly ReferenceRequest[], stage: Stage, excludeId?: string): number {
  let last: number | null = null;
  for (const request of requests) {
    if (request.stage !== stage || request.closed !== null || request.id === excludeId) continue;
    if (last === null || request.position > last) last = request.position;
  }
  return positionBetween(last, null);
}

// ---- Use cases ----------------------------------------------------------------------------

export function linkReference(
  doc: RekindleDocument,
  input: LinkReferenceInput,
  ctx: ServiceContext,
): { document: RekindleDocument; requestId: string } {
  const clock = readClock(ctx);
  const reference = findReference(doc, input.referenceId);
  if (input.applicationId !== null && !doc.applications.some((app) => app.id === input.applicationId)) {
    throw new DomainError('not_found', `No application with id ${input.applicationId}`);
  }
  const duplicate = doc.requests.some(
    (request) =>
      request.referenceId === input.referenceId &&
      request.applicationId === input.applicationId &&
      request.closed === null &&
      request.stage !== 'done',
  );
  if (duplicate) throw new DomainError('conflict', 'This person already has an open request for this application');

  const stage = initialStage(reference, clock.today);
  const id = ctx.newId();
  const request: ReferenceRequest = {
    id,
    referenceId: input.referenceId,
    applicationId: input.applicationId,
    stage,
    closed: null,
    position: endOfColumn(doc.requests, stage),
    checklist: {},
    askedOn: null,
    log: [newLogEntry(ctx, clock, 'created', clock.today, stage)],
    createdAt: clock.timestamp,
    updatedAt: clock.timestamp,
  };
  return { document: { ...doc, requests: [...doc.requests, request] }, requestId: id };
}

export function unlinkRequest(
  doc: RekindleDocument,
  input: UnlinkRequestInput,
): { document: RekindleDocument; removed: ReferenceRequest } {
  const removed = findRequest(doc, input.requestId);
  return { document: { ...doc, requests: doc.requests.filter((request) => request.id !== removed.id) }, removed };
}

export function moveRequest(
  doc: RekindleDocument,
  input: MoveRequestInput,
  ctx: ServiceContext,
): { document: RekindleDocument; request: ReferenceRequest } {
  const clock = readClock(ctx);
  const index = indexOfRequest(doc, input.requestId);
  const current = doc.requests[index] as ReferenceRequest;
  if (current.closed !== null) throw new DomainError('conflict', 'A declined request is no longer on the board');
  let updated: ReferenceRequest = { ...current, stage: input.stage, position: input.position, updatedAt: clock.timestamp };
  // Reordering within a column is not worth a history line; changing stage is.
  if (current.stage !== input.stage) {
    updated = appendLog(updated, newLogEntry(ctx, clock, 'moved', clock.today, moveLogText(current.stage, input.stage)));
  }
  return { document: replaceRequest(doc, updated, index), request: updated };
}

export function setChecklistItem(
  doc: RekindleDocument,
  input: SetChecklistItemInput,
  ctx: ServiceContext,
): { document: RekindleDocument; request: ReferenceRequest } {
  const clock = readClock(ctx);
  const current = findRequest(doc, input.requestId);
  assertItemOfStage(current, input.item);
  const updated = { ...current, checklist: { ...current.checklist, [input.item]: input.done }, updatedAt: clock.timestamp };
  return { document: replaceRequest(doc, updated), request: updated };
}

export function logContact(
  doc: RekindleDocument,
  input: LogContactInput,
  ctx: ServiceContext,
): { document: RekindleDocument; entry: LogEntry } {
  const clock = readClock(ctx);
  assertNotFuture(input.on, clock.today);
  const current = findRequest(doc, input.requestId);
  const entry = newLogEntry(ctx, clock, input.kind, input.on, input.text);
  const updated = appendLog({ ...current, updatedAt: clock.timestamp }, entry);
  const document = touchReference(replaceRequest(doc, updated), current.referenceId, input.on, clock);
  return { document, entry };
}

export function markAskSent(
  doc: RekindleDocument,
  input: MarkAskSentInput,
  ctx: ServiceContext,
): { document: RekindleDocument; request: ReferenceRequest } {
  const clock = readClock(ctx);
  assertNotFuture(input.on, clock.today);
  const current = findOpenRequest(doc, input.requestId);
  if (current.stage !== 'reconnect') throw new DomainError('conflict', 'The ask belongs to the reconnect step');
  const reference = findReference(doc, current.referenceId);

  const updated = appendLog(
    { ...current, askedOn: input.on, checklist: tickSent(current.checklist, 'ask_sent'), updatedAt: clock.timestamp },
    newLogEntry(ctx, clock, 'message_sent', input.on, 'ask_sent'),
  );
  // Asking again after a yes would be odd to record as "asked": the yes still stands.
  const consent =
    reference.consent.status === 'agreed'
      ? reference.consent
      : { status: 'asked' as const, askedOn: input.on, answeredOn: null };
  const withConsent = updateReference(replaceRequest(doc, updated), reference.id, (person) => ({ ...person, consent }), clock);
  return { document: touchReference(withConsent, reference.id, input.on, clock), request: updated };
}

/**
 * A message sent from Rekindle's drafts does what the step's advice asks: the ask owns the
 * disconnect, says why and gives context; the brief carries the dates and who may call;
 * a thank-you shares the outcome. Ticking them spares the user a list of chores already done.
 */
const POINTS_A_SENT_MESSAGE_COVERS: Record<string, readonly string[]> = {
  ask_sent: ['own_disconnect', 'say_why', 'give_context'],
  brief_sent: ['dates_shared', 'caller_named'],
  thanked: ['outcome_shared'],
};

function tickSent(checklist: Record<string, boolean>, item: string): Record<string, boolean> {
  const ticked = { ...checklist, [item]: true };
  for (const point of POINTS_A_SENT_MESSAGE_COVERS[item] ?? []) ticked[point] = true;
  return ticked;
}

export function markMessageSent(
  doc: RekindleDocument,
  input: MarkMessageSentInput,
  ctx: ServiceContext,
): { document: RekindleDocument; request: ReferenceRequest } {
  // The ask also changes the person's consent; route it through its own use case.
  if (input.item === 'ask_sent') return markAskSent(doc, { requestId: input.requestId, on: input.on }, ctx);
  const clock = readClock(ctx);
  assertNotFuture(input.on, clock.today);
  const current = findOpenRequest(doc, input.requestId);
  assertItemOfStage(current, input.item);
  const updated = appendLog(
    { ...current, checklist: tickSent(current.checklist, input.item), updatedAt: clock.timestamp },
    newLogEntry(ctx, clock, 'message_sent', input.on, input.item),
  );
  return { document: touchReference(replaceRequest(doc, updated), current.referenceId, input.on, clock), request: updated };
}

export function recordReply(
  doc: RekindleDocument,
  input: RecordReplyInput,
  ctx: ServiceContext,
): { document: RekindleDocument; changedRequestIds: string[] } {
  const clock = readClock(ctx);
  assertNotFuture(input.on, clock.today);
  const reference = findReference(doc, input.referenceId);
  const consent = { status: input.reply, askedOn: reference.consent.askedOn, answeredOn: input.on };
  let document = updateReference(doc, reference.id, (person) => ({ ...person, consent }), clock);
  document = touchReference(document, reference.id, input.on, clock);

  const changedRequestIds: string[] = [];
  for (const request of doc.requests) {
    if (request.referenceId !== reference.id || request.closed !== null) continue;
    const replied = (changes: Partial<ReferenceRequest>): ReferenceRequest =>
      appendLog(
        { ...request, ...changes, checklist: { ...request.checklist, reply_recorded: true }, updatedAt: clock.timestamp },
        newLogEntry(ctx, clock, 'reply', input.on, input.reply),
      );
    let updated: ReferenceRequest | null = null;
    if (input.reply === 'agreed' && request.stage === 'reconnect') {
      // A general request only asked whether they would vouch at all: a yes completes it.
      const stage: Stage = request.applicationId === null ? 'done' : 'prep';
      updated = replied({ stage, position: endOfColumn(document.requests, stage) });
    } else if (input.reply === 'declined' && (request.stage === 'reconnect' || request.stage === 'prep')) {
      updated = replied({ closed: 'declined' });
    }
    if (updated) {
      document = replaceRequest(document, updated);
      changedRequestIds.push(updated.id);
    }
  }
  return { document, changedRequestIds };
}

export function setApplicationStatus(
  doc: RekindleDocument,
  input: SetApplicationStatusInput,
  ctx: ServiceContext,
): { document: RekindleDocument; movedRequestIds: string[] } {
  const clock = readClock(ctx);
  assertNotFuture(input.on, clock.today);
  const application = doc.applications.find((app) => app.id === input.applicationId);
  if (!application) throw new DomainError('not_found', `No application with id ${input.applicationId}`);
  let document: RekindleDocument = {
    ...doc,
    applications: doc.applications.map((app) =>
      app.id === application.id ? { ...app, status: input.status, updatedAt: clock.timestamp } : app,
    ),
  };
  const isOutcome = (OUTCOME_STATUSES as readonly string[]).includes(input.status);
  // Saving the same outcome again must not restart the thank-you deadline.
  if (!isOutcome || application.status === input.status) return { document, movedRequestIds: [] };

  const agreed = new Set(doc.references.filter((p) => p.consent.status === 'agreed').map((p) => p.id));
  const movedRequestIds: string[] = [];
  for (const request of doc.requests) {
    if (request.applicationId !== application.id || request.closed !== null) continue;
    const moves = request.stage === 'prep' || (request.stage === 'reconnect' && agreed.has(request.referenceId));
    // A card already in thanks learns of a changed outcome, which restarts its deadline.
    if (!moves && request.stage !== 'thanks') continue;
    const entry = newLogEntry(ctx, clock, 'outcome', input.on, input.status);
    const base: ReferenceRequest = moves
      ? { ...request, stage: 'thanks', position: endOfColumn(document.requests, 'thanks'), updatedAt: clock.timestamp }
      : { ...request, updatedAt: clock.timestamp };
    document = replaceRequest(document, appendLog(base, entry));
    if (moves) movedRequestIds.push(request.id);
  }
  return { document, movedRequestIds };
}

export function completeRequest(
  doc: RekindleDocument,
  input: CompleteRequestInput,
  ctx: ServiceContext,
): { document: RekindleDocument; request: ReferenceRequest } {
  const clock = readClock(ctx);
  const current = findOpenRequest(doc, input.requestId);
  if (current.stage !== 'thanks') throw new DomainError('conflict', 'Only a request in the thank-you step can be completed');
  const updated = appendLog(
    { ...current, stage: 'done', position: endOfColumn(doc.requests, 'done'), updatedAt: clock.timestamp },
    newLogEntry(ctx, clock, 'moved', clock.today, moveLogText('thanks', 'done')),
  );
  return { document: replaceRequest(doc, updated), request: updated };
}

/** Puts one of a card's tasks off until a later day, or (until: null) brings it back. */
export function snoozeRequest(
  doc: RekindleDocument,
  input: SnoozeRequestInput,
  ctx: ServiceContext,
): { document: RekindleDocument; request: ReferenceRequest } {
  const clock = readClock(ctx);
  const current = findOpenRequest(doc, input.requestId);
  // Snoozing to today or earlier would change nothing the user could see.
  if (input.until !== null && compareIsoDates(input.until, clock.today) <= 0) {
    throw new DomainError('invalid_input', 'A task can only be put off to a later day', [{ path: 'until', code: 'date_not_after_today' }]);
  }
  const snoozed = input.until === null ? null : { kind: input.kind, until: input.until };
  const updated: ReferenceRequest = { ...current, snoozed, updatedAt: clock.timestamp };
  return { document: replaceRequest(doc, updated), request: updated };
}

// ---- Helpers ------------------------------------------------------------------------------

interface Clock {
  today: IsoDate;
  timestamp: string;
}

// One reading per use case, so every field written by a change carries the same instant.
function readClock(ctx: ServiceContext): Clock {
  const now = ctx.now();
  return { today: toIsoDate(now), timestamp: now.toISOString() };
}

function indexOfRequest(doc: RekindleDocument, id: string): number {
  const index = doc.requests.findIndex((candidate) => candidate.id === id);
  if (index < 0) throw new DomainError('not_found', `No request with id ${id}`);
  return index;
}

function findRequest(doc: RekindleDocument, id: string): ReferenceRequest {
  return doc.requests[indexOfRequest(doc, id)] as ReferenceRequest;
}

function findOpenRequest(doc: RekindleDocument, id: string): ReferenceRequest {
  const request = findRequest(doc, id);
  if (request.closed !== null) throw new DomainError('conflict', 'This request was declined and is closed');
  return request;
}

function findReference(doc: RekindleDocument, id: string): Reference {
  const reference = doc.references.find((candidate) => candidate.id === id);
  if (!reference) throw new DomainError('not_found', `No reference with id ${id}`);
  return reference;
}

function assertItemOfStage(request: ReferenceRequest, key: string): void {
  if (checklistItem(request.stage, key)) return;
  // A key of another stage usually means the card moved since the screen was drawn.
  if (stageOfChecklistKey(key) !== null) {
    throw new DomainError('conflict', `"${key}" is not on the ${request.stage} checklist`);
  }
  throw new DomainError('invalid_input', `Unknown checklist item "${key}"`, [{ path: 'item', code: 'unknown_item' }]);
}

// A typo such as 2062 would silence check-ins for decades, so dates from the future are refused.
function assertNotFuture(on: IsoDate, today: IsoDate): void {
  if (compareIsoDates(on, today) > 0) {
    throw new DomainError('invalid_input', 'The date lies in the future', [{ path: 'on', code: 'date_in_future' }]);
  }
}

function newLogEntry(ctx: ServiceContext, clock: Clock, kind: LogKind, on: IsoDate, text: string): LogEntry {
  return { id: ctx.newId(), at: clock.timestamp, on, kind, text };
}

// The log is bounded by the schema; the oldest lines go first, as they matter least.
function appendLog(request: ReferenceRequest, entry: LogEntry): ReferenceRequest {
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

function updateReference(
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
function touchReference(doc: RekindleDocument, id: string, on: IsoDate, clock: Clock): RekindleDocument {
  return updateReference(
    doc,
    id,
    (person) => {
      const last = person.lastContactedOn;
      return last !== null && compareIsoDates(last, on) >= 0 ? person : { ...person, lastContactedOn: on };
    },
    clock,
  );
}
