import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { compareIsoDates } from '../../../shared/dates';
import { CONTACT_KINDS, logContactInputSchema, type LogContactInput } from '../../../shared/ipc/request-inputs';
import { api, ApiError } from '../../api';
import { DateField } from '../../components/date-fields';
import { SelectField, TextAreaField, useErrorText } from '../../components/fields';
import { setDocument, useToday } from '../../state/app-state';
import { showToast } from '../../state/toasts';
import styles from './CardDetail.module.css';
import { refusalText } from '../../components/refusal';

type ContactValues = Omit<LogContactInput, 'requestId'>;

const FUTURE = 'date_in_future';

function contactSchema(today: string) {
  return logContactInputSchema
    .omit({ requestId: true })
    .refine((values) => compareIsoDates(values.on, today) <= 0, { message: FUTURE, path: ['on'] });
}

/** Logs an email, call, meeting or note; any of them restarts the person's check-in clock. */
export function ContactForm({ requestId, disabled, onSaved }: { requestId: string; disabled?: boolean; onSaved?: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const today = useToday();
  const schema = useMemo(() => contactSchema(today), [today]);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<ContactValues>({
    resolver: zodResolver(schema),
    defaultValues: { kind: 'email', on: today, text: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const dateError = errors.on?.message === FUTURE ? t('board.detail.futureDate') : errorText(errors.on);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const { document } = await api.requests.logContact({ requestId, ...values });
      setDocument(document);
      form.reset({ kind: values.kind, on: today, text: '' });
      showToast({ message: t('board.detail.contactSaved') });
      onSaved?.();
    } catch (error) {
      const future = error instanceof ApiError && error.issues.some((issue) => issue.code === FUTURE);
      setFailure(future ? t('board.detail.futureDate') : refusalText(t, error));
    }
  });

  return (
    <form className={styles.contactForm} onSubmit={(event) => void submit(event)} noValidate>
      <div className={styles.contactRow}>
        <SelectField label={t('board.detail.kind')} {...form.register('kind')} disabled={disabled}>
          {CONTACT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`board.kind.${kind}`)}
            </option>
          ))}
        </SelectField>
        <DateField control={form.control} name="on" label={t('board.detail.date')} max={today} error={dateError} disabled={disabled} />
      </div>
      <TextAreaField
        label={t('board.detail.text')}
        placeholder={t('board.detail.textPlaceholder')}
        rows={2}
        error={errorText(errors.text)}
        disabled={disabled}
        {...form.register('text')}
      />
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button" disabled={disabled || isSubmitting}>
          {t('board.detail.save')}
        </button>
      </div>
    </form>
  );
}
