// The person's answer to the ask, which moves or closes every open card of theirs.
import type { ReferenceRequest, Stage } from '../../../shared/schema/request';
import type { RekindleDocument } from '../../../shared/schema/document';
import type { RecordReplyInput } from '../../../shared/ipc/request-inputs';
import type { ServiceContext } from '../context';
import {
  appendLog,
  assertNotFuture,
  endOfColumn,
  findReference,
  newLogEntry,
  readClock,
  replaceRequest,
  touchReference,
  updateReference,
} from './document-edits';

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
