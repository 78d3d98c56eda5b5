// The import preview's choices: who is ticked at first, and how each row is described.
import type { ImportPreview } from '../../../shared/ipc/contract';

export type ImportEntry = ImportPreview['plan']['entries'][number];

/** New people start ticked; anyone Rekindle recognises starts unticked. */
export function initialSelection(entries: readonly ImportEntry[]): Set<number> {
  return new Set(entries.filter((entry) => entry.status === 'new').map((entry) => entry.index));
}

/** A duplicate of an earlier row of the same file, rather than of someone already saved. */
export function repeatedInFile(entry: ImportEntry): boolean {
  return entry.status === 'duplicate' && entry.duplicateOf.kind === 'in_file';
}

/** Duplicates the user leaves out plus those main skips: everyone not added because they were already there. */
export function skippedCount(entries: readonly ImportEntry[], selected: ReadonlySet<number>, skippedByMain: number): number {
  const leftOut = entries.filter((entry) => entry.status === 'duplicate' && !selected.has(entry.index)).length;
  return leftOut + skippedByMain;
}
