// On an application: the announced reference check, and the form that announces one.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { announceCheckInputSchema } from '../../../shared/ipc/check-inputs';
import { formatLongDate } from '../../../shared/drafts';
import type { Application } from '../../../shared/schema/application';
import { api } from '../../api';
import { DateField } from '../date-fields';
import { TextField, useErrorText } from '../fields';
import { placeServerIssues } from '../form-issues';
import { useMutation } from '../use-mutation';
import { useLanguage } from '../../state/app-state';
import styles from '../CheckPanel.module.css';

const formSchema = announceCheckInputSchema.omit({ applicationId: true });
type Values = { expectedOn: string; caller: { name: string; title: string; email: string; phone: string } };

export function AnnounceCheck({ application, disabled }: { application: Application; disabled?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const form = useForm<Values>({ defaultValues: { expectedOn: '', caller: { name: '', title: '', email: '', phone: '' } } });
  const check = application.referenceCheck ?? null;
  // Main refuses a check on an application that ended without an offer; so does the button.
  const ended = application.status === 'rejected' || application.status === 'withdrawn';

  const announce = useMutation((input: Parameters<typeof api.checks.announce>[0]) => api.checks.announce(input), {
    failure: 'inline',
    success: (result) => t('checks.announcedToast', { count: result.changedRequestIds.length }),
    onSuccess: () => {
      setOpen(false);
      form.reset();
    },
    explain: (error) => (placeServerIssues(error, form.setError, { prefix: '', fields: ['expectedOn', 'caller'] }).placed > 0 ? '' : null),
  });
  const failure = announce.error;

  const submit = form.handleSubmit(async (values) => {
    announce.clearError();
    const parsed = formSchema.safeParse({ expectedOn: values.expectedOn === '' ? null : values.expectedOn, caller: values.caller });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        form.setError(issue.path.join('.') as 'caller.email', { message: issue.message });
      }
      return;
    }
    await announce.run({ applicationId: application.id, ...parsed.data });
  });
  const errors = form.formState.errors;

  return (
    <section className={styles.section} aria-labelledby="check-title">
      <h3 id="check-title">{t('checks.section')}</h3>
      <p className="field-hint">
        {check
          ? t(check.caller.name ? 'checks.announced' : 'checks.announcedNoCaller', {
              announced: formatLongDate(check.announcedOn, language),
              caller: check.caller.title ? `${check.caller.name} (${check.caller.title})` : check.caller.name,
              when: check.expectedOn ? t('checks.whenOn', { date: formatLongDate(check.expectedOn, language) }) : t('checks.whenUnknown'),
            })
          : t('checks.none')}
      </p>
      {open ? (
        <div className={styles.form} role="group" aria-labelledby="check-title">
          <DateField control={form.control} name="expectedOn" label={t('checks.expectedOn')} hint={t('checks.expectedHint')} error={errorText(errors.expectedOn)} />
          <div className={styles.row}>
            <TextField label={t('checks.callerName')} error={errorText(errors.caller?.name)} {...form.register('caller.name')} />
            <TextField label={t('checks.callerTitle')} error={errorText(errors.caller?.title)} {...form.register('caller.title')} />
          </div>
          <div className={styles.row}>
            <TextField label={t('checks.callerEmail')} type="email" error={errorText(errors.caller?.email)} {...form.register('caller.email')} />
            <TextField label={t('checks.callerPhone')} type="tel" error={errorText(errors.caller?.phone)} {...form.register('caller.phone')} />
          </div>
          {failure ? (
            <p className="field-error" role="alert">
              {failure}
            </p>
          ) : null}
          <div className={styles.buttons}>
            <button type="button" className="button button-primary" disabled={form.formState.isSubmitting} onClick={() => void submit()}>
              {t('checks.save')}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('checks.cancel')}
            </button>
          </div>
        </div>
      ) : ended ? null : (
        <div>
          <button type="button" className="button" disabled={disabled} onClick={() => setOpen(true)}>
            {check ? t('checks.announceAgain') : t('checks.announce')}
          </button>
        </div>
      )}
    </section>
  );
}
