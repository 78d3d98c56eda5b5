// The renderer's copy of what main owns. Main answers every change with the saved
// document, and this store swaps it in; components subscribe with useAppState.
import { useSyncExternalStore } from 'react';
import type { AppSnapshot } from '../../shared/ipc/contract';
import { toIsoDate } from '../../shared/dates';
import type { Language } from '../../shared/schema/fields';
import { emptyDocument, type RekindleDocument } from '../../shared/schema/document';

type Listener = () => void;

let snapshot: AppSnapshot | null = null;
const listeners = new Set<Listener>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function setSnapshot(next: AppSnapshot): void {
  snapshot = next;
  emit();
}

/** The document as the window has it now (before the app loaded: an empty one). */
export function currentDocument(): RekindleDocument {
  return snapshot?.document ?? emptyDocument();
}

export function setDocument(document: RekindleDocument): void {
  if (!snapshot) return;
  snapshot = { ...snapshot, document };
  emit();
}

export function dismissNotice(): void {
  if (!snapshot) return;
  snapshot = { ...snapshot, notice: null };
  emit();
}

/**
 * Main's word on backups while the window is open: a failing backup shows the calm notice
 * (unless a weightier one is showing), and the next backup that works takes it back.
 */
export function setBackupsFailing(failing: boolean): void {
  if (!snapshot) return;
  if (failing && snapshot.notice === null) snapshot = { ...snapshot, notice: { kind: 'backup_failed' } };
  else if (!failing && snapshot.notice?.kind === 'backup_failed') snapshot = { ...snapshot, notice: null };
  else return;
  emit();
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAppSnapshot(): AppSnapshot | null {
  return useSyncExternalStore(subscribe, () => snapshot);
}

/** The document, for components that render only after the app has loaded. */
export function useDocument(): RekindleDocument {
  const current = useAppSnapshot();
  if (!current) throw new Error('useDocument called before the app loaded');
  return current.document;
}

export function effectiveLanguage(current: AppSnapshot): Language {
  return current.document.settings.language ?? current.systemLanguage;
}

/** The language the window speaks now. Re-renders only when the language changes, not on every saved change. */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, () => (snapshot ? effectiveLanguage(snapshot) : 'en'));
}

/** Today's local calendar date. Re-read on each render so a window left open overnight moves on. */
export function useToday(): string {
  return toIsoDate(new Date());
}
