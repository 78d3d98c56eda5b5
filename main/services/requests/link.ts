// Putting a person on the board for an application (or in general), and taking them off.
import type { ReferenceRequest } from '../../../shared/schema/request';
import type { RekindleDocument } from '../../../shared/schema/document';
import type { LinkReferenceInput, UnlinkRequestInput } from '../../../shared/ipc/request-inputs';
import { initialStage } from '../../../shared/stages';
import { DomainError, type ServiceContext } from '../context';
import { endOfColumn, findReference, findRequest, newLogEntry, readClock } from './document-edits';

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
