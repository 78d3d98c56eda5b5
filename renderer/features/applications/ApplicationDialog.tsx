import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES, type Application } from '../../../shared/schema/application';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { useDiscardGuard } from '../../components/DiscardGuard';
import { DateField } from '../../components/date-fields';
import { SelectField, TextAreaField, TextField, useErrorText } from '../../components/fields';
import { isNotSaved } from '../../components/describe-error';
import { placeServerIssues } from '../../components/form-issues';
import { useMutation } from '../../components/use-mutation';
import { ChangedElsewhere, EditedElsewhereNote } from '../../components/ChangedElsewhere';
import { useFollowChangesFromElsewhere } from '../../components/changed-elsewhere-form';
import { useApplication, useToday } from '../../state/app-state';
import { showToast } from '../../state/toasts';
import { withUndo } from '../../state/undoable';
import {
  applicationFormResolver,
  emptyApplicationForm,
  fromApplicationForm,
  toApplicationForm,
  type ApplicationFormValues,
} from './application-form';
import styles from './Applications.module.css';
import { InterviewsEditor } from './InterviewsEditor';
import { AddToCalendar } from './AddToCalendar';
import { LinkedPeople } from './LinkedPeople';
import { OutcomeActions } from './OutcomeActions';
import { AnnounceCheck } from '../../components/bench/AnnounceCheck';
import { CloseSearchSection } from './CloseSearchSection';
import { RequirementsField } from './RequirementsField';

interface ApplicationDialogProps {
  /** null: a new application. */
  applicationId: string | null;
  onClose: () => void;
  onOpenSheet?: (applicationId: string) => void;
  returnFocus?: () => HTMLElement | null | undefined;
}

