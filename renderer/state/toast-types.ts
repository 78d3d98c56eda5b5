// What a toast is, apart from the store that holds it and the functions that show it.
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
  /** News that arrived on its own (from another computer); it fades out rather than vanishing. */
  background: boolean;
}
