import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/services/context';
import {
  deleteApplication,
  deleteReference,
  reorderReferences,
  restoreRemoved,
  saveApplication,
  saveReference,
} from '../../../main/services/records';
import type { Application, ApplicationFields } from '../../../shared/schema/application';
import type { Reference, ReferenceFields } from '../../../shared/schema/person';
import { documentSchema } from '../../../shared/schema/document';
import { makeApplication, makeDocument, makeReference, makeRequest, makeServiceContext } from '../../fixtures/documents';

function referenceFields(overrides: Partial<Reference>): ReferenceFields {
  const { id: _id, rank: _rank, createdAt: _created, updatedAt: _updated, ...fields } = makeReference(overrides);
  return fields;
}

function applicationFields(overrides: Partial<Application>): ApplicationFields {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = makeApplication(overrides);
  return fields;
}

function sampleDocument() {
  const anna = makeReference({ id: 'anna', name: 'Anna', rank: 0 });
  const ben = makeReference({ id: 'ben', name: 'Ben', rank: 1 });
  const acme = makeApplication({ id: 'acme', company: 'Acme' });
  const zeta = makeApplication({ id: 'zeta', company: 'Zeta' });
  return makeDocument({
    references: [anna, ben],
    applications: [acme, zeta],
    requests: [
      makeRequest({ id: 'anna-acme', referenceId: 'anna', applicationId: 'acme' }),
      makeRequest({ id: 'anna-zeta', referenceId: 'anna', applicationId: 'zeta' }),
      makeRequest({ id: 'ben-acme', referenceId: 'ben', applicationId: 'acme' }),
      makeRequest({ id: 'ben-search', referenceId: 'ben', applicationId: null }),
    ],
  });
}

describe('cascading deletes', () => {
  it('deleting a person removes their requests and nothing else', () => {
    const { document, removed } = deleteReference(sampleDocument(), 'anna');
    expect(document.references.map((person) => person.id)).toEqual(['ben']);
    expect(document.applications).toHaveLength(2);
    expect(document.requests.map((request) => request.id)).toEqual(['ben-acme', 'ben-search']);
    expect(removed.requests.map((request) => request.id)).toEqual(['anna-acme', 'anna-zeta']);
  });

  it('deleting an application removes its requests and keeps the people and the whole-search requests', () => {
    const { document } = deleteApplication(sampleDocument(), 'acme');
    expect(document.applications.map((application) => application.id)).toEqual(['zeta']);
    expect(document.references).toHaveLength(2);
    expect(document.requests.map((request) => request.id)).toEqual(['anna-zeta', 'ben-search']);
  });

  it('undo puts back exactly what a delete removed', () => {
    const original = sampleDocument();
    const { document, removed } = deleteReference(original, 'anna');
    const restored = restoreRemoved(document, removed);
    expect(restored.references.map((person) => person.id)).toEqual(['anna', 'ben']);
    expect(restored.requests.map((request) => request.id).sort()).toEqual(original.requests.map((request) => request.id).sort());
  });

  it('undo leaves out a request whose application was deleted in the meantime', () => {
    const { document: withoutAnna, removed } = deleteReference(sampleDocument(), 'anna');
    const { document: withoutZeta } = deleteApplication(withoutAnna, 'zeta');
    const restored = restoreRemoved(withoutZeta, removed);
    expect(restored.requests.map((request) => request.id).sort()).toEqual(['anna-acme', 'ben-acme', 'ben-search']);
    expect(documentSchema.safeParse(restored).success).toBe(true);
  });

  it('refuses to delete what is not there', () => {
    expect(() => deleteReference(sampleDocument(), 'nobody')).toThrow(DomainError);
    expect(() => deleteApplication(sampleDocument(), 'nothing')).toThrow(DomainError);
  });
});

