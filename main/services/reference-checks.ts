// The employer's side of a reference check: announcing it, the calls that happened, what
// the person said afterwards, the heads-up sent, and confirmed contact details. Pure
// transforms of the document, like every use case.
import { compareIsoDates, toIsoDate, type IsoDate } from '../../shared/dates';
import type {
  AnnounceCheckInput,
  ConfirmDetailsInput,
  LogEmployerCallInput,
  MarkHeadsUpSentInput,
  RecordDebriefInput,
} from '../../shared/ipc/check-inputs';
import {
  LIMITS,
  type Application,
  type EmployerCall,
  type LogEntry,
  type LogKind,
  type Reference,
  type ReferenceRequest,
  type RekindleDocument,
} from '../../shared/schema';
import { DomainError, type ServiceContext } from './context';

/** The checklist-style code a heads-up leaves in the log ("Marked as sent: heads-up"). */
export const HEADS_UP_LOG_CODE = 'heads_up_sent';

/** An application that ended without an offer has no reference check to prepare for. */
const ENDED_STATUSES = new Set(['rejected', 'withdrawn']);

export function announceCheck(
  doc: RekindleDocument,
  input: AnnounceCheckInput,
  ctx: ServiceContext,
): { document: RekindleDocument; changedRequestIds: string[] } {
  const clock = readClock(ctx);
  const application = doc.applications.find((candidate) => candidate.id === input.applicationId);
  if (!application) throw new DomainError('not_found', `No application with id ${input.applicationId}`);
  if (ENDED_STATUSES.has(application.status)) {
    throw new DomainError('conflict', 'This application has ended; there is no reference check to announce');
  }
  const updatedApplication: Application = {
    ...application,
    referenceCheck: { id: ctx.newId(), announcedOn: clock.today, expectedOn: input.expectedOn, caller: input.caller },
    // The existing date field drives the first ask's deadline; keep it in step.
    referenceCheckOn: input.expectedOn ?? application.referenceCheckOn,
    updatedAt: clock.timestamp,
  };
  let document: RekindleDocument = {
    ...doc,
    applications: doc.applications.map((candidate) => (candidate.id === application.id ? updatedApplication : candidate)),
  };
  const changedRequestIds: string[] = [];
  for (const request of doc.requests) {
    if (request.applicationId !== application.id || !isOnTheList(request)) continue;
    // A new announcement needs a new heads-up, even if one went out for an earlier one.
    const updated = appendLog(
      { ...request, headsUpSentOn: null, updatedAt: clock.timestamp },
      newLogEntry(ctx, clock, 'check_announced', clock.today, input.caller.name),
    );
    document = replaceRequest(document, updated);
    changedRequestIds.push(request.id);
  }
  return { document, changedRequestIds };
}

export function logEmployerCall(
  doc: RekindleDocument,
  input: LogEmployerCallInput,
  ctx: ServiceContext,
): { document: RekindleDocument; callId: string } {
  const clock = readClock(ctx);
  assertNotFuture(input.on, clock.today, 'on');
  const request = findRequest(doc, input.requestId);
  if (request.applicationId === null) {
    throw new DomainError('conflict', 'Employer calls belong to a card for one application');
  }
  const calls = request.calls ?? [];
  if (calls.length >= LIMITS.listItems) throw new DomainError('conflict', 'This card holds as many calls as it can');
  const call: EmployerCall = {
    id: ctx.newId(),
    on: input.on,
    caller: input.caller,
    minutes: input.minutes,
    asked: input.asked,
    told: input.told,
    // Knowing what they said means the "how did it go?" talk already happened.
    debriefedOn: input.told === '' ? null : input.on,
  };
  const updated = appendLog(
    { ...request, calls: [...calls, call], updatedAt: clock.timestamp },
    newLogEntry(ctx, clock, 'employer_call', input.on, input.caller),
  );
  return { document: replaceRequest(doc, updated), callId: call.id };
}

export function recordDebrief(
  doc: RekindleDocument,
  input: RecordDebriefInput,
  ctx: ServiceContext,
): { document: RekindleDocument } {
  const clock = readClock(ctx);
  assertNotFuture(input.on, clock.today, 'on');
  const request = findRequest(doc, input.requestId);
  const call = (request.calls ?? []).find((candidate) => candidate.id === input.callId);
  if (!call) throw new DomainError('not_found', `No call with id ${input.callId} on this card`);
  if (compareIsoDates(input.on, call.on) < 0) {
    throw new DomainError('invalid_input', 'They can only tell you about a call after it happened', [
      { path: 'on', code: 'date_before_call' },
    ]);
  }
  const calls = (request.calls ?? []).map((candidate) =>
    candidate.id === call.id ? { ...candidate, told: input.told, debriefedOn: input.on } : candidate,
  );
  let updated: ReferenceRequest = { ...request, calls, updatedAt: clock.timestamp };
  if (input.told !== '') updated = appendLog(updated, newLogEntry(ctx, clock, 'note', input.on, input.told));
  return { document: touchReference(replaceRequest(doc, updated), request.referenceId, input.on, clock) };
}

