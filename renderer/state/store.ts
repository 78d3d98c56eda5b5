// The renderer's one state store. zustand is wrapped here and nowhere else: the rest of the
// renderer reads slices through the hooks in app-state.ts and toasts.ts, so a component
// re-renders only when the slice it selected changes, not on every saved change.
import { createStore, useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { AppSnapshot } from '../../shared/ipc/contract';
import type { Toast } from './toast-types';

export interface RendererState {
  /** What main owns, as the window has it; null until the app has loaded. */
  snapshot: AppSnapshot | null;
  toasts: Toast[];
  /** The frame and every open modal dialog that can show toasts, topmost last. */
  toastHosts: string[];
  /** For each record another computer changed while the window was open: how many times. */
  changedElsewhere: Readonly<Record<string, number>>;
  /** True while main cannot reach the data folder and saving waits for it. */
  savingPaused: boolean;
}

const store = createStore<RendererState>()(() => ({ snapshot: null, toasts: [], toastHosts: [], changedElsewhere: {}, savingPaused: false }));

/** The state as it is now, outside React (event handlers, the api module). */
export function readState(): RendererState {
  return store.getState();
}

/** Replaces part of the state; every subscriber whose slice changed re-renders. */
export function writeState(change: (state: RendererState) => Partial<RendererState> | null): void {
  const next = change(store.getState());
  if (next) store.setState(next);
}

/**
 * One slice of the state. The selector must answer the same value (by identity) while its
 * slice is unchanged: answer a record or list the state already holds, never a new one.
 */
export function useRendererState<T>(selector: (state: RendererState) => T): T {
  return useStore(store, selector);
}

/** For a selector that builds a new array or object from the state: compared field by field. */
export function useRendererStateShallow<T>(selector: (state: RendererState) => T): T {
  return useStore(store, useShallow(selector));
}
