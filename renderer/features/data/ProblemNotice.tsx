import { useTranslation } from 'react-i18next';
import type { Problem } from './problem';
import styles from './Data.module.css';

interface ProblemNoticeProps {
  problem: Problem;
  onDismiss?: () => void;
}

/** Announced as soon as it appears; says what went wrong and that nothing changed. */
export function ProblemNotice({ problem, onDismiss }: ProblemNoticeProps) {
  const { t } = useTranslation();
  return (
    <div role="alert" className={styles.problem}>
      <div className={styles.problemText}>
        <p className={styles.problemTitle}>{t(`data.problem.${problem.kind}`, { defaultValue: t('data.problem.other') })}</p>
        {problem.detail ? <p>{problem.detail}</p> : null}
        <p>{t('data.problem.nothingChanged')}</p>
      </div>
      {onDismiss ? (
        <button type="button" className="button button-ghost" onClick={onDismiss}>
          {t('data.problem.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
