// What a journal record says about its own change beyond the patch: per record, the fields
// it really wrote (with the stamp of the value each replaced) and whether it created the
// record. The merge needs both: a field nobody touched must not beat a concurrent edit of
// it, and a replaced value is lost silently only when its writer's change was not seen.
import type { Stamp } from './stamp';

export const PARTS = ['profile', 'settings', 'applications', 'references', 'requests'] as const;
export type Part = (typeof PARTS)[number];
export const COLLECTIONS = ['applications', 'references', 'requests'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** The id under which profile and settings, one record each, are kept in the merge. */
export const SINGLE_ID = '';

export interface RecordChange {
  /** True when the record did not exist on the writing computer before this change. */
  created?: true;
  /** Field name → the stamp of the value it replaced there, or 0 when it replaced none. */
  fields: Record<string, Stamp | 0>;
}

export type ChangeNotes = Partial<Record<Part, Record<string, RecordChange>>>;

/** Derived on merge, never written by a change: the values other computers' changes replaced. */
export const DERIVED_FIELD = 'overwritten';

/** The fields of `after` that differ from `before` (both whole records; absent counts as a value). */
export function changedFields(before: object | undefined, after: object): string[] {
  const was = (before ?? {}) as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(was), ...Object.keys(now)]);
  const changed: string[] = [];
  for (const key of keys) {
    if (key === DERIVED_FIELD) continue;
    const a = was[key];
    const b = now[key];
    if (a === b) continue;
    if (a !== undefined && b !== undefined && typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b)) continue;
    changed.push(key);
  }
  return changed;
}
