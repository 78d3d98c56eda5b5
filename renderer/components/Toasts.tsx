import { dismissToast, useIsTopToastHost, useToasts } from '../state/toasts';
import styles from './Toasts.module.css';

/** Rendered by the frame and by every dialog; only the topmost one shows the toasts. */
export function Toasts() {
  const toasts = useToasts();
  const isTop = useIsTopToastHost();
  if (!isTop) return null;
  return (
    <div className={styles.region} role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={styles.toast}>
          <span>{toast.message}</span>
          {toast.action ? (
            <button
              type="button"
              className={styles.action}
              onClick={() => {
                dismissToast(toast.id);
                void toast.action?.run();
              }}
            >
              {toast.action.label}
            </button>
          ) : null}
        </div>
      ))}
    </div>
  );
}
