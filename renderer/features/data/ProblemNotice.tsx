import { useTranslation } from 'react-i18next';
import { isMessageKey } from '../../../shared/i18n';
import { useLanguage } from '../../state/app-state';
import type { Problem } from './problem';
import styles from './Data.module.css';

interface ProblemNoticeProps {
  problem: Problem;
  onDismiss?: () => void;
}

/** Announced as soon as it appears; says what went wrong and that nothing changed. */
export function ProblemNotice({ problem, onDismiss }: ProblemNoticeProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Main names its reason by a stable code; the window words it (backups and application imports).
  const reason = problem.issueCodes.flatMap((code) => [`data.problem.reason.${code}`, `applicationImport.reason.${code}`]).find(isMessageKey);
  const detail = problem.cause
    ? t(`data.problem.cause.${problem.cause.code}`, { path: problem.cause.path })
    : reason
      ? t(reason)
      : problem.kind === 'disk_full'
        ? t('data.problem.diskFullFix')
        : problem.missingColumns.length > 0
      ? t('data.problem.missingColumns', {
          columns: new Intl.ListFormat(language, { type: 'conjunction' }).format(
            problem.missingColumns.map((column) => t('data.problem.quoted', { text: column })),
          ),
        })
      : null;
  const titleKey = `data.problem.${problem.kind}`;
  return (
    <div role="alert" className={styles.problem}>
      <div className={styles.problemText}>
        <p className={styles.problemTitle}>{isMessageKey(titleKey) ? t(titleKey) : t('data.problem.other')}</p>
        {detail ? <p>{detail}</p> : null}
        <p>{t('data.problem.nothingChanged')}</p>
        {detail === null && problem.detail !== '' ? (
          // Nothing more to say in the user's words; what main said stays at hand to copy.
          <details>
            <summary>{t('errors.technicalDetail')}</summary>
            <code>{problem.detail}</code>
          </details>
        ) : null}
      </div>
      {onDismiss ? (
        <button type="button" className="button button-ghost" onClick={onDismiss}>
          {t('data.problem.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
