// Short messages about what just happened, with up to two actions (Undo; Open, Show in
// folder). One action answers with one toast: a new one replaces the last, so they never
// stack up. Errors stay until dismissed; the rest expire.
import { useEffect, useId, useSyncExternalStore } from 'react';

export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface Toast {
  id: number;
  message: string;
  kind: 'info' | 'error';
  actions: ToastAction[];
  /** How long it stays, in ms; null for errors, which stay until dismissed. */
  duration: number | null;
  /** 'view': about the screen it was shown on (an export), gone when the user moves on. */
  scope: 'app' | 'view';
}

interface ToastInput {
  message: string;
  kind?: 'info' | 'error';
  action?: ToastAction;
  actions?: ToastAction[];
  duration?: number;
  scope?: 'app' | 'view';
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export function showToast(input: ToastInput): number {
  const id = nextId++;
  const actions = input.actions ?? (input.action ? [input.action] : []);
  const kind = input.kind ?? 'info';
  // An Undo needs time to be reached; an error needs to be read and dismissed.
  const duration = kind === 'error' ? null : (input.duration ?? (actions.length > 0 ? 12_000 : 4_000));
  const entry: Toast = { id, message: input.message, kind, actions, duration, scope: input.scope ?? 'app' };
  // One toast at a time, and the newest wins. An unread error stays beside it.
  toasts = [...toasts.filter((toast) => toast.kind === 'error' && toast.message !== entry.message).slice(-1), entry];
  emit();
  if (duration !== null) setTimeout(() => dismissToast(id), duration);
  return id;
}

export function dismissToast(id: number): void {
  if (!toasts.some((toast) => toast.id === id)) return;
  toasts = toasts.filter((toast) => toast.id !== id);
  emit();
}

/** The user moved to another screen: what was said about the last one goes. */
export function dismissViewToasts(): void {
  if (!toasts.some((toast) => toast.scope === 'view')) return;
  toasts = toasts.filter((toast) => toast.scope !== 'view');
  emit();
}

export function useToasts(): Toast[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => toasts,
  );
}

// Toasts render in the topmost open modal dialog: a modal makes the rest of the window
// inert, and an Undo nobody can click is no Undo.
let hosts: string[] = [];

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while this host (the frame, or an open dialog) is the one that shows the toasts. */
export function useIsTopToastHost(): boolean {
  const id = useId();
  useEffect(() => {
    hosts = [...hosts, id];
    emit();
    return () => {
      hosts = hosts.filter((host) => host !== id);
      emit();
    };
  }, [id]);
  return useSyncExternalStore(subscribe, () => hosts[hosts.length - 1] === id);
}
