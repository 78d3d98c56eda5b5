import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { useLanguage } from '../state/app-state';
import styles from './ShowMore.module.css';

interface ShowMoreButtonProps {
  /** How many are not shown yet. */
  remaining: number;
  /** How many one press adds. */
  step: number;
  onShowMore: () => void;
  /** `tile` sits at the foot of a board column; `bar` under a table or list. */
  variant?: 'tile' | 'bar';
}

/** "Show 50 more", saying how many are still hidden; a plain button, so keyboard and screen readers reach it. */
export function ShowMoreButton({ remaining, step, onShowMore, variant = 'bar' }: ShowMoreButtonProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (remaining <= 0) return null;
  const next = Math.min(step, remaining);
  const formatted = formatNumber(remaining, language);
  return (
    <button type="button" className={`${styles.showMore} ${variant === 'tile' ? styles.tile : styles.bar}`} onClick={onShowMore}>
      {next === remaining ? (
        <span className={styles.label}>{t('records.showRest', { count: next })}</span>
      ) : (
        <>
          <span className={styles.label}>{t('records.showMore', { count: next })}</span>{' '}
          <span className={styles.remaining}>{t('records.notShown', { count: remaining, formatted })}</span>
        </>
      )}
    </button>
  );
}
