// Putting off one of a card's tasks.
import { compareIsoDates } from '../../../shared/dates';
import type { ReferenceRequest } from '../../../shared/schema/request';
import type { RekindleDocument } from '../../../shared/schema/document';
import type { SnoozeRequestInput } from '../../../shared/ipc/request-inputs';
import { DomainError, type ServiceContext } from '../context';
import { updateRequest } from './update-request';

/** Puts one of a card's tasks off until a later day, or (until: null) brings it back. */
export function snoozeRequest(
  doc: RekindleDocument,
  input: SnoozeRequestInput,
  ctx: ServiceContext,
): { document: RekindleDocument; request: ReferenceRequest } {
  const { document, request } = updateRequest(doc, { requestId: input.requestId, open: true }, ctx, (current, clock) => {
    // Snoozing to today or earlier would change nothing the user could see.
    if (input.until !== null && compareIsoDates(input.until, clock.today) <= 0) {
      throw new DomainError('invalid_input', 'A task can only be put off to a later day', [{ path: 'until', code: 'date_not_after_today' }]);
    }
    return { request: { ...current, snoozed: input.until === null ? null : { kind: input.kind, until: input.until } } };
  });
  return { document, request };
}
