import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/schema/fields';
import type { LogEntry } from '../../../shared/schema/request';
import { RelativeDate } from '../../components/RelativeDate';
import { activityText, newestFirst } from './activity-text';
import styles from './CardDetail.module.css';

export function ActivityLog({ log, language }: { log: readonly LogEntry[]; language: Language }) {
  const { t } = useTranslation();
  const entries = newestFirst(log);
  return (
    <section className={styles.section} aria-labelledby="detail-activity">
      <h3 id="detail-activity">{t('board.detail.activity')}</h3>
      {entries.length === 0 ? (
        <p className={styles.muted}>{t('board.detail.noActivity')}</p>
      ) : (
        <ol className={styles.log}>
          {entries.map((entry) => {
            const { title, body } = activityText(entry, t, language);
            return (
              <li key={entry.id} data-kind={entry.kind}>
                <span className={styles.logDot} aria-hidden="true" />
                <div>
                  <p className={styles.logTitle}>
                    {title} <span className={styles.logDate}><RelativeDate date={entry.on} /></span>
                  </p>
                  {body ? <p className={styles.logBody}>{body}</p> : null}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
