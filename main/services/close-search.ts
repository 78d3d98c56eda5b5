// Closing the search once an offer is accepted: one pure change that gives everyone who
// helped one thank-you card, ends every other open card, and eases each helper's check-in
// cadence. The plan comes from shared/, so the dialog shows exactly this.
import { compareIsoDates, toIsoDate } from '../../shared/dates';
import type { CloseSearchInput } from '../../shared/ipc/close-search-inputs';
import { LIMITS } from '../../shared/schema/fields';
import type { LogEntry, LogKind, ReferenceRequest, Stage } from '../../shared/schema/request';
import type { RekindleDocument } from '../../shared/schema/document';
import { planCloseSearch } from '../../shared/search/close-search';
import { positionBetween } from '../../shared/positions';
import { moveLogText } from '../../shared/stages';
import { DomainError, type ServiceContext } from './context';

/** The outcome code closing the search leaves in a card's log (shown as "Search closed"). */
export const SEARCH_CLOSED_LOG_CODE = 'search_closed';

export function closeSearch(
  doc: RekindleDocument,
  input: CloseSearchInput,
  ctx: ServiceContext,
): { document: RekindleDocument; thankRequestIds: string[]; closedRequestIds: string[] } {
  const now = ctx.now();
  const clock = { today: toIsoDate(now), timestamp: now.toISOString() };
  if (compareIsoDates(input.on, clock.today) > 0) {
    throw new DomainError('invalid_input', 'The date lies in the future', [{ path: 'on', code: 'date_in_future' }]);
  }
  const application = doc.applications.find((candidate) => candidate.id === input.applicationId);
  if (!application) throw new DomainError('not_found', `No application with id ${input.applicationId}`);
  if (application.status !== 'offer') throw new DomainError('conflict', 'Only an application with an offer can close the search');

  const plan = planCloseSearch(doc, application.id);
  const helperIds = new Set(plan.helpers.map((helper) => helper.referenceId));
  const unknown = input.skipThanks.findIndex((id) => !helperIds.has(id));
  if (unknown >= 0) {
    throw new DomainError('invalid_input', 'Only someone who helped in this search can be left out of the thanks', [
      { path: `skipThanks.${unknown}`, code: 'not_a_helper' },
    ]);
  }
  if (plan.helpers.length === 0 && plan.quietRequestIds.length === 0) {
    throw new DomainError('conflict', 'No open cards are left: the search is already closed');
  }

  const skipped = new Set(input.skipThanks);
  const thanked = plan.helpers.filter((helper) => !skipped.has(helper.referenceId));
  const thankRequestIds = thanked.map((helper) => helper.thankRequestId);
  const closedRequestIds = [
    ...plan.helpers.flatMap((helper) => (skipped.has(helper.referenceId) ? [helper.thankRequestId, ...helper.closeRequestIds] : helper.closeRequestIds)),
    ...plan.quietRequestIds,
  ];
  const searchClosed = { applicationId: application.id, on: input.on };
  const entry = (kind: LogKind, text: string): LogEntry => ({ id: ctx.newId(), at: clock.timestamp, on: input.on, kind, text });

  const targets = new Map<string, Stage>([
    ...thankRequestIds.map((id): [string, Stage] => [id, 'thanks']),
    ...closedRequestIds.map((id): [string, Stage] => [id, 'done']),
  ]);
  // New arrivals go to the end of their column, after the cards that stay where they are.
  const last: Partial<Record<Stage, number>> = {};
  for (const request of doc.requests) {
    if (request.closed === null && !targets.has(request.id)) last[request.stage] = Math.max(last[request.stage] ?? -Infinity, request.position);
  }
  const requests = doc.requests.map((request) => {
    const stage = targets.get(request.id);
    if (stage === undefined) return request;
    let updated: ReferenceRequest = { ...request, searchClosed, snoozed: null, updatedAt: clock.timestamp };
    if (request.stage !== stage) {
      const position = positionBetween(last[stage] ?? null, null);
      last[stage] = position;
      updated = appendLog({ ...updated, stage, position }, entry('moved', moveLogText(request.stage, stage)));
    }
    // The outcome entry restarts the thank-you deadline (shared/due reads the newest one).
    return appendLog(updated, entry('outcome', SEARCH_CLOSED_LOG_CODE));
  });

  // Only those thanked hear from you now, so only their rhythm changes.
  const cadence = new Map(thanked.map((helper) => [helper.referenceId, helper.cadenceAfter]));
  const references = doc.references.map((person) => {
    const after = cadence.get(person.id);
    return after === undefined || after === person.cadenceMonths ? person : { ...person, cadenceMonths: after, updatedAt: clock.timestamp };
  });
  const applications = doc.applications.map((candidate) =>
    candidate.id === application.id ? { ...candidate, acceptedOn: input.on, updatedAt: clock.timestamp } : candidate,
  );
  return { document: { ...doc, applications, requests, references }, thankRequestIds, closedRequestIds };
}

function appendLog(request: ReferenceRequest, logEntry: LogEntry): ReferenceRequest {
  const log = [...request.log, logEntry];
  return { ...request, log: log.length > LIMITS.logEntries ? log.slice(log.length - LIMITS.logEntries) : log };
}
