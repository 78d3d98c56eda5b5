import { useTranslation } from 'react-i18next';
import { useSavingPaused } from '../state/external-changes';
import styles from './AppFrame.module.css';

/**
 * While the data folder cannot be reached (a synced or removable folder went away), says
 * calmly that saving waits for it; it goes by itself once main can save again. The status
 * region is always there, so screen readers hear both the pause and its end.
 */
export function SavingPausedNotice() {
  const { t } = useTranslation();
  const paused = useSavingPaused();
  return (
    <div role="status" className={paused ? styles.notice : undefined} data-saving-paused={paused ? true : undefined}>
      {paused ? <p>{t('sync.paused')}</p> : null}
    </div>
  );
}
