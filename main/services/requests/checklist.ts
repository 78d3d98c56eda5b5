// Ticking a checklist item by hand, and the check that an item belongs to the card's step.
import type { ReferenceRequest } from '../../../shared/schema/request';
import type { RekindleDocument } from '../../../shared/schema/document';
import type { SetChecklistItemInput } from '../../../shared/ipc/request-inputs';
import { checklistItem, stageOfChecklistKey } from '../../../shared/stages';
import { DomainError, type ServiceContext } from '../context';
import { updateRequest } from './update-request';

export function setChecklistItem(
  doc: RekindleDocument,
  input: SetChecklistItemInput,
  ctx: ServiceContext,
): { document: RekindleDocument; request: ReferenceRequest } {
  const { document, request } = updateRequest(doc, { requestId: input.requestId }, ctx, (current) => {
    assertItemOfStage(current, input.item);
    return { request: { ...current, checklist: { ...current.checklist, [input.item]: input.done } } };
  });
  return { document, request };
}

export function assertItemOfStage(request: ReferenceRequest, key: string): void {
  if (checklistItem(request.stage, key)) return;
  // A key of another stage usually means the card moved since the screen was drawn.
  if (stageOfChecklistKey(key) !== null) {
    throw new DomainError('conflict', `"${key}" is not on the ${request.stage} checklist`);
  }
  throw new DomainError('invalid_input', `Unknown checklist item "${key}"`, [{ path: 'item', code: 'unknown_item' }]);
}
