// An application's status: an outcome moves its cards on to the thank-you step.
import { OUTCOME_STATUSES } from '../../../shared/schema/application';
import type { ReferenceRequest } from '../../../shared/schema/request';
import type { RekindleDocument } from '../../../shared/schema/document';
import type { SetApplicationStatusInput } from '../../../shared/ipc/request-inputs';
import { DomainError, type ServiceContext } from '../context';
import { appendLog, assertNotFuture, endOfColumn, newLogEntry, readClock, replaceRequest } from './document-edits';

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
