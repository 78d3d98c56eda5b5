import { useEffect, useId, useRef, type ReactNode } from 'react';
import styles from './Dialog.module.css';
import { Toasts } from './Toasts';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  /**
   * When this value changes (a new record was just saved and the dialog now edits it), the
   * dialog scrolls back to the top and focuses its first `data-autofocus` field again.
   */
  focusKey?: string | null;
  /** Where focus goes on close when the control that opened the dialog is gone. */
  returnFocus?: () => HTMLElement | null | undefined;
  /** The title names the dialog for screen readers only: its first field already says what it is for. */
  titleHidden?: boolean;
  /** A class of the caller's own for the dialog's shape (the palette's). */
  className?: string;
}

const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/** The first field of the dialog: the one marked `data-autofocus`, else the first control in its body. */
function focusFirstField(dialog: HTMLDialogElement): void {
  const body = dialog.querySelector<HTMLElement>('[data-dialog-body]');
  body?.scrollTo?.({ top: 0 });
  const marked = dialog.querySelector<HTMLElement>('[data-autofocus]');
  // A date field marks its wrapper; its first segment is what takes the keyboard.
  const target = marked?.matches(FOCUSABLE) ? marked : (marked?.querySelector<HTMLElement>(FOCUSABLE) ?? body?.querySelector<HTMLElement>(FOCUSABLE));
  (target ?? dialog).focus({ preventScroll: true });
  body?.scrollTo?.({ top: 0 });
  // A field marked further down (the answer, once the ask is sent) is scrolled into view.
  if (target && marked) target.scrollIntoView?.({ block: 'nearest' });
}

/** True when the element can take focus again: still in the page and not behind another modal. */
function canTakeFocus(element: HTMLElement | null): element is HTMLElement {
  return Boolean(element && element.isConnected && element !== document.body && !element.closest('[inert]') && element.getClientRects().length > 0);
}

/**
 * A modal on the native <dialog> (the WAI-ARIA dialog pattern): focus is trapped, Escape
 * closes, it opens at the top with the first field focused, and on close focus returns to
 * the control that opened it (or `returnFocus`, or the view's heading, never <body>).
 */
export function Dialog({ title, onClose, children, footer, wide, focusKey, returnFocus, titleHidden, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const returnFocusRef = useRef(returnFocus);
  // Kept current outside render: the closing effect reads the latest target.
  useEffect(() => {
    returnFocusRef.current = returnFocus;
  }, [returnFocus]);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) {
      dialog.showModal?.();
      // React's autoFocus fires before the dialog is open, when nothing inside can take focus.
      focusFirstField(dialog);
    }
    return () => {
      // The dialog leaves the page after this runs: wait a frame so the page is interactive again.
      requestAnimationFrame(() => {
        if (document.activeElement && document.activeElement !== document.body && document.activeElement.isConnected) return;
        const fallback = returnFocusRef.current?.() ?? null;
        const target = canTakeFocus(opener) ? opener : canTakeFocus(fallback) ? fallback : document.getElementById('view-title');
        target?.focus();
      });
    };
  }, []);
  const firstKey = useRef(focusKey);
  useEffect(() => {
    if (focusKey === firstKey.current || !ref.current) return;
    firstKey.current = focusKey;
    const dialog = ref.current;
    requestAnimationFrame(() => focusFirstField(dialog));
  }, [focusKey]);
  return (
    <dialog
      ref={ref}
      className={`${styles.dialog} ${wide ? styles.wide : ''} ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // React passes a nested dialog's Escape up its tree: only the dialog pressed in closes.
        if (event.target !== event.currentTarget) return;
        event.preventDefault();
        onClose();
      }}
    >
      <header className={titleHidden ? 'visually-hidden' : styles.header}>
        <h2 id={titleId}>{title}</h2>
      </header>
      <div className={styles.body} data-dialog-body>
        {children}
      </div>
      {footer ? <footer className={styles.footer}>{footer}</footer> : null}
      <Toasts placement="top" />
    </dialog>
  );
}
