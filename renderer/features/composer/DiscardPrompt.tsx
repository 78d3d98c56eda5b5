// Asked before a switch of draft or language would replace the user's edits.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './Composer.module.css';

export function DiscardPrompt({ onDiscard, onKeep }: { onDiscard: () => void; onKeep: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div role="alertdialog" aria-labelledby={titleId} aria-describedby={bodyId} className={styles.discard}>
      <p id={titleId} className={styles.discardTitle}>
        {t('composer.discardTitle')}
      </p>
      <p id={bodyId}>{t('composer.discardBody')}</p>
      <div className={styles.discardActions}>
        <button ref={keep} type="button" className="button" onClick={onKeep}>
          {t('composer.keepEditing')}
        </button>
        <button type="button" className="button button-danger" onClick={onDiscard}>
          {t('composer.discard')}
        </button>
      </div>
    </div>
  );
}
