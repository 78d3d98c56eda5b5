import { useTranslation } from 'react-i18next';
import type { StartupNotice } from '../../shared/ipc/contract';
import styles from './AppFrame.module.css';

interface NoticeBannerProps {
  notice: StartupNotice;
  onDismiss: () => void;
}

/** Says what happened to the data file at start-up, and where the set-aside file is. */
export function NoticeBanner({ notice, onDismiss }: NoticeBannerProps) {
  const { t } = useTranslation();
  return (
    <div className={styles.notice} role="alert">
      <p>{t(`notice.${notice.kind}`, { ...notice })}</p>
      {notice.kind !== 'newer_version' ? (
        <button type="button" className="button button-ghost" onClick={onDismiss}>
          {t('notice.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