export function ApplicationDialog({ applicationId, onClose, onOpenSheet, returnFocus }: ApplicationDialogProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const today = useToday();
  const [savedId, setSavedId] = useState(applicationId);
  const [closingSearch, setClosingSearch] = useState(false);
  const application = useApplication(savedId) ?? undefined;
  const { register, handleSubmit, control, formState, setError, reset, resetField } = useForm<ApplicationFormValues>({
    resolver: applicationFormResolver,
    defaultValues: application ? toApplicationForm(application) : emptyApplicationForm(),
    mode: 'onTouched',
  });
  const { errors, isSubmitting, isDirty } = formState;
  // An outcome recorded above the form changes the status; saving the form must not undo it.
  const savedStatus = application?.status;
  useEffect(() => {
    if (savedStatus) resetField('status', { defaultValue: savedStatus });
  }, [savedStatus, resetField]);
  const guard = useDiscardGuard(isDirty, onClose);
  const changedWhileEditing = useFollowChangesFromElsewhere(savedId, () => (application ? toApplicationForm(application) : null), reset, isDirty);

  const save = useMutation((values: ApplicationFormValues) => api.applications.save({ id: savedId, fields: fromApplicationForm(values) }), {
    failure: 'inline',
    onSuccess: (result, values) => {
      const movedFrom = result.movedToInterviewingFrom;
      if (movedFrom !== null) {
        // The new interview date moved the status on; say so, and let the user take it back.
        const applicationId = result.id;
        showToast({
          message: t('applications.movedToInterviewing', { company: values.company.trim() }),
          action: {
            label: t('applications.undoMove'),
            run: async () => {
              await api.applications.setStatus({ applicationId, status: movedFrom, on: today });
              showToast({ message: t('applications.moveUndone', { status: t(`records.status.${movedFrom}`) }) });
            },
          },
        });
      } else showToast({ message: t('applications.saved') });
      if (savedId === null) {
        // The new application stays open; what was just saved is no longer an unsaved edit.
        const saved = result.document.applications.find((item) => item.id === result.id);
        reset(saved ? toApplicationForm(saved) : values);
        setSavedId(result.id);
      } else onClose();
    },
    // Main's refusal in the window's language: on the fields it names, and in one line by the buttons.
    explain: (error) => (!isNotSaved(error) && placeServerIssues(error, setError).placed > 0 ? t('applications.fixErrors') : null),
  });
  const serverError = save.error;
  const onSubmit = handleSubmit(async (values) => void (await save.run(values)));

  const remove = (target: Application) => {
    onClose();
    void withUndo(api.applications.delete({ id: target.id }), `${target.company} · ${target.role}`, t);
  };

  return (
    <Dialog
      wide
      // Once created, the dialog goes back to the top, to "Add a reference": who vouches comes next.
      focusKey={savedId}
      {...(returnFocus ? { returnFocus } : {})}
      title={application ? `${application.company} · ${application.role}` : t('applications.new')}
      onClose={guard.close}
      footer={
        guard.prompt ?? (
          <>
            <EditedElsewhereNote shown={changedWhileEditing} />
            {serverError ? (
              // Beside the buttons, where it is seen whatever part of the long form is in view.
              <p className="field-error" role="alert">
                {serverError}
              </p>
            ) : null}
            {application ? (
              <button type="button" className={`button button-danger ${styles.footerStart}`} onClick={() => remove(application)}>
                {t('applications.delete')}
              </button>
            ) : null}
            {application && onOpenSheet ? (
              <button type="button" className="button" onClick={() => onOpenSheet(application.id)}>
                {t('applications.sheet')}
              </button>
            ) : null}
            <button type="button" className="button" onClick={guard.close}>
              {t('common.close')}
            </button>
            <button type="submit" form="application-form" className="button button-primary" disabled={isSubmitting}>
              {application ? t('applications.save') : t('applications.create')}
            </button>
          </>
        )
      }
    >
      {application ? (
        // What changes most once an application exists comes first: who vouches, and the answer.
        <div className={styles.summary}>
          <LinkedPeople application={application} />
          <OutcomeActions application={application} onCloseSearch={() => setClosingSearch(true)} />
          <CloseSearchSection application={application} open={closingSearch} onOpenChange={setClosingSearch} />
          <AnnounceCheck application={application} />
          <ChangedElsewhere entries={application.overwritten} />
        </div>
      ) : null}
      <form id="application-form" className={styles.form} onSubmit={onSubmit} noValidate>
        <div className="form-grid">
          <TextField label={t('applications.fields.company')} data-autofocus error={errorText(errors.company)} {...register('company')} />
          <TextField label={t('applications.fields.role')} error={errorText(errors.role)} {...register('role')} />
          <TextField label={t('applications.fields.location')} error={errorText(errors.location)} {...register('location')} />
          <SelectField label={t('applications.fields.status')} {...register('status')}>
            {APPLICATION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`records.status.${status}`)}
              </option>
            ))}
          </SelectField>
          <TextField className="span-2" type="url" label={t('applications.fields.postingUrl')} placeholder="https://" error={errorText(errors.postingUrl)} {...register('postingUrl')} />
          <DateField control={control} name="appliedOn" label={t('applications.fields.appliedOn')} error={errorText(errors.appliedOn)} />
          <DateField
            control={control}
            name="referenceCheckOn"
            label={t('applications.fields.referenceCheckOn')}
            hint={t('applications.fields.referenceCheckHint')}
            error={errorText(errors.referenceCheckOn)}
          />
        </div>
        <RequirementsField control={control} />
        <InterviewsEditor control={control} register={register} errors={errors} today={today}>
          {application ? <AddToCalendar application={application} dirty={isDirty} /> : null}
        </InterviewsEditor>
        <fieldset className={styles.group}>
          <legend>{t('applications.fields.contact')}</legend>
          <div className="form-grid">
            <TextField label={t('applications.fields.contactName')} error={errorText(errors.contact?.name)} {...register('contact.name')} />
            <TextField label={t('applications.fields.contactRole')} error={errorText(errors.contact?.role)} {...register('contact.role')} />
            <TextField type="email" label={t('applications.fields.contactEmail')} error={errorText(errors.contact?.email)} {...register('contact.email')} />
            <TextField type="tel" label={t('applications.fields.contactPhone')} error={errorText(errors.contact?.phone)} {...register('contact.phone')} />
          </div>
        </fieldset>
        <TextAreaField label={t('applications.fields.notes')} rows={3} error={errorText(errors.notes)} {...register('notes')} />
      </form>
    </Dialog>
  );
}
