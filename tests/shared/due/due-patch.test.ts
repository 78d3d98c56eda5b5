// What is due follows each change by its patch instead of being worked out from the whole
// document; whatever the change, it must be the list a full computation gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { computeDueItems } from '../../../shared/due';
import { dueItemsOf } from '../../../shared/due-items';
import { updateDueItems } from '../../../shared/due-patch';
import { forgetLineage, notePatched } from '../../../shared/document-lineage';
import { applyPatch, diffDocuments } from '../../../shared/patch';
import { APPLICATION_STATUSES } from '../../../shared/schema/application';
import { STAGES } from '../../../shared/schema/constants';
import type { RekindleDocument } from '../../../shared/schema/document';
import { CONSENT_STATUSES } from '../../../shared/schema/person';
import { SNOOZABLE_KINDS } from '../../../shared/schema/request';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';

const TODAY = '2026-03-10';
/** Days around today, so tasks fall overdue, due today and ahead. */
const day = fc.integer({ min: -20, max: 20 }).map((offset) => addDays(TODAY, offset));
const maybeDay = fc.option(day, { nil: null });
/** Last talked to: months back too, so check-ins (months apart) come due. */
const lastTalked = fc.option(
  fc.integer({ min: -200, max: 0 }).map((offset) => addDays(TODAY, offset)),
  { nil: null },
);
const checklist = fc.record(
  { ask_sent: fc.boolean(), brief_sent: fc.boolean(), outcome_shared: fc.boolean(), thanked: fc.boolean(), stay_reference: fc.boolean() },
  { requiredKeys: [] },
);

