import { useTranslation } from 'react-i18next';
import { dismissToast, useIsTopToastHost, useToasts } from '../state/toasts';
import styles from './Toasts.module.css';

/**
 * Rendered by the frame and by every dialog; only the topmost one shows the toasts. The
 * frame's sit at the bottom right, away from each screen's header actions and filters; a
 * dialog's at the top right, away from its footer buttons.
 */
export function Toasts({ placement = 'bottom' }: { placement?: 'top' | 'bottom' }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const isTop = useIsTopToastHost();
  if (!isTop) return null;
  return (
    <div className={styles.region} data-placement={placement} role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          className={styles.toast}
          data-kind={toast.kind}
          data-background={toast.background ? true : undefined}
          role={toast.kind === 'error' ? 'alert' : undefined}
        >
          <span className={styles.message}>{toast.message}</span>
          {toast.actions.map((action) => (
            <button
              key={action.label}
              type="button"
              className={styles.action}
              onClick={() => {
                dismissToast(toast.id);
                void action.run();
              }}
            >
              {action.label}
            </button>
          ))}
          {toast.kind === 'error' || toast.actions.length > 0 ? (
            <button type="button" className={styles.close} aria-label={t('notice.dismiss')} title={t('notice.dismiss')} onClick={() => dismissToast(toast.id)}>
              ×
            </button>
          ) : null}
        </div>
      ))}
    </div>
  );
}
