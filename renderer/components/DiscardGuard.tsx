// Closing a form with unsaved edits asks first, inside the dialog, so a stray Escape or
// Close never throws away what the user typed. An untouched form still closes at once.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './DiscardGuard.module.css';

export interface DiscardGuard {
  /** Give this to the Dialog's onClose and the Close/Cancel buttons. */
  close: () => void;
  /** The question while it is asked (render it in place of the footer), otherwise null. */
  prompt: ReactNode | null;
}

export function useDiscardGuard(dirty: boolean, onClose: () => void): DiscardGuard {
  const [asking, setAsking] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);

  const keep = () => {
    setAsking(false);
    const target = returnTo.current;
    returnTo.current = null;
    // After the prompt unmounts, so focus is not lost with the button that held it.
    queueMicrotask(() => target?.isConnected && target.focus());
  };
  const discard = () => {
    setAsking(false);
    onClose();
  };
  const close = () => {
    if (!dirty) onClose();
    // A second Escape while asking is the cautious answer: back to editing.
    else if (asking) keep();
    else {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setAsking(true);
    }
  };

  return { close, prompt: asking && dirty ? <DiscardPrompt onKeep={keep} onDiscard={discard} /> : null };
}

interface DiscardPromptProps {
  onKeep: () => void;
  onDiscard: () => void;
  /** Wording for a particular situation (e.g. switching drafts); defaults to closing a form. */
  title?: string;
  body?: string;
  discardLabel?: string;
}

/** The question itself, focused on "Keep editing": also asked by the composer before a switch. */
export function DiscardPrompt({ onKeep, onDiscard, title, body, discardLabel }: DiscardPromptProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  const keepButton = useRef<HTMLButtonElement>(null);
  useEffect(() => keepButton.current?.focus(), []);
  return (
    <div role="alertdialog" aria-labelledby={titleId} aria-describedby={bodyId} className={styles.prompt}>
      <div className={styles.text}>
        <p id={titleId} className={styles.title}>
          {title ?? t('records.discardTitle')}
        </p>
        <p id={bodyId}>{body ?? t('records.discardBody')}</p>
      </div>
      <div className={styles.actions}>
        <button ref={keepButton} type="button" className="button" onClick={onKeep}>
          {t('records.keepEditing')}
        </button>
        <button type="button" className="button button-danger" onClick={onDiscard}>
          {discardLabel ?? t('records.discard')}
        </button>
      </div>
    </div>
  );
}
