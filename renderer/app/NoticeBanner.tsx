import { useTranslation } from 'react-i18next';
import type { StartupNotice } from '../../shared/ipc/contract';
import styles from './AppFrame.module.css';
import { MissingFolderActions } from './MissingFolderActions';

interface NoticeBannerProps {
  notice: StartupNotice;
  onDismiss: () => void;
}

/** "2 December 2026 at 17:05" / "2. Dezember 2026 um 17:05 Uhr", in the window's language. */
function momentText(iso: string, language: string): string {
  const german = language.startsWith('de');
  const text = new Intl.DateTimeFormat(german ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
  return german ? `${text} Uhr` : text;
}

/** Says what happened to the data file at start-up, and where the set-aside file is. */
export function NoticeBanner({ notice, onDismiss }: NoticeBannerProps) {
  const { t, i18n } = useTranslation();
  const values =
    notice.kind === 'recovered_from_backup'
      ? { ...notice, count: notice.replayed, backupTakenAt: momentText(notice.backupTakenAt, i18n.language) }
      : { ...notice };
  return (
    <div className={styles.notice} role={notice.kind === 'backup_failed' ? 'status' : 'alert'}>
      <p>{t(`notice.${notice.kind}`, values)}</p>
      {notice.kind === 'data_folder_missing' ? <MissingFolderActions /> : null}
      {notice.kind !== 'newer_version' && notice.kind !== 'data_folder_missing' ? (
        <button type="button" className="button button-ghost" onClick={onDismiss}>
          {t('notice.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