/** One change to the data, picking records by a number. */
const change = fc.oneof(
  fc.record({
    kind: fc.constant('card' as const),
    pick: fc.nat(),
    stage: fc.constantFrom(...STAGES),
    askedOn: maybeDay,
    declined: fc.boolean(),
    checklist,
    snooze: fc.option(fc.record({ kind: fc.constantFrom(...SNOOZABLE_KINDS), until: day }), { nil: null }),
    application: fc.option(fc.nat(), { nil: null }),
  }),
  fc.record({ kind: fc.constant('person' as const), pick: fc.nat(), consent: fc.constantFrom(...CONSENT_STATUSES), lastContactedOn: lastTalked, cadenceMonths: fc.constantFrom(1, 3, 6) }),
  fc.record({ kind: fc.constant('application' as const), pick: fc.nat(), status: fc.constantFrom(...APPLICATION_STATUSES), interview: maybeDay, referenceCheckOn: maybeDay }),
  fc.record({ kind: fc.constant('addCard' as const), person: fc.nat(), stage: fc.constantFrom(...STAGES), askedOn: maybeDay }),
  fc.record({ kind: fc.constant('removeCard' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('removePerson' as const), pick: fc.nat(), keepCards: fc.boolean() }),
  fc.record({ kind: fc.constant('removeApplication' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('closeSearch' as const), pick: fc.nat(), application: fc.nat() }),
  fc.record({ kind: fc.constant('profile' as const), city: fc.string({ maxLength: 6 }) }),
);
type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

function startDocument(): RekindleDocument {
  const people = CONSENT_STATUSES.map((status, at) =>
    makeReference({ id: `ref-${at}`, consent: { status, askedOn: null, answeredOn: null }, lastContactedOn: addDays(TODAY, -40 * at), cadenceMonths: 1 }),
  );
  const applications = [0, 1, 2].map((at) =>
    makeApplication({ id: `app-${at}`, status: APPLICATION_STATUSES[at + 1], referenceCheckOn: addDays(TODAY, 3 * at), interviews: [] }),
  );
  const requests = Array.from({ length: 8 }, (_, at) =>
    makeRequest({ id: `req-${at}`, referenceId: `ref-${at % 4}`, applicationId: at % 3 === 0 ? null : `app-${at % 3}`, stage: STAGES[at % 4], askedOn: at % 2 ? addDays(TODAY, -at) : null }),
  );
  return makeDocument({ references: people, applications, requests });
}

let made = 0;

function changed(document: RekindleDocument, step: Change): RekindleDocument {
  const { requests, references, applications } = document;
  const pickOf = <T,>(list: readonly T[], pick: number) => (list.length === 0 ? undefined : list[pick % list.length]);
  const swap = <T extends { id: string }>(list: readonly T[], next: T) => list.map((item) => (item.id === next.id ? next : item));
  switch (step.kind) {
    case 'card': {
      const card = pickOf(requests, step.pick);
      if (!card) return document;
      const application = step.application === null ? null : (pickOf(applications, step.application)?.id ?? null);
      const next = { ...card, stage: step.stage, askedOn: step.askedOn, closed: step.declined ? ('declined' as const) : null, checklist: step.checklist, snoozed: step.snooze, applicationId: application };
      return { ...document, requests: swap(requests, next) };
    }
    case 'person': {
      const person = pickOf(references, step.pick);
      if (!person) return document;
      const next = { ...person, consent: { ...person.consent, status: step.consent }, lastContactedOn: step.lastContactedOn, cadenceMonths: step.cadenceMonths };
      return { ...document, references: swap(references, next) };
    }
    case 'application': {
      const application = pickOf(applications, step.pick);
      if (!application) return document;
      const interviews = step.interview === null ? [] : [{ id: `int-${(made += 1)}`, date: step.interview, time: null, kind: 'video' as const, note: '' }];
      return { ...document, applications: swap(applications, { ...application, status: step.status, interviews, referenceCheckOn: step.referenceCheckOn }) };
    }
    case 'addCard': {
      const person = pickOf(references, step.person);
      if (!person) return document;
      made += 1;
      return { ...document, requests: [...requests, makeRequest({ id: `new-${made}`, referenceId: person.id, stage: step.stage, askedOn: step.askedOn })] };
    }
    case 'removeCard': {
      const card = pickOf(requests, step.pick);
      return card ? { ...document, requests: requests.filter((request) => request !== card) } : document;
    }
    case 'removePerson': {
      const person = pickOf(references, step.pick);
      if (!person) return document;
      // Kept cards point at nobody, as after another computer removed the person meanwhile.
      const kept = step.keepCards ? requests : requests.filter((request) => request.referenceId !== person.id);
      return { ...document, references: references.filter((entry) => entry !== person), requests: kept };
    }
    case 'removeApplication': {
      const application = pickOf(applications, step.pick);
      return application ? { ...document, applications: applications.filter((entry) => entry !== application) } : document;
    }
    case 'closeSearch': {
      const card = pickOf(requests, step.pick);
      // The job taken is often another application than the card's own.
      const application = pickOf(applications.filter((entry) => entry.id !== card?.applicationId), step.application);
      if (!card || !application) return document;
      return { ...document, requests: swap(requests, { ...card, stage: 'thanks', searchClosed: { applicationId: application.id, on: TODAY } }) };
    }
    case 'profile':
      return { ...document, profile: { ...document.profile, city: step.city } };
  }
}

describe('what is due, carried by patches', () => {
  it('equals the full computation after every patch of any sequence of changes', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 20 }), (changes) => {
        let document = startDocument();
        let items = computeDueItems(document, TODAY);
        for (const step of changes) {
          const patch = diffDocuments(document, changed(document, step));
          document = applyPatch(document, patch);
          items = updateDueItems(items, patch, document, TODAY);
          expect(items).toEqual(computeDueItems(document, TODAY));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('follows the job taken: a thank-you after the search closed needs no "stay a reference" once that job is an offer', () => {
    const card = makeRequest({
      id: 'req-closed',
      referenceId: 'ref-0',
      applicationId: 'app-0',
      stage: 'thanks',
      searchClosed: { applicationId: 'app-1', on: TODAY },
      checklist: { outcome_shared: true, thanked: true },
    });
    const before = makeDocument({
      references: [makeReference({ id: 'ref-0' })],
      applications: [makeApplication({ id: 'app-0', status: 'rejected' }), makeApplication({ id: 'app-1', status: 'interviewing' })],
      requests: [card],
    });
    const items = computeDueItems(before, TODAY);
    expect(items.map((item) => item.requestId)).toEqual(['req-closed']);
    const offered = { ...before, applications: before.applications.map((entry) => (entry.id === 'app-1' ? { ...entry, status: 'offer' as const } : entry)) };
    const patch = diffDocuments(before, offered);
    expect(updateDueItems(items, patch, applyPatch(before, patch), TODAY)).toEqual([]);
  });

  it('is read off the patches the window applied, and worked out afresh for another day', () => {
    forgetLineage();
    let document = startDocument();
    const first = dueItemsOf(document, TODAY);
    for (const step of [
      { kind: 'person', pick: 1, consent: 'asked', lastContactedOn: TODAY, cadenceMonths: 1 },
      { kind: 'addCard', person: 0, stage: 'reconnect', askedOn: null },
    ] as Change[]) {
      const patch = diffDocuments(document, changed(document, step));
      const next = applyPatch(document, patch);
      notePatched(document, patch, next);
      document = next;
    }
    expect(dueItemsOf(document, TODAY)).not.toBe(first);
    expect(dueItemsOf(document, TODAY)).toEqual(computeDueItems(document, TODAY));
    expect(dueItemsOf(document, addDays(TODAY, 30))).toEqual(computeDueItems(document, addDays(TODAY, 30)));
  });
});
