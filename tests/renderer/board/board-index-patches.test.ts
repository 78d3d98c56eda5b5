// The board's index follows each change by its patch instead of being rebuilt from the
// whole document; whatever the changes, it must be the index a rebuild would give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardIndexOf, buildBoardIndex, updateBoardIndex, type BoardIndex } from '../../../renderer/features/board/board-index';
import { applyDocumentPatch, currentDocument, setSnapshot } from '../../../renderer/state/app-state';
import { applyPatch, diffDocuments } from '../../../shared/patch';
import { STAGES } from '../../../shared/schema/constants';
import type { RekindleDocument } from '../../../shared/schema/document';
import type { ReferenceRequest } from '../../../shared/schema/request';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';

const stage = fc.constantFrom(...STAGES);
/** Few positions, so cards often share one and the tie-breaks (age, then id) decide. */
const position = fc.integer({ min: -2, max: 3 });
const createdAt = fc.constantFrom('2026-01-01T10:00:00.000Z', '2026-01-02T10:00:00.000Z');

/** One change as a user (or another computer) makes it, picking records by a number. */
const change = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), stage, position }),
  fc.record({ kind: fc.constant('decline' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('reopen' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), stage, position, createdAt, person: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(), name: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('addApplication' as const), company: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('removePerson' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('reorder' as const) }),
);
type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

function startDocument(): RekindleDocument {
  const people = ['ref-a', 'ref-b', 'ref-c'].map((id, at) => makeReference({ id, name: `Person ${at}` }));
  const requests = Array.from({ length: 6 }, (_, at) =>
    makeRequest({ id: `req-${at}`, referenceId: people[at % 3]?.id, stage: STAGES[at % 4], position: at % 3, closed: at === 5 ? 'declined' : null }),
  );
  return makeDocument({ references: people, applications: [makeApplication({ id: 'app-1' })], requests });
}

let added = 0;

/** The document after `step`, built as main's services do: new records for what changed, the rest kept. */
function changed(document: RekindleDocument, step: Change): RekindleDocument {
  const { requests, references } = document;
  const replace = (at: number, next: ReferenceRequest) => requests.map((request, index) => (index === at ? next : request));
  const pickRequest = (pick: number) => (requests.length === 0 ? -1 : pick % requests.length);
  switch (step.kind) {
    case 'move':
    case 'decline':
    case 'reopen': {
      const at = pickRequest(step.pick);
      if (at < 0) return document;
      const request = requests[at] as ReferenceRequest;
      const next: ReferenceRequest =
        step.kind === 'move'
          ? { ...request, stage: step.stage, position: step.position }
          : { ...request, closed: step.kind === 'decline' ? 'declined' : null };
      return { ...document, requests: replace(at, next) };
    }
    case 'add': {
      if (references.length === 0) return document;
      added += 1;
      const person = references[step.person % references.length];
      const request = makeRequest({ id: `new-${added}`, referenceId: person?.id, stage: step.stage, position: step.position, createdAt: step.createdAt });
      return { ...document, requests: [...requests, request] };
    }
    case 'remove': {
      const at = pickRequest(step.pick);
      return at < 0 ? document : { ...document, requests: requests.filter((_, index) => index !== at) };
    }
    case 'rename': {
      if (references.length === 0) return document;
      const at = step.pick % references.length;
      return { ...document, references: references.map((person, index) => (index === at ? { ...person, name: step.name } : person)) };
    }
    case 'addApplication':
      added += 1;
      return { ...document, applications: [...document.applications, makeApplication({ id: `app-new-${added}`, company: step.company })] };
    case 'removePerson': {
      if (references.length === 0) return document;
      const gone = references[step.pick % references.length]?.id;
      return { ...document, references: references.filter((person) => person.id !== gone), requests: requests.filter((request) => request.referenceId !== gone) };
    }
    case 'reorder':
      return { ...document, requests: [...requests].reverse() };
  }
}

/** The index as data: maps as sorted entries, so two equal indexes compare equal. */
function plain(index: BoardIndex) {
  const entries = <T,>(map: ReadonlyMap<string, T>) => [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
  return { ...index, people: entries(index.people), applications: entries(index.applications), requests: entries(index.requests) };
}

describe('the board index, carried by patches', () => {
  it('equals the rebuilt index after every patch of any sequence of changes', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 25 }), (changes) => {
        let document = startDocument();
        let index = buildBoardIndex(document);
        for (const step of changes) {
          // As the window gets it: main diffs before and after, the renderer applies the patch.
          const patch = diffDocuments(document, changed(document, step));
          document = applyPatch(document, patch);
          index = updateBoardIndex(index, patch, document);
          expect(plain(index)).toEqual(plain(buildBoardIndex(document)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves the index it started from as it was, for a render still showing the older document', () => {
    const document = startDocument();
    const before = buildBoardIndex(document);
    const snapshot = plain(before);
    const after = changed(document, { kind: 'move', pick: 0, stage: 'done', position: -1 });
    updateBoardIndex(before, diffDocuments(document, after), applyPatch(document, diffDocuments(document, after)));
    expect(plain(before)).toEqual(snapshot);
  });

  it('gives the board of the window’s current document after changes applied as main answers them', () => {
    setSnapshot({ document: startDocument(), notice: null } as unknown as Parameters<typeof setSnapshot>[0]);
    const first = boardIndexOf(currentDocument());
    let document = currentDocument();
    for (const step of [
      { kind: 'move', pick: 1, stage: 'thanks', position: 0 },
      { kind: 'decline', pick: 2 },
      { kind: 'add', stage: 'prep', position: -1, createdAt: '2026-01-01T10:00:00.000Z', person: 1 },
    ] as Change[]) {
      document = applyDocumentPatch(diffDocuments(document, changed(document, step)));
    }
    const index = boardIndexOf(document);
    expect(index).not.toBe(first);
    expect(plain(index)).toEqual(plain(buildBoardIndex(document)));
    expect(index.columns.thanks).toContain('req-1');
    expect(index.declined).toContain('req-2');
  });
});
