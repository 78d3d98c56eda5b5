// Moving a card copies the request list and sets one slot instead of mapping over every
// request. These properties hold the fast path to what the map over the whole list gave.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replaceRequest } from '../../../../main/services/requests/document-edits';
import { moveRequest } from '../../../../main/services/requests/move';
import { diffDocuments } from '../../../../shared/patch';
import { STAGES, type ReferenceRequest } from '../../../../shared/schema/request';
import type { RekindleDocument } from '../../../../shared/schema/document';
import { makeDocument, makeRequest, makeServiceContext } from '../../../fixtures/documents';

const NOW = '2026-11-28T10:00:00.000Z';

/** What replacing a request meant before: a map over the whole list, matched by id. */
function replacedByMap(doc: RekindleDocument, updated: ReferenceRequest): ReferenceRequest[] {
  return doc.requests.map((request) => (request.id === updated.id ? updated : request));
}

const documents = fc
  .uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 40 })
  .chain((ids) =>
    fc.tuple(
      fc.constant(ids),
      fc.array(fc.constantFrom(...STAGES), { minLength: ids.length, maxLength: ids.length }),
      fc.array(fc.boolean(), { minLength: ids.length, maxLength: ids.length }),
    ),
  )
  .map(([ids, stages, declined]) =>
    makeDocument({
      requests: ids.map((id, index) =>
        makeRequest({ id, stage: stages[index], position: index, closed: declined[index] ? 'declined' : null }),
      ),
    }),
  );

function sameRecords(actual: readonly ReferenceRequest[], expected: readonly ReferenceRequest[]): boolean {
  return actual.length === expected.length && actual.every((request, index) => request === expected[index]);
}

describe('replacing one request', () => {
  it('gives the list a map over every request gave, whatever position the caller guessed', () => {
    fc.assert(
      fc.property(documents, fc.nat(), fc.option(fc.integer({ min: -2, max: 45 }), { nil: undefined }), (doc, pick, hint) => {
        const target = doc.requests[pick % doc.requests.length] as ReferenceRequest;
        const updated: ReferenceRequest = { ...target, position: target.position + 0.5 };
        const before = doc.requests.slice();
        const next = replaceRequest(doc, updated, hint);
        expect(sameRecords(next.requests, replacedByMap(doc, updated))).toBe(true);
        // The old document is untouched: the store keeps it if writing the change fails.
        expect(sameRecords(doc.requests, before)).toBe(true);
        expect(next.references).toBe(doc.references);
        expect(next.applications).toBe(doc.applications);
      }),
    );
  });
});

describe('moving a card', () => {
  it('changes exactly the moved card, in place, as the map over the whole list did', () => {
    fc.assert(
      fc.property(documents, fc.nat(), fc.constantFrom(...STAGES), fc.double({ min: -1e9, max: 1e9, noNaN: true }), (doc, pick, stage, position) => {
        const target = doc.requests[pick % doc.requests.length] as ReferenceRequest;
        const move = () => moveRequest(doc, { requestId: target.id, stage, position }, makeServiceContext(NOW));
        if (target.closed !== null) {
          expect(move).toThrow(expect.objectContaining({ code: 'conflict' }));
          return;
        }
        const { document, request } = move();
        expect(sameRecords(document.requests, replacedByMap(doc, request))).toBe(true);
        expect(request).toMatchObject({ id: target.id, stage, position });
        // What the window is sent: the one card, nothing else, no reorder.
        expect(diffDocuments(doc, document)).toEqual({ requests: { upsert: [request], remove: [] } });
      }),
    );
  });
});
