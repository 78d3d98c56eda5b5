// "Works at my current employer": such a person stays off reference sheets until the
// application has an offer (shared/bench/fit.ts), so the search stays quiet at work.
import { useId } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PersonFormInput } from './person-form';
import styles from './CurrentEmployerField.module.css';

export function CurrentEmployerField({ register }: { register: UseFormRegister<PersonFormInput> }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className={styles.check}>
      <input id={id} type="checkbox" aria-describedby={`${id}-hint`} {...register('atCurrentEmployer')} />
      <div className={styles.text}>
        <label htmlFor={id}>{t('bench.currentEmployer.label')}</label>
        <span id={`${id}-hint`} className="field-hint">
          {t('bench.currentEmployer.hint')}
        </span>
      </div>
    </div>
  );
}
