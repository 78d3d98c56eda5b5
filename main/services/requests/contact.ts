// A call, meeting, email or note the user had with the person on a card.
import type { LogEntry } from '../../../shared/schema/request';
import type { RekindleDocument } from '../../../shared/schema/document';
import type { LogContactInput } from '../../../shared/ipc/request-inputs';
import type { ServiceContext } from '../context';
import { updateRequest } from './update-request';

export function logContact(
  doc: RekindleDocument,
  input: LogContactInput,
  ctx: ServiceContext,
): { document: RekindleDocument; entry: LogEntry } {
  const { document, entry } = updateRequest(doc, { requestId: input.requestId, on: input.on }, ctx, (current) => ({
    request: current,
    log: { kind: input.kind, on: input.on, text: input.text },
    contacted: input.on,
  }));
  // The change always carries a log line, so updateRequest always answers with one.
  return { document, entry: entry as LogEntry };
}
