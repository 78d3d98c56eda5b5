import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { compareIsoDates } from '../../../shared/dates';
import { CONTACT_KINDS, logContactInputSchema, type LogContactInput } from '../../../shared/ipc/request-inputs';
import { api } from '../../api';
import { DateField } from '../../components/date-fields';
import { SelectField, TextAreaField, useErrorText } from '../../components/fields';
import { placeServerIssues } from '../../components/form-issues';
import { useMutation } from '../../components/use-mutation';
import { useToday } from '../../state/app-state';
import styles from './CardDetail.module.css';

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
  const form = useForm<ContactValues>({
    resolver: zodResolver(schema),
    defaultValues: { kind: 'email', on: today, text: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const dateError = errors.on?.message === FUTURE ? t('board.detail.futureDate') : errorText(errors.on);

  const logContact = useMutation((values: ContactValues) => api.requests.logContact({ requestId, ...values }), {
    failure: 'inline',
    success: () => t('board.detail.contactSaved'),
    onSuccess: (_saved, values) => {
      form.reset({ kind: values.kind, on: today, text: '' });
      onSaved?.();
    },
    // Main's own check (a date in the future) shows on the field it names, as the form's would.
    explain: (error) => (placeServerIssues(error, form.setError, { prefix: '', fields: ['kind', 'on', 'text'] }).placed > 0 ? '' : null),
  });
  const failure = logContact.error;
  const submit = form.handleSubmit(async (values) => void (await logContact.run(values)));

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
