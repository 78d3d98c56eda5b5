// Cards and people in the states the due rules care about, for the due-date tests.
import { type DueItem } from '../../../shared/due';
import type { Application } from '../../../shared/schema/application';
import type { Reference } from '../../../shared/schema/person';
import type { ReferenceRequest } from '../../../shared/schema/request';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';

export const askedConsent = (askedOn: string) => ({ status: 'asked' as const, askedOn, answeredOn: null });

export function board(parts: { references?: Reference[]; applications?: Application[]; requests?: ReferenceRequest[] }) {
  return makeDocument({ references: [], applications: [], requests: [], ...parts });
}

export function askedCard(askedOn: string) {
  const person = makeReference({ consent: askedConsent(askedOn) });
  const card = makeRequest({ referenceId: person.id, askedOn, checklist: { ask_sent: true } });
  return { person, card, document: board({ references: [person], requests: [card] }) };
}

export function prepCard(application: Partial<Application>, checklist: Record<string, boolean> = {}) {
  const person = makeReference({ consent: { status: 'agreed', askedOn: '2026-10-01', answeredOn: '2026-10-02' } });
  const app = makeApplication({ status: 'interviewing', ...application });
  const card = makeRequest({ referenceId: person.id, applicationId: app.id, stage: 'prep', checklist });
  return { card, document: board({ references: [person], applications: [app], requests: [card] }) };
}

export function contacted(lastContactedOn: string | null, cadenceMonths = 6) {
  const person = makeReference({ lastContactedOn, cadenceMonths });
  return { person, document: board({ references: [person] }) };
}

export const kinds = (items: DueItem[]) => items.map((item) => item.kind);

/** A reconnect card whose ask has not gone out, for a person never asked. */
export function unaskedCard(application: Partial<Application> | null, createdAt = '2026-11-20T09:00:00.000Z') {
  const person = makeReference({ consent: { status: 'not_asked', askedOn: null, answeredOn: null } });
  const app = application ? makeApplication({ status: 'applied', ...application }) : null;
  const card = makeRequest({ referenceId: person.id, applicationId: app?.id ?? null, stage: 'reconnect', createdAt });
  return { person, card, document: board({ references: [person], applications: app ? [app] : [], requests: [card] }) };
}

export const interviewOn = (date: string) => ({ id: `iv-${date}`, date, time: null, kind: 'video' as const, note: '' });
