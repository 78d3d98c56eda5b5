// What the person's page shows about the bench: the employer calls logged for them on every
// card, newest first, and the checks announced on the applications they vouch for. Pure.
import { rankByFit, suggestRested } from '../../../shared/bench/fit';
import { compareIsoDates, type IsoDate } from '../../../shared/dates';
import type { Application } from '../../../shared/schema/application';
import type { EmployerCall } from '../../../shared/schema/request';
import type { RekindleDocument } from '../../../shared/schema/document';

export interface PersonCall {
  call: EmployerCall;
  requestId: string;
  application: Application | null;
}

export function callsOfPerson(document: RekindleDocument, referenceId: string): PersonCall[] {
  const applications = new Map(document.applications.map((application) => [application.id, application]));
  return document.requests
    .filter((request) => request.referenceId === referenceId)
    .flatMap((request) =>
      (request.calls ?? []).map((call) => ({
        call,
        requestId: request.id,
        application: request.applicationId === null ? null : (applications.get(request.applicationId) ?? null),
      })),
    )
    .sort((a, b) => compareIsoDates(b.call.on, a.call.on) || a.call.id.localeCompare(b.call.id));
}

/** Applications with an announced check on which this person still has a card in play. */
export function checksOfPerson(document: RekindleDocument, referenceId: string): Application[] {
  const open = new Set(
    document.requests
      .filter((request) => request.referenceId === referenceId && request.closed === null && request.stage !== 'done')
      .map((request) => request.applicationId),
  );
  return document.applications
    .filter((application) => open.has(application.id) && application.referenceCheck)
    .sort((a, b) => compareIsoDates(b.referenceCheck?.announcedOn ?? '', a.referenceCheck?.announcedOn ?? ''));
}

/** The name of someone rested who fits (this application, or the search) to ask instead of a leaned-on person. */
export function restedInstead(document: RekindleDocument, application: Application | null, today: IsoDate, referenceId: string): string | null {
  const found = suggestRested(rankByFit(document, application, today), referenceId);
  return found ? (document.references.find((person) => person.id === found.referenceId)?.name ?? null) : null;
}
