// "Details confirmed": the person told you their title, email and phone are current. Shows
// when that was, and a gentle hint once it is over a year old (the sheet picker warns then too).
import { useTranslation } from 'react-i18next';
import { detailsAreStale } from '../../../shared/bench/fit';
import { formatLongDate } from '../../../shared/drafts';
import type { Reference } from '../../../shared/schema/person';
import { useLanguage, useToday } from '../../state/app-state';
import { useMutation } from '../use-mutation';
import { confirmDetails } from './bench-actions';
import styles from './Bench.module.css';

export function DetailsConfirmed({ person, disabled }: { person: Reference; disabled?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = useToday();
  const confirmedOn = person.detailsConfirmedOn ?? null;
  const stale = detailsAreStale(person, today);
  const statusId = `details-${person.id}`;

  const { run: confirm, busy, error: failure } = useMutation(() => confirmDetails(person.id, today), {
    failure: 'inline',
    success: () => t('bench.details.saved', { name: person.name }),
  });

  return (
    <div className={styles.details}>
      <p id={statusId} className={stale ? styles.staleNote : 'field-hint'} role="status">
        {confirmedOn === null ? t('bench.details.never') : t('bench.details.confirmedOn', { date: formatLongDate(confirmedOn, language) })}
        {confirmedOn !== null && stale ? ` ${t('bench.details.stale', { name: person.name })}` : ''}
      </p>
      <div className={styles.detailsRow}>
        <button
          type="button"
          className="button"
          aria-label={`${t('bench.details.confirm')}: ${person.name}`}
          aria-describedby={statusId}
          disabled={disabled || busy}
          onClick={() => void confirm()}
        >
          {t('bench.details.confirm')}
        </button>
        {stale ? <span className="field-hint">{t('bench.details.hint', { name: person.name })}</span> : null}
      </div>
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
