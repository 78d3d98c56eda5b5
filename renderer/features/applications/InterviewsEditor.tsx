import type { ReactNode } from 'react';
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { INTERVIEW_KINDS } from '../../../shared/schema/application';
import { DateField, TimeField } from '../../components/date-fields';
import { SelectField, TextField, useErrorText } from '../../components/fields';
import type { ApplicationFormValues } from './application-form';
import styles from './Applications.module.css';

interface InterviewsEditorProps {
  control: Control<ApplicationFormValues>;
  register: UseFormRegister<ApplicationFormValues>;
  errors: FieldErrors<ApplicationFormValues>;
  today: string;
  /** Shown beside "Add interview", e.g. "Add to calendar" once interviews are saved. */
  children?: ReactNode;
}

export function InterviewsEditor({ control, register, errors, today, children }: InterviewsEditorProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { fields, append, remove } = useFieldArray({ control, name: 'interviews' });
  return (
    <fieldset className={styles.group}>
      <legend>{t('applications.interviews.title')}</legend>
      {fields.length === 0 ? <p className="field-hint">{t('applications.interviews.empty')}</p> : null}
      <ul className={styles.interviewList}>
        {fields.map((field, index) => (
          <li key={field.id} className={styles.interviewRow}>
            <DateField control={control} name={`interviews.${index}.date`} label={t('applications.interviews.date')} error={errorText(errors.interviews?.[index]?.date)} />
            <TimeField control={control} name={`interviews.${index}.time`} label={t('applications.interviews.time')} error={errorText(errors.interviews?.[index]?.time)} />
            <SelectField label={t('applications.interviews.kind')} {...register(`interviews.${index}.kind`)}>
              {INTERVIEW_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`applications.interviews.kinds.${kind}`)}
                </option>
              ))}
            </SelectField>
            <TextField label={t('applications.interviews.note')} error={errorText(errors.interviews?.[index]?.note)} {...register(`interviews.${index}.note`)} />
            <button
              type="button"
              className={`button button-ghost ${styles.removeButton}`}
              aria-label={t('applications.interviews.remove', { date: field.date || '…' })}
              onClick={() => remove(index)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className={styles.interviewActions}>
        <button
          type="button"
          className="button"
          onClick={() => append({ id: crypto.randomUUID(), date: today, time: '', kind: 'video', note: '' })}
        >
          {t('applications.interviews.add')}
        </button>
        {children}
      </div>
    </fieldset>
  );
}
