// On a card: the employer's calls to this person for this application, and logging one.
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { compareIsoDates } from '../../../shared/dates';
import { formatLongDate } from '../../../shared/drafts';
import { logEmployerCallInputSchema } from '../../../shared/ipc/check-inputs';
import type { ReferenceRequest } from '../../../shared/schema/request';
import { api } from '../../api';
import { DateField } from '../../components/date-fields';
import { TextAreaField, TextField, useErrorText } from '../../components/fields';
import { placeServerIssues } from '../../components/form-issues';
import { useMutation } from '../../components/use-mutation';
import { useLanguage, useToday } from '../../state/app-state';
import styles from '../../components/CheckPanel.module.css';
import callStyles from './EmployerCalls.module.css';

type Values = { on: string; caller: string; minutes: string; asked: string; told: string };

export function EmployerCalls({ request, disabled }: { request: ReferenceRequest; disabled?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = useToday();
  const errorText = useErrorText();
  const form = useForm<Values>({ defaultValues: { on: today, caller: '', minutes: '', asked: '', told: '' } });
  const logCall = useMutation((input: Parameters<typeof api.checks.logCall>[0]) => api.checks.logCall(input), {
    failure: 'inline',
    success: (_saved, input) => (input.told === '' ? t('checks.callSaved') : t('checks.callSavedTold')),
    onSuccess: (_saved, input) => form.reset({ on: today, caller: input.caller, minutes: '', asked: '', told: '' }),
    explain: (error) =>
      placeServerIssues(error, form.setError, { prefix: '', fields: ['on', 'caller', 'minutes', 'asked', 'told'] }).placed > 0 ? '' : null,
  });
  const failure = logCall.error;
  const errors = form.formState.errors;
  const calls = request.calls ?? [];
  if (request.applicationId === null) return null;

  const submit = form.handleSubmit(async (values) => {
    logCall.clearError();
    if (values.on !== '' && compareIsoDates(values.on, today) > 0) {
      form.setError('on', { message: 'date_in_future' });
      return;
    }
    const minutes = values.minutes.trim() === '' ? null : Number(values.minutes);
    const parsed = logEmployerCallInputSchema.safeParse({ ...values, minutes, requestId: request.id });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) form.setError(issue.path.join('.') as keyof Values, { message: issue.message });
      return;
    }
    await logCall.run(parsed.data);
  });
  const dateError = errors.on?.message === 'date_in_future' ? t('checks.futureDate') : errorText(errors.on);

  return (
    <section className={styles.section} aria-labelledby="detail-calls">
      <h3 id="detail-calls">{t('checks.calls')}</h3>
      {calls.length === 0 ? (
        <p className="field-hint">{t('checks.noCalls')}</p>
      ) : (
        <ul className={callStyles.calls}>
          {calls.map((call) => {
            const params = { date: formatLongDate(call.on, language), caller: call.caller || t('checks.callerUnknown') };
            return (
              <li key={call.id}>
                {call.minutes === null ? t('checks.callLineNoLength', params) : t('checks.callLine', { ...params, count: call.minutes })}
                {call.told ? <p className="field-hint">{call.told}</p> : null}
              </li>
            );
          })}
        </ul>
      )}
      <div className={styles.form} role="group" aria-label={t('checks.logCall')}>
        <div className={styles.row}>
          <DateField control={form.control} name="on" label={t('checks.callOn')} max={today} error={dateError} disabled={disabled} />
          <TextField label={t('checks.callCaller')} error={errorText(errors.caller)} disabled={disabled} {...form.register('caller')} />
          <TextField label={t('checks.callMinutes')} inputMode="numeric" error={errorText(errors.minutes)} disabled={disabled} {...form.register('minutes')} />
        </div>
        <TextAreaField label={t('checks.callAsked')} rows={2} error={errorText(errors.asked)} disabled={disabled} {...form.register('asked')} />
        <TextAreaField label={t('checks.callTold')} rows={2} error={errorText(errors.told)} disabled={disabled} {...form.register('told')} />
        {failure ? (
          <p className="field-error" role="alert">
            {failure}
          </p>
        ) : null}
        <div>
          <button type="button" className="button" disabled={disabled || form.formState.isSubmitting} onClick={() => void submit()}>
            {t('checks.logCall')}
          </button>
        </div>
      </div>
    </section>
  );
}
