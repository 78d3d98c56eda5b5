// Dragging a card to another place or column, and finishing it after the thank-you.
import type { ReferenceRequest } from '../../../shared/schema/request';
import type { RekindleDocument } from '../../../shared/schema/document';
import type { CompleteRequestInput, MoveRequestInput } from '../../../shared/ipc/request-inputs';
import { moveLogText } from '../../../shared/stages';
import { DomainError, type ServiceContext } from '../context';
import { endOfColumn } from './document-edits';
import { updateRequest, type RequestChange } from './update-request';

export function moveRequest(
  doc: RekindleDocument,
  input: MoveRequestInput,
  ctx: ServiceContext,
): { document: RekindleDocument; request: ReferenceRequest } {
  const { document, request } = updateRequest(doc, { requestId: input.requestId }, ctx, (current, clock): RequestChange => {
    if (current.closed !== null) throw new DomainError('conflict', 'A declined request is no longer on the board');
    const moved = { ...current, stage: input.stage, position: input.position };
    // Reordering within a column is not worth a history line; changing stage is.
    if (current.stage === input.stage) return { request: moved };
    return { request: moved, log: { kind: 'moved', on: clock.today, text: moveLogText(current.stage, input.stage) } };
  });
  return { document, request };
}

export function completeRequest(
  doc: RekindleDocument,
  input: CompleteRequestInput,
  ctx: ServiceContext,
): { document: RekindleDocument; request: ReferenceRequest } {
  const { document, request } = updateRequest(doc, { requestId: input.requestId, open: true }, ctx, (current, clock) => {
    if (current.stage !== 'thanks') throw new DomainError('conflict', 'Only a request in the thank-you step can be completed');
    return {
      request: { ...current, stage: 'done', position: endOfColumn(doc.requests, 'done') },
      log: { kind: 'moved', on: clock.today, text: moveLogText('thanks', 'done') },
    };
  });
  return { document, request };
}
