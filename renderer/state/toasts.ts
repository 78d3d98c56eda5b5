// Short messages about what just happened, with up to two actions (Undo; Open, Show in
// folder). One action answers with one toast: a new one replaces the last, so they never
// stack up. Errors stay until dismissed; the rest expire.
import { useEffect, useId } from 'react';
import { readState, useRendererState, writeState } from './store';
import type { Toast, ToastAction } from './toast-types';

export type { Toast, ToastAction } from './toast-types';

interface ToastInput {
  message: string;
  kind?: 'info' | 'error';
  action?: ToastAction;
  actions?: ToastAction[];
  duration?: number;
  scope?: 'app' | 'view';
  /**
   * News the user did not ask for (changes from another computer): it never pushes aside
   * a toast that is showing, so an Undo stays reachable; the next news replaces it.
   */
  background?: boolean;
}

let nextId = 1;

/** How long news from another computer stays; Toasts.module.css fades it out over the same time. */
export const BACKGROUND_TOAST_MS = 6_000;

export function showToast(input: ToastInput): number {
  const id = nextId++;
  const actions = input.actions ?? (input.action ? [input.action] : []);
  const kind = input.kind ?? 'info';
  // An Undo needs time to be reached; an error needs to be read and dismissed.
  const background = input.background ?? false;
  const duration = kind === 'error' ? null : (input.duration ?? (actions.length > 0 ? 12_000 : background ? BACKGROUND_TOAST_MS : 4_000));
  const entry: Toast = { id, message: input.message, kind, actions, duration, scope: input.scope ?? 'app', background };
  // One toast at a time, and the newest wins. An unread error stays beside it.
  writeState(({ toasts }) => ({
    toasts: background
      ? [...toasts.filter((toast) => !toast.background), entry]
      : [...toasts.filter((toast) => toast.kind === 'error' && toast.message !== entry.message).slice(-1), entry],
  }));
  if (duration !== null) setTimeout(() => dismissToast(id), duration);
  return id;
}

export function dismissToast(id: number): void {
  writeState(({ toasts }) => (toasts.some((toast) => toast.id === id) ? { toasts: toasts.filter((toast) => toast.id !== id) } : null));
}

/** The user moved to another screen: what was said about the last one goes. */
export function dismissViewToasts(): void {
  writeState(({ toasts }) =>
    toasts.some((toast) => toast.scope === 'view') ? { toasts: toasts.filter((toast) => toast.scope !== 'view') } : null,
  );
}

/** Every toast showing now (tests and the frame start from none). */
export function clearToasts(): void {
  writeState(({ toasts }) => (toasts.length > 0 ? { toasts: [] } : null));
}

export function useToasts(): Toast[] {
  return useRendererState((state) => state.toasts);
}

/** The toasts as they are now, outside React. */
export function currentToasts(): Toast[] {
  return readState().toasts;
}

// Toasts render in the topmost open modal dialog: a modal makes the rest of the window
// inert, and an Undo nobody can click is no Undo.

/** True while this host (the frame, or an open dialog) is the one that shows the toasts. */
export function useIsTopToastHost(): boolean {
  const id = useId();
  useEffect(() => {
    writeState(({ toastHosts }) => ({ toastHosts: [...toastHosts, id] }));
    return () => writeState(({ toastHosts }) => ({ toastHosts: toastHosts.filter((host) => host !== id) }));
  }, [id]);
  return useRendererState((state) => state.toastHosts[state.toastHosts.length - 1] === id);
}
