import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, diffDocuments, isEmptyPatch } from '../../shared/patch';
import type { RekindleDocument } from '../../shared/schema/document';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../fixtures/documents';

function base(): RekindleDocument {
  return makeDocument({
    references: [makeReference({ id: 'a', rank: 0 }), makeReference({ id: 'b', rank: 1 }), makeReference({ id: 'c', rank: 2 })],
    applications: [makeApplication({ id: 'x' })],
    requests: [makeRequest({ id: 'r1', referenceId: 'a' }), makeRequest({ id: 'r2', referenceId: 'b' })],
  });
}

describe('document patches', () => {
  it('carry only the changed card when one card moves', () => {
    const before = base();
    const moved = { ...before.requests[1]!, stage: 'prep' as const };
    const after = { ...before, requests: [before.requests[0]!, moved] };
    const patch = diffDocuments(before, after);
    expect(patch).toEqual({ requests: { upsert: [moved], remove: [] } });
    expect(applyPatch(before, patch)).toEqual(after);
  });

  it('keep the identity of every record the change did not touch', () => {
    const before = base();
    const after = { ...before, requests: [before.requests[0]!, { ...before.requests[1]!, position: 9 }] };
    const applied = applyPatch(before, diffDocuments(before, after));
    expect(applied.requests[0]).toBe(before.requests[0]);
    expect(applied.references).toBe(before.references);
  });

  it('send the full order only for a reorder, not for an append or a removal', () => {
    const before = base();
    const appended = { ...before, references: [...before.references, makeReference({ id: 'd', rank: 3 })] };
    expect(diffDocuments(before, appended).references?.order).toBeUndefined();
    const removed = { ...before, references: before.references.filter((person) => person.id !== 'b') };
    expect(diffDocuments(before, removed).references).toEqual({ upsert: [], remove: ['b'] });
    const reordered = { ...before, references: [before.references[2]!, before.references[0]!, before.references[1]!] };
    expect(diffDocuments(before, reordered).references?.order).toEqual(['c', 'a', 'b']);
    expect(applyPatch(before, diffDocuments(before, reordered))).toEqual(reordered);
  });

  it('is empty when nothing changed', () => {
    const before = base();
    expect(isEmptyPatch(diffDocuments(before, { ...before }))).toBe(true);
  });

  it('turns any document into any other by its diff', () => {
    const pool = ['a', 'b', 'c', 'd', 'e', 'f'];
    const people = fc.uniqueArray(fc.constantFrom(...pool), { maxLength: 6 }).map((ids) => ids.map((id, rank) => makeReference({ id, rank })));
    fc.assert(
      fc.property(people, people, fc.boolean(), (left, right, newProfile) => {
        const before = makeDocument({ references: left });
        // Records kept by id keep their identity, as a real change does.
        const byId = new Map(left.map((person) => [person.id, person]));
        const after = makeDocument({
          references: right.map((person) => (byId.has(person.id) && person.rank === byId.get(person.id)!.rank ? byId.get(person.id)! : person)),
          profile: newProfile ? { ...before.profile, name: 'Jana' } : before.profile,
          settings: before.settings,
        });
        const rebuilt = applyPatch({ ...before, settings: after.settings }, diffDocuments({ ...before, settings: after.settings }, after));
        expect(rebuilt).toEqual(after);
      }),
      { numRuns: 300 },
    );
  });
  it('gives the same minimal patch for edits that keep positions: changed records, appends and a removed run', () => {
    const edit = fc.record({
      size: fc.integer({ min: 0, max: 12 }),
      changed: fc.array(fc.nat(), { maxLength: 4 }),
      cut: fc.tuple(fc.nat(), fc.nat({ max: 4 })),
      appended: fc.nat({ max: 3 }),
    });
    fc.assert(
      fc.property(edit, ({ size, changed, cut, appended }) => {
        const left = Array.from({ length: size }, (_, index) => makeReference({ id: `p${index}` }));
        const start = size === 0 ? 0 : cut[0] % size;
        let right = [...left.slice(0, start), ...left.slice(Math.min(size, start + cut[1]))];
        const touched = new Set(right.length === 0 ? [] : changed.map((index) => index % right.length));
        right = right.map((person, index) => (touched.has(index) ? { ...person, name: `${person.name} (edited)` } : person));
        right.push(...Array.from({ length: appended }, (_, index) => makeReference({ id: `new${index}` })));
        const before = makeDocument({ references: left });
        const after = { ...before, references: right };

        const patch = diffDocuments(before, after);

        expect(applyPatch(before, patch)).toEqual(after);
        // Exactly the new and edited records travel; the order only when it cannot be inferred.
        const upserted = (patch.references?.upsert ?? []).map((person) => person.id).sort();
        const expected = right.filter((person) => !left.includes(person)).map((person) => person.id).sort();
        expect(upserted).toEqual(expected);
        expect(patch.references?.order).toBeUndefined();
        expect((patch.references?.remove ?? []).length).toBe(left.length - (right.length - appended));
      }),
      { numRuns: 300 },
    );
  });
});
