// The renderer's copy of what main owns. Main answers every change with a patch, which
// applyDocumentPatch (called by the api module, nowhere else) applies here; components
// read the slice they show through the selector hooks below.
import type { AppSnapshot, StartupNotice } from '../../shared/ipc/contract';
import { toIsoDate } from '../../shared/dates';
import { applyPatch, type DocumentPatch } from '../../shared/patch';
import type { RekindleDocument } from '../../shared/schema/document';
import { emptyDocument } from '../../shared/schema/empty-document';
import type { Application } from '../../shared/schema/application';
import type { Language } from '../../shared/schema/fields';
import type { Profile, Settings } from '../../shared/schema/settings';
import type { Reference } from '../../shared/schema/person';
import type { ReferenceRequest } from '../../shared/schema/request';
import { forgetLineage, notePatched } from '../../shared/document-lineage';
import { readState, useRendererState, writeState, type RendererState } from './store';

export function setSnapshot(next: AppSnapshot): void {
  forgetLineage();
  writeState(() => ({ snapshot: next }));
}

/** The document as the window has it now (before the app loaded: an empty one). */
export function currentDocument(): RekindleDocument {
  return readState().snapshot?.document ?? emptyDocument();
}

/** Applies main's answer to a change. Records the patch leaves alone keep their identity. */
export function applyDocumentPatch(patch: DocumentPatch): RekindleDocument {
  const { snapshot } = readState();
  if (!snapshot) return applyPatch(emptyDocument(), patch);
  const document = applyPatch(snapshot.document, patch);
  notePatched(snapshot.document, patch, document);
  writeState(() => ({ snapshot: { ...snapshot, document } }));
  return document;
}

export function dismissNotice(): void {
  writeState(({ snapshot }) => (snapshot ? { snapshot: { ...snapshot, notice: null } } : null));
}

/**
 * Main's word on backups while the window is open: a failing backup shows the calm notice
 * (unless a weightier one is showing), and the next backup that works takes it back.
 */
export function setBackupsFailing(failing: boolean): void {
  writeState(({ snapshot }) => {
    if (!snapshot) return null;
    if (failing && snapshot.notice === null) return { snapshot: { ...snapshot, notice: { kind: 'backup_failed' } } };
    if (!failing && snapshot.notice?.kind === 'backup_failed') return { snapshot: { ...snapshot, notice: null } };
    return null;
  });
}

export function effectiveLanguage(current: AppSnapshot): Language {
  return current.document.settings.language ?? current.systemLanguage;
}

function loaded(state: RendererState): AppSnapshot {
  if (!state.snapshot) throw new Error('A document slice was read before the app loaded');
  return state.snapshot;
}

/** True once main has answered the first load. */
export function useIsLoaded(): boolean {
  return useRendererState((state) => state.snapshot !== null);
}

/** The document once loaded, else null: for the frame, which renders before the load. Re-renders on every change. */
export function useLoadedDocument(): RekindleDocument | null {
  return useRendererState((state) => state.snapshot?.document ?? null);
}

/** The whole document, for views that derive from all of it (the board, Today). Re-renders on every change. */
export function useDocument(): RekindleDocument {
  return useRendererState((state) => loaded(state).document);
}

/**
 * A value derived from the document, re-rendering only when that value changes. The value
 * must be a primitive or a record the document holds; a new array or object each time would
 * re-render on every change (use useRendererStateShallow's way for those).
 */
export function useDocumentValue<T>(select: (document: RekindleDocument) => T): T {
  return useRendererState((state) => select(loaded(state).document));
}

export function useApplications(): Application[] {
  return useRendererState((state) => loaded(state).document.applications);
}

export function usePeople(): Reference[] {
  return useRendererState((state) => loaded(state).document.references);
}

export function useRequests(): ReferenceRequest[] {
  return useRendererState((state) => loaded(state).document.requests);
}

/** One person; re-renders only when that person changes (or goes). */
export function usePerson(id: string | null): Reference | null {
  return useRendererState((state) => (id === null ? null : (loaded(state).document.references.find((person) => person.id === id) ?? null)));
}

/** One request (a card); re-renders only when that request changes (or goes). */
export function useRequest(id: string | null): ReferenceRequest | null {
  return useRendererState((state) => (id === null ? null : (loaded(state).document.requests.find((request) => request.id === id) ?? null)));
}

export function useApplication(id: string | null): Application | null {
  return useRendererState((state) =>
    id === null ? null : (loaded(state).document.applications.find((application) => application.id === id) ?? null),
  );
}

export function useSettings(): Settings {
  return useRendererState((state) => loaded(state).document.settings);
}

export function useProfile(): Profile {
  return useRendererState((state) => loaded(state).document.profile);
}

export function useNotice(): StartupNotice | null {
  return useRendererState((state) => state.snapshot?.notice ?? null);
}

/** True when the data file must not be written (it is from a newer version). */
export function useReadOnly(): boolean {
  return useRendererState((state) => state.snapshot?.readOnly ?? false);
}

/** The operating system's language, which the window speaks unless the user chose one. */
export function useSystemLanguage(): Language {
  return useRendererState((state) => state.snapshot?.systemLanguage ?? 'en');
}

export function useDataFile(): string {
  return useRendererState((state) => state.snapshot?.dataFile ?? '');
}

/** The language the window speaks now. Re-renders only when the language changes, not on every saved change. */
export function useLanguage(): Language {
  return useRendererState((state) => (state.snapshot ? effectiveLanguage(state.snapshot) : 'en'));
}

/** Today's local calendar date. Re-read on each render so a window left open overnight moves on. */
export function useToday(): string {
  return toIsoDate(new Date());
}
