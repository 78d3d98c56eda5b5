// The employer's side of a reference check: announcing it, the calls that happened, what
// the person said afterwards, the heads-up sent, and confirmed contact details. Pure
// transforms of the document, like every use case.
import { compareIsoDates } from '../../shared/dates';
import type {
  AnnounceCheckInput,
  ConfirmDetailsInput,
  LogEmployerCallInput,
  MarkHeadsUpSentInput,
  RecordDebriefInput,
} from '../../shared/ipc/check-inputs';
import { LIMITS } from '../../shared/schema/fields';
import type { Application } from '../../shared/schema/application';
import type { EmployerCall, ReferenceRequest } from '../../shared/schema/request';
import type { RekindleDocument } from '../../shared/schema/document';
import { DomainError, type ServiceContext } from './context';
import {
  appendLog,
  assertNotFuture,
  findReference,
  newLogEntry,
  readClock,
  replaceRequest,
  updateReference,
} from './requests/document-edits';
import { updateRequest } from './requests/update-request';

/** The checklist-style code a heads-up leaves in the log ("Marked as sent: heads-up"). */
const HEADS_UP_LOG_CODE = 'heads_up_sent';

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
  let callId = '';
  const { document } = updateRequest(doc, { requestId: input.requestId, on: input.on }, ctx, (request) => {
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
    callId = call.id;
    return { request: { ...request, calls: [...calls, call] }, log: { kind: 'employer_call', on: input.on, text: input.caller } };
  });
  return { document, callId };
}

export function recordDebrief(
  doc: RekindleDocument,
  input: RecordDebriefInput,
  ctx: ServiceContext,
): { document: RekindleDocument } {
  const { document } = updateRequest(doc, { requestId: input.requestId, on: input.on }, ctx, (request) => {
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
    return {
      request: { ...request, calls },
      ...(input.told === '' ? {} : { log: { kind: 'note' as const, on: input.on, text: input.told } }),
      contacted: input.on,
    };
  });
  return { document };
}

export function markHeadsUpSent(
  doc: RekindleDocument,
  input: MarkHeadsUpSentInput,
  ctx: ServiceContext,
): { document: RekindleDocument } {
  const { document } = updateRequest(doc, { requestId: input.requestId, on: input.on, open: true }, ctx, (request) => {
    const application = doc.applications.find((candidate) => candidate.id === request.applicationId);
    if (!application?.referenceCheck) throw new DomainError('conflict', 'No reference check was announced for this card');
    return {
      request: { ...request, headsUpSentOn: input.on },
      log: { kind: 'message_sent', on: input.on, text: HEADS_UP_LOG_CODE },
      contacted: input.on,
    };
  });
  return { document };
}

export function confirmDetails(
  doc: RekindleDocument,
  input: ConfirmDetailsInput,
  ctx: ServiceContext,
): { document: RekindleDocument } {
  const clock = readClock(ctx);
  assertNotFuture(input.on, clock.today);
  findReference(doc, input.referenceId);
  return { document: updateReference(doc, input.referenceId, (person) => ({ ...person, detailsConfirmedOn: input.on }), clock) };
}

/** A card still in play for its application: not declined, not finished. */
function isOnTheList(request: ReferenceRequest): boolean {
  return request.closed === null && request.stage !== 'done';
}
