// Applications and people: create, edit, delete (with what goes with them) and restore.
// Pure transforms of the document, like every use case.
import { lastContactAfterConsent, statusAfterSave } from '../../shared/stages';
import type { Application, ApplicationFields, ApplicationStatus } from '../../shared/schema/application';
import type { Reference, ReferenceFields } from '../../shared/schema/person';
import type { ReferenceRequest } from '../../shared/schema/request';
import type { RekindleDocument } from '../../shared/schema/document';
import { DomainError, type ServiceContext } from './context';

/** What a delete took away, so Undo can put exactly that back. */
export interface RemovedRecords {
  applications: Application[];
  references: Reference[];
  requests: ReferenceRequest[];
}

function notFound(what: string, id: string): DomainError {
  return new DomainError('not_found', `No ${what} with id ${id}; it may have been deleted.`);
}

export function saveApplication(
  document: RekindleDocument,
  input: { id: string | null; fields: ApplicationFields },
  context: ServiceContext,
): { document: RekindleDocument; id: string; movedToInterviewingFrom: ApplicationStatus | null } {
  const stamp = context.now().toISOString();
  if (input.id === null) {
    const { status, movedFrom } = statusAfterSave(null, input.fields);
    const created: Application = { ...input.fields, status, id: context.newId(), createdAt: stamp, updatedAt: stamp };
    return { document: { ...document, applications: [...document.applications, created] }, id: created.id, movedToInterviewingFrom: movedFrom };
  }
  const existing = document.applications.find((application) => application.id === input.id);
  if (!existing) throw notFound('application', input.id);
  const { status, movedFrom } = statusAfterSave(existing, input.fields);
  const updated: Application = { ...existing, ...input.fields, status, updatedAt: stamp };
  return {
    document: { ...document, applications: document.applications.map((application) => (application.id === input.id ? updated : application)) },
    id: existing.id,
    movedToInterviewingFrom: movedFrom,
  };
}

export function saveReference(
  document: RekindleDocument,
  input: { id: string | null; fields: ReferenceFields },
  context: ServiceContext,
): { document: RekindleDocument; id: string } {
  const stamp = context.now().toISOString();
  const fields: ReferenceFields = { ...input.fields, lastContactedOn: lastContactAfterConsent(input.fields) };
  if (input.id === null) {
    const rank = document.references.reduce((highest, person) => Math.max(highest, person.rank + 1), 0);
    const created: Reference = { ...fields, id: context.newId(), rank, createdAt: stamp, updatedAt: stamp };
    return { document: { ...document, references: [...document.references, created] }, id: created.id };
  }
  const existing = document.references.find((person) => person.id === input.id);
  if (!existing) throw notFound('person', input.id);
  const updated: Reference = { ...existing, ...fields, updatedAt: stamp };
  return {
    document: { ...document, references: document.references.map((person) => (person.id === input.id ? updated : person)) },
    id: existing.id,
  };
}

/** Deleting an application removes its requests; the people stay. */
export function deleteApplication(document: RekindleDocument, id: string): { document: RekindleDocument; removed: RemovedRecords } {
  const application = document.applications.find((candidate) => candidate.id === id);
  if (!application) throw notFound('application', id);
  const requests = document.requests.filter((request) => request.applicationId === id);
  return {
    document: {
      ...document,
      applications: document.applications.filter((candidate) => candidate.id !== id),
      requests: document.requests.filter((request) => request.applicationId !== id),
    },
    removed: { applications: [application], references: [], requests },
  };
}

/** Deleting a person removes their requests; the applications stay. */
export function deleteReference(document: RekindleDocument, id: string): { document: RekindleDocument; removed: RemovedRecords } {
  const person = document.references.find((candidate) => candidate.id === id);
  if (!person) throw notFound('person', id);
  const requests = document.requests.filter((request) => request.referenceId === id);
  return {
    document: {
      ...document,
      references: document.references.filter((candidate) => candidate.id !== id),
      requests: document.requests.filter((request) => request.referenceId !== id),
    },
    removed: { applications: [], references: [person], requests },
  };
}

/** Puts deleted records back; a request whose person or application is gone stays out. */
export function restoreRemoved(document: RekindleDocument, removed: RemovedRecords): RekindleDocument {
  const has = <T extends { id: string }>(list: T[], id: string) => list.some((item) => item.id === id);
  const applications = [...document.applications, ...removed.applications.filter((item) => !has(document.applications, item.id))];
  const references = [...document.references, ...removed.references.filter((item) => !has(document.references, item.id))];
  const requests = [
    ...document.requests,
    ...removed.requests.filter(
      (request) =>
        !has(document.requests, request.id) &&
        has(references, request.referenceId) &&
        (request.applicationId === null || has(applications, request.applicationId)),
    ),
  ];
  return { ...document, applications, references: references.sort((a, b) => a.rank - b.rank), requests };
}

/** The user's order of strength: the given ids first, in that order, then everyone else. */
export function reorderReferences(document: RekindleDocument, ids: string[]): RekindleDocument {
  const known = new Set(document.references.map((person) => person.id));
  const unknown = ids.find((id) => !known.has(id));
  if (unknown) throw notFound('person', unknown);
  const order = new Map(ids.map((id, index) => [id, index]));
  const sorted = [...document.references].sort(
    (a, b) => (order.get(a.id) ?? ids.length + a.rank) - (order.get(b.id) ?? ids.length + b.rank),
  );
  return { ...document, references: sorted.map((person, rank) => ({ ...person, rank })) };
}
