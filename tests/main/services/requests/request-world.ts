// The small world the request use-case tests run in: two people, two applications, and
// helpers to add cards, change a person and read records back.
import { DomainError } from '../../../../main/services/context';
import type { Reference } from '../../../../shared/schema/person';
import type { ReferenceRequest } from '../../../../shared/schema/request';
import type { RekindleDocument } from '../../../../shared/schema/document';
import { makeApplication, makeDocument, makeReference, makeServiceContext } from '../../../fixtures/documents';

export const NOW = '2026-11-28T10:00:00.000Z';
export const TODAY = '2026-11-28';
export const ctx = () => makeServiceContext(NOW);

export function world() {
  const anna = makeReference({ id: 'anna', name: 'Anna Berg' });
  const ben = makeReference({ id: 'ben', name: 'Ben Okafor' });
  const acme = makeApplication({ id: 'acme', company: 'ACME' });
  const globex = makeApplication({ id: 'globex', company: 'Globex' });
  return makeDocument({ references: [anna, ben], applications: [acme, globex], requests: [] });
}

export function withRequests(doc: RekindleDocument, ...requests: ReferenceRequest[]): RekindleDocument {
  return { ...doc, requests: [...doc.requests, ...requests] };
}

export function withPerson(doc: RekindleDocument, id: string, change: Partial<Reference>): RekindleDocument {
  return { ...doc, references: doc.references.map((p) => (p.id === id ? { ...p, ...change } : p)) };
}

export const requestIn = (doc: RekindleDocument, id: string) => doc.requests.find((r) => r.id === id)!;
export const personIn = (doc: RekindleDocument, id: string) => doc.references.find((p) => p.id === id)!;
export const agreed = (answeredOn: string) => ({ consent: { status: 'agreed' as const, askedOn: answeredOn, answeredOn } });

export function domainErrorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
