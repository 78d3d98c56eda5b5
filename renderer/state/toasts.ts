// Short messages at the bottom of the window, with an optional action such as Undo.
import { useEffect, useId, useSyncExternalStore } from 'react';

export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void | Promise<void> };
  /** How long it stays, in ms; deletes keep their Undo for at least 10 seconds. */
  duration: number;
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export function showToast(toast: Omit<Toast, 'id' | 'duration'> & { duration?: number }): number {
  const id = nextId++;
  const entry: Toast = { duration: toast.action ? 12_000 : 4_000, ...toast, id };
  toasts = [...toasts.slice(-2), entry];
  emit();
  setTimeout(() => dismissToast(id), entry.duration);
  return id;
}

export function dismissToast(id: number): void {
  toasts = toasts.filter((toast) => toast.id !== id);
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
