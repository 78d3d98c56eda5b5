// The property the sync tests hold every run to: after every file has reached every
// computer, all documents are the same, and every acknowledged change is there, or was
// replaced by a change made after seeing it, or is kept in the record's `overwritten`.
import { expect } from 'vitest';
import type { RekindleDocument } from '../../../../shared/schema/document';

/** One acknowledged change, as the computer that made it saw it. */
export type Acked =
  | { kind: 'add'; id: string }
  | { kind: 'remove'; id: string }
  | { kind: 'edit'; id: string; field: string; value: unknown; replaced: unknown };

/** The fields the random edits write; every value written is unique across the run. */
export const EDITED_FIELDS = ['notes', 'currentTitle', 'organisation', 'rank'] as const;

export function expectNothingLost(document: RekindleDocument, acked: readonly Acked[]): void {
  const byId = new Map(document.references.map((record) => [record.id, record]));
  const removed = new Set(acked.filter((change) => change.kind === 'remove').map((change) => change.id));
  const edits = acked.filter((change): change is Extract<Acked, { kind: 'edit' }> => change.kind === 'edit');
  for (const change of acked) {
    if (change.kind === 'add' && !removed.has(change.id)) expect(byId.has(change.id), `added ${change.id}`).toBe(true);
    if (change.kind === 'remove' && byId.has(change.id)) {
      // Back only because another computer changed the person after this removal.
      expect(edits.some((edit) => edit.id === change.id), `removed ${change.id} came back without a later edit`).toBe(true);
    }
    if (change.kind !== 'edit') continue;
    const record = byId.get(change.id) as Record<string, unknown> | undefined;
    if (record === undefined) {
      expect(removed.has(change.id), `edited ${change.id} vanished without a removal`).toBe(true);
      continue;
    }
    const present = record[change.field] === change.value;
    const knowinglyReplaced = edits.some((other) => other.id === change.id && other.field === change.field && other.replaced === change.value);
    const overwritten = (record.overwritten as Array<{ field: string; value: unknown }> | undefined) ?? [];
    const kept = overwritten.some((lost) => lost.field === change.field && lost.value === change.value);
    expect(present || knowinglyReplaced || kept, `${change.id}.${change.field} = ${String(change.value)} lost`).toBe(true);
  }
}
