import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './CardDetail.module.css';

/** A no closes every open card of the person at once, so it is asked about before it is saved. */
export function ReplyButtons({
  name,
  awaited,
  disabled,
  onAgreed,
  onDeclined,
}: {
  name: string;
  /** The ask is out: the answer is the next step, so "They agreed" takes the focus. */
  awaited: boolean;
  disabled: boolean;
  onAgreed: () => void;
  onDeclined: () => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const declineButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (returnFocus.current) declineButton.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  const cancel = () => {
    returnFocus.current = true;
    setConfirming(false);
  };

  if (confirming) {
    return (
      <div className={styles.confirm} role="group" aria-labelledby="detail-confirm-decline">
        <p id="detail-confirm-decline">{t('board.detail.confirmDecline', { name })}</p>
        <div className={styles.buttons}>
          <button ref={cancelButton} type="button" className="button" onClick={cancel}>
            {t('board.detail.confirmDeclineCancel')}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={disabled}
            onClick={() => {
              setConfirming(false);
              onDeclined();
            }}
          >
            {t('board.detail.confirmDeclineYes')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className={styles.buttons}>
      <button type="button" className="button" disabled={disabled} data-autofocus={awaited || undefined} onClick={onAgreed}>
        {t('board.detail.agreed')}
      </button>
      <button ref={declineButton} type="button" className="button" disabled={disabled} onClick={() => setConfirming(true)}>
        {t('board.detail.declined')}
      </button>
    </div>
  );
}