describe('saving records', () => {
  it('gives a new person the next rank and keeps created and updated times from the clock', () => {
    const context = makeServiceContext('2026-11-28T10:00:00.000Z');
    const { document, id: newId } = saveReference(sampleDocument(), { id: null, fields: referenceFields({ name: 'Chen' }) }, context);
    const saved = document.references.find((person) => person.id === newId);
    expect(saved).toMatchObject({ name: 'Chen', rank: 2, createdAt: '2026-11-28T10:00:00.000Z' });
  });

  it('edits an application in place and refuses an unknown id', () => {
    const context = makeServiceContext('2026-11-28T10:00:00.000Z');
    const fields = applicationFields({ company: 'Acme Renamed' });
    const { document } = saveApplication(sampleDocument(), { id: 'acme', fields }, context);
    expect(document.applications.map((application) => application.company)).toEqual(['Acme Renamed', 'Zeta']);
    expect(() => saveApplication(sampleDocument(), { id: 'missing', fields }, context)).toThrow(/No application/);
  });

  it('reorders people by strength, ranking the ones not named after those that are', () => {
    const document = reorderReferences(sampleDocument(), ['ben']);
    expect(document.references.map((person) => [person.id, person.rank])).toEqual([
      ['ben', 0],
      ['anna', 1],
    ]);
  });
});

describe('an interview date on a planned or applied application', () => {
  const context = makeServiceContext('2026-11-28T10:00:00.000Z');
  const interview = { id: 'iv-1', date: '2026-12-03', time: null, kind: 'video' as const, note: '' };

  it('moves it to interviewing and says from where, so the window can offer Undo', () => {
    for (const status of ['planned', 'applied'] as const) {
      const doc = makeDocument({ applications: [makeApplication({ id: 'acme', status, interviews: [] })] });
      const result = saveApplication(doc, { id: 'acme', fields: applicationFields({ status, interviews: [interview] }) }, context);
      expect(result.document.applications[0]?.status).toBe('interviewing');
      expect(result.movedToInterviewingFrom).toBe(status);
    }
    const created = saveApplication(makeDocument({}), { id: null, fields: applicationFields({ status: 'applied', interviews: [interview] }) }, context);
    expect(created.document.applications[0]?.status).toBe('interviewing');
  });

  it('leaves other statuses alone, and does not overrule a status set back while the interview stays', () => {
    const offer = makeDocument({ applications: [makeApplication({ id: 'acme', status: 'offer', interviews: [] })] });
    const kept = saveApplication(offer, { id: 'acme', fields: applicationFields({ status: 'offer', interviews: [interview] }) }, context);
    expect(kept.document.applications[0]?.status).toBe('offer');
    expect(kept.movedToInterviewingFrom).toBeNull();

    const undone = makeDocument({ applications: [makeApplication({ id: 'acme', status: 'applied', interviews: [interview] })] });
    const again = saveApplication(undone, { id: 'acme', fields: applicationFields({ status: 'applied', interviews: [interview], notes: 'edited' }) }, context);
    expect(again.document.applications[0]?.status).toBe('applied');
    expect(again.movedToInterviewingFrom).toBeNull();
  });
});

describe('last contact beside the consent', () => {
  const context = makeServiceContext('2026-11-28T10:00:00.000Z');

  it('follows a recorded answer: "agreed on 18 Nov" is never beside a last contact two years ago', () => {
    const fields = referenceFields({
      lastContactedOn: '2024-11-01',
      consent: { status: 'agreed', askedOn: '2026-11-10', answeredOn: '2026-11-18' },
    });
    const { document } = saveReference(sampleDocument(), { id: 'anna', fields }, context);
    expect(document.references.find((person) => person.id === 'anna')?.lastContactedOn).toBe('2026-11-18');
  });

  it('keeps a later contact and leaves a person never asked as they are', () => {
    const later = referenceFields({ lastContactedOn: '2026-11-25', consent: { status: 'asked', askedOn: '2026-11-10', answeredOn: null } });
    expect(saveReference(sampleDocument(), { id: 'anna', fields: later }, context).document.references[0]?.lastContactedOn).toBe('2026-11-25');
    const never = referenceFields({ lastContactedOn: null, consent: { status: 'not_asked', askedOn: null, answeredOn: null } });
    expect(saveReference(sampleDocument(), { id: null, fields: never }, context).document.references.at(-1)?.lastContactedOn).toBeNull();
  });
});
