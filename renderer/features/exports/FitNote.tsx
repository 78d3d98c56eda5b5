// Under a person in the sheet picker: why they rank where they do, and kind warnings.
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../state/app-state';
import styles from './FitNote.module.css';
import type { FitNoteData } from './sheet-fit';

export function FitNote({ id, name, note }: { id: string; name: string; note: FitNoteData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { entry, rested } = note;
  const warnings: string[] = [];
  if (entry.warnings.includes('leaned_on')) {
    warnings.push(
      rested
        ? t('checks.fit.leanedOnRested', { name, count: entry.load.callsLast30, rested })
        : t('checks.fit.leanedOn', { name, count: entry.load.callsLast30 }),
    );
  }
  if (entry.warnings.includes('stale_details')) warnings.push(t('checks.fit.stale'));
  if (entry.warnings.includes('current_employer')) warnings.push(t('checks.fit.currentEmployer'));
  return (
    <span id={id} className={styles.fitNote}>
      <span>{entry.explanation[language]}</span>
      <span className={styles.load}>{t('checks.fit.load', { last30: entry.load.callsLast30, last90: entry.load.callsLast90, open: entry.load.openRequests })}</span>
      {warnings.map((warning) => (
        <span key={warning} className={styles.fitWarning}>
          {warning}
        </span>
      ))}
    </span>
  );
}
