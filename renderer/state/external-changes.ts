// What main says about the user's other computers while the window is open: changes that
// arrived through the shared data folder (applied like any other patch, and remembered per
// record so an open form can react), and whether saving waits for the folder to come back.
import type { DocumentPatch } from '../../shared/patch';
import { applyDocumentPatch } from './app-state';
import { useRendererState, writeState } from './store';

function changedIds(patch: DocumentPatch): string[] {
  const ids: string[] = [];
  for (const collection of [patch.applications, patch.references, patch.requests]) {
    if (!collection) continue;
    for (const record of collection.upsert) ids.push(record.id);
    ids.push(...collection.remove);
  }
  return ids;
}

/** Brings the window's copy up to date with another computer's changes, record by record. */
export function receiveExternalChanges(patch: DocumentPatch): void {
  applyDocumentPatch(patch);
  const ids = changedIds(patch);
  if (ids.length === 0) return;
  writeState(({ changedElsewhere }) => {
    const next = { ...changedElsewhere };
    for (const id of ids) next[id] = (next[id] ?? 0) + 1;
    return { changedElsewhere: next };
  });
}

/**
 * How many times another computer changed this record since the window opened: a form
 * showing the record compares it with the value it last saw, and catches up when it grows.
 */
export function useChangedElsewhere(id: string | null): number {
  return useRendererState((state) => (id === null ? 0 : (state.changedElsewhere[id] ?? 0)));
}

/**
 * The folder went away (paused) or came back: the window stops offering changes that
 * cannot be saved, and shows why, until main says it can save again.
 */
export function setSavingPaused(paused: boolean): void {
  writeState(({ snapshot, savingPaused }) => {
    if (savingPaused === paused) return null;
    return { savingPaused: paused, ...(snapshot ? { snapshot: { ...snapshot, readOnly: paused } } : {}) };
  });
}

export function useSavingPaused(): boolean {
  return useRendererState((state) => state.savingPaused);
}