export function markHeadsUpSent(
  doc: RekindleDocument,
  input: MarkHeadsUpSentInput,
  ctx: ServiceContext,
): { document: RekindleDocument } {
  const clock = readClock(ctx);
  assertNotFuture(input.on, clock.today, 'on');
  const request = findRequest(doc, input.requestId);
  if (request.closed !== null) throw new DomainError('conflict', 'This request was declined and is closed');
  const application = doc.applications.find((candidate) => candidate.id === request.applicationId);
  if (!application?.referenceCheck) throw new DomainError('conflict', 'No reference check was announced for this card');
  const updated = appendLog(
    { ...request, headsUpSentOn: input.on, updatedAt: clock.timestamp },
    newLogEntry(ctx, clock, 'message_sent', input.on, HEADS_UP_LOG_CODE),
  );
  return { document: touchReference(replaceRequest(doc, updated), request.referenceId, input.on, clock) };
}

export function confirmDetails(
  doc: RekindleDocument,
  input: ConfirmDetailsInput,
  ctx: ServiceContext,
): { document: RekindleDocument } {
  const clock = readClock(ctx);
  assertNotFuture(input.on, clock.today, 'on');
  findReference(doc, input.referenceId);
  return { document: updateReference(doc, input.referenceId, (person) => ({ ...person, detailsConfirmedOn: input.on }), clock) };
}

/** A card still in play for its application: not declined, not finished. */
export function isOnTheList(request: ReferenceRequest): boolean {
  return request.closed === null && request.stage !== 'done';
}

// ---- Helpers (the same conventions as requests.ts) ---------------------------------------

interface Clock {
  today: IsoDate;
  timestamp: string;
}

function readClock(ctx: ServiceContext): Clock {
  const now = ctx.now();
  return { today: toIsoDate(now), timestamp: now.toISOString() };
}

function findRequest(doc: RekindleDocument, id: string): ReferenceRequest {
  const request = doc.requests.find((candidate) => candidate.id === id);
  if (!request) throw new DomainError('not_found', `No request with id ${id}`);
  return request;
}

function findReference(doc: RekindleDocument, id: string): Reference {
  const reference = doc.references.find((candidate) => candidate.id === id);
  if (!reference) throw new DomainError('not_found', `No reference with id ${id}`);
  return reference;
}

function assertNotFuture(on: IsoDate, today: IsoDate, path: string): void {
  if (compareIsoDates(on, today) > 0) {
    throw new DomainError('invalid_input', 'The date lies in the future', [{ path, code: 'date_in_future' }]);
  }
}

function newLogEntry(ctx: ServiceContext, clock: Clock, kind: LogKind, on: IsoDate, text: string): LogEntry {
  return { id: ctx.newId(), at: clock.timestamp, on, kind, text };
}

function appendLog(request: ReferenceRequest, entry: LogEntry): ReferenceRequest {
  const log = [...request.log, entry];
  return { ...request, log: log.length > LIMITS.logEntries ? log.slice(log.length - LIMITS.logEntries) : log };
}

function replaceRequest(doc: RekindleDocument, updated: ReferenceRequest): RekindleDocument {
  return { ...doc, requests: doc.requests.map((request) => (request.id === updated.id ? updated : request)) };
}

function updateReference(doc: RekindleDocument, id: string, change: (person: Reference) => Reference, clock: Clock): RekindleDocument {
  return {
    ...doc,
    references: doc.references.map((person) => (person.id === id ? { ...change(person), updatedAt: clock.timestamp } : person)),
  };
}

/** Talking to them moves "last contacted" forward (never back), as in requests.ts. */
function touchReference(doc: RekindleDocument, id: string, on: IsoDate, clock: Clock): RekindleDocument {
  return updateReference(
    doc,
    id,
    (person) => (person.lastContactedOn !== null && compareIsoDates(person.lastContactedOn, on) >= 0 ? person : { ...person, lastContactedOn: on }),
    clock,
  );
}
