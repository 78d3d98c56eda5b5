// Which patch made which document, for the last few changes the window applied: lookups
// built over one document (the board's index, what is due) can then be carried to the next
// by the patch alone, instead of being rebuilt from 30,000 records after every move. Only a
// short run is kept, so old documents are not held in memory; anything older is rebuilt.
import type { DocumentPatch } from './patch';
import type { RekindleDocument } from './schema/document';

export interface PatchStep {
  before: RekindleDocument;
  patch: DocumentPatch;
  after: RekindleDocument;
}

/** More than a window applies between two renders in practice (a burst of changes from another computer). */
const KEPT = 16;
const steps: PatchStep[] = [];

export function notePatched(before: RekindleDocument, patch: DocumentPatch, after: RekindleDocument): void {
  steps.push({ before, patch, after });
  if (steps.length > KEPT) steps.shift();
}

/** Forgets every step: the document was replaced whole (a reload, another data folder). */
export function forgetLineage(): void {
  steps.length = 0;
}

/**
 * The steps from the newest document `known` accepts to `target`, oldest first; null when
 * `target` was not reached by patches from such a document in the steps kept.
 */
export function stepsTo(target: RekindleDocument, known: (document: RekindleDocument) => boolean): PatchStep[] | null {
  const path: PatchStep[] = [];
  let current = target;
  for (let index = steps.length - 1; index >= 0; index -= 1) {
    const step = steps[index] as PatchStep;
    if (step.after !== current) continue;
    path.unshift(step);
    if (known(step.before)) return path;
    current = step.before;
  }
  return null;
}
