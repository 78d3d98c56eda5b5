import { useTranslation } from 'react-i18next';
import { toIsoDate } from '../../../shared/dates';
import { OUTCOME_STATUSES, type Application } from '../../../shared/schema/application';
import { api } from '../../api';
import { useMutation } from '../../components/use-mutation';
import { showToast } from '../../state/toasts';
import styles from './Applications.module.css';

/** One obvious action for the moment the answer comes in. */
export function OutcomeActions({ application, onCloseSearch }: { application: Application; onCloseSearch?: () => void }) {
  const { t } = useTranslation();
  const { run: record } = useMutation(
    (status: (typeof OUTCOME_STATUSES)[number]) => api.applications.setStatus({ applicationId: application.id, status, on: toIsoDate(new Date()) }),
    {
      onSuccess: (result, status) => {
        const moved = result.movedRequestIds.length;
        showToast({
          message: [t('applications.outcome.recorded', { status: t(`records.status.${status}`) }), moved > 0 ? t('applications.outcome.moved', { count: moved }) : '']
            .filter(Boolean)
            .join(' '),
          // An offer is when the search may end; the user says whether they accepted it.
          ...(status === 'offer' && onCloseSearch ? { action: { label: t('closeSearch.open'), run: onCloseSearch } } : {}),
        });
      },
    },
  );
  return (
    <section className={styles.outcome} aria-labelledby="outcome-title">
      <div>
        <h3 id="outcome-title">{t('applications.outcome.title')}</h3>
        <p className="field-hint">{t('applications.outcome.hint')}</p>
      </div>
      <div className={styles.outcomeButtons} role="group" aria-labelledby="outcome-title">
        {OUTCOME_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`button ${application.status === status ? 'button-primary' : ''}`}
            aria-pressed={application.status === status}
            onClick={() => void record(status)}
          >
            {t(`applications.outcome.${status}`)}
          </button>
        ))}
      </div>
    </section>
  );
}
