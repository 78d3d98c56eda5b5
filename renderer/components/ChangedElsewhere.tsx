// The values of a record that a later change on another computer replaced while the two
// were apart: kept and shown, newest first, so nothing is lost without the user seeing it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overwritten } from '../../shared/schema/overwritten';
import { useLanguage } from '../state/app-state';
import styles from './ChangedElsewhere.module.css';
import { fieldName, momentText, valueText } from './overwritten-text';

export function ChangedElsewhere({ entries }: { entries: Overwritten | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  if (!entries || entries.length === 0) return null;
  const newestFirst = [...entries].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className={styles.history} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.title}>
        {t('sync.history.title')}
      </h3>
      <p className={styles.hint}>{t('sync.history.hint')}</p>
      <ul className={styles.list}>
        {newestFirst.map((entry, index) => (
          <li key={`${entry.field}-${entry.at}-${index}`} className={styles.entry}>
            <span className={styles.what}>{t('sync.history.entry', { field: fieldName(entry.field, t), value: valueText(entry.field, entry.value, t, language) })}</span>{' '}
            <span className={styles.source}>{t('sync.history.source', { device: entry.device, at: momentText(entry.at, language) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Said in an open form's footer when another computer changed its record while the user
 * was typing: beside the buttons, it is seen wherever in the long form the user is.
 */
export function EditedElsewhereNote({ shown }: { shown: boolean }) {
  const { t } = useTranslation();
  return (
    <div role="status" className={styles.footerNote}>
      {shown ? <p className={styles.note}>{t('sync.editedElsewhere')}</p> : null}
    </div>
  );
}
