// The person form, for a new person and for editing one. It validates with the same schema
// main parses with, and still shows main's refusal field by field if main disagrees.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CHANNELS, CONSENT_STATUSES, RELATIONSHIPS, referenceFieldsSchema, type Reference, type ReferenceFields } from '../../../shared/schema/person';
import { isMessageKey } from '../../../shared/i18n';
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
import {
  emptyPersonFields,
  numberFromInput,
  personFields,
  tidyPostalAddress,
  type PersonFormInput,
} from './person-form';
import { AddressingSection, WorkSection } from './PersonFormSections';
import { PersonRequests } from './PersonRequests';
import { PostalAddressFields } from './PostalAddressFields';
import styles from './People.module.css';
import { TalkingPoints } from './TalkingPoints';
import { CurrentEmployerField } from './CurrentEmployerField';
import { PersonCalls } from './PersonCalls';

interface PersonDialogProps {
  /** null for a new person. */
  person: Reference | null;
  onClose: () => void;
  /** A new person stays open as an edit, so they can be asked for a reference right away. */
  onSaved: (id: string, created: boolean) => void;
  onDelete: (person: Reference) => void;
  /** Just created: focus goes to "Ask for a reference for…", the next thing to do with them. */
  justCreated?: boolean;
  returnFocus?: () => HTMLElement | null | undefined;
}

type FormInput = PersonFormInput;

export function PersonDialog({ person, onClose, onSaved, onDelete, justCreated = false, returnFocus }: PersonDialogProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const formId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, control, setError, formState, reset } = useForm<FormInput, unknown, ReferenceFields>({
    resolver: zodResolver(referenceFieldsSchema),
    defaultValues: person ? personFields(person) : emptyPersonFields(),
    // Not onTouched: adding a talking point would validate the list and flag the new, empty
    // row before the user had a chance to type. After the first save, fields re-check as typed.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { errors, isSubmitting, isDirty } = formState;
  const guard = useDiscardGuard(isDirty, onClose);
  const changedWhileEditing = useFollowChangesFromElsewhere(person?.id ?? null, () => (person ? personFields(person) : null), reset, isDirty);

  // Numbers have their own wording: zod's type and range messages are not sentences.
  const cadenceError = (error: FieldError | undefined) => (error ? t('people.form.cadenceInvalid') : undefined);

  const save = useMutation((fields: ReferenceFields) => api.references.save({ id: person?.id ?? null, fields: tidyPostalAddress(fields) }), {
    failure: 'inline',
    success: (_saved, fields) => t('people.form.saved', { name: fields.name }),
    onSuccess: ({ id }) => onSaved(id, person === null),
    explain: (error) => {
      // Nothing was saved; the form stays open with what the user typed, and the effect
      // below brings the reason into view from the end of the long form.
      if (isNotSaved(error)) return null;
      const { placed, formMessage } = placeServerIssues(error, setError);
      if (placed > 0) return t('people.form.fixErrors');
      const unplacedKey = `errors.${formMessage ?? ''}`;
      return isMessageKey(unplacedKey) ? t(unplacedKey) : null;
    },
  });

  // Scrolled to once the sentence is on screen: before that the paragraph is empty, and
  // bringing an empty line into view leaves the sentence under the footer.
  const notSavedReason = save.error;
  useEffect(() => {
    if (notSavedReason) window.document.getElementById(`${formId}-error`)?.scrollIntoView?.({ block: 'nearest' });
  }, [notSavedReason, formId]);

  const onSubmit = handleSubmit(
    async (fields) => {
      setFormError(null);
      await save.run(fields);
    },
    () => setFormError(t('people.form.fixErrors')),
  );

  const footer = (
    <>
      <EditedElsewhereNote shown={changedWhileEditing} />
      {person ? (
        <button type="button" className={`button button-danger ${styles.footerStart}`} onClick={() => onDelete(person)}>
          {t('people.form.delete')}
        </button>
      ) : null}
      <button type="button" className="button" onClick={guard.close}>
        {t('common.cancel')}
      </button>
      <button type="submit" form={formId} className="button button-primary" disabled={isSubmitting}>
        {person ? t('people.form.save') : t('people.form.create')}
      </button>
    </>
  );

  return (
    <Dialog
      title={person ? t('people.form.editTitle', { name: person.name }) : t('people.form.newTitle')}
      onClose={guard.close}
      footer={guard.prompt ?? footer}
      wide
      {...(returnFocus ? { returnFocus } : {})}
    >
      <form id={formId} className={styles.form} onSubmit={onSubmit} noValidate>
        <ChangedElsewhere entries={person?.overwritten} />
        <fieldset className={styles.section}>
          <legend>{t('people.form.whoSection')}</legend>
          <div className="form-grid">
            <TextField label={t('people.form.name')} autoComplete="off" data-autofocus={justCreated ? undefined : true} error={errorText(errors.name)} {...register('name')} />
            <SelectField label={t('people.form.relationship')} error={errorText(errors.relationship)} {...register('relationship')}>
              {RELATIONSHIPS.map((value) => (
                <option key={value} value={value}>
                  {t(`records.relationship.${value}`)}
                </option>
              ))}
            </SelectField>
            <TextField label={t('people.form.currentTitle')} error={errorText(errors.currentTitle)} {...register('currentTitle')} />
            <TextField label={t('people.form.organisation')} error={errorText(errors.organisation)} {...register('organisation')} />
            <CurrentEmployerField register={register} />
          </div>
        </fieldset>

        <AddressingSection formId={formId} register={register} errors={errors} />

        <WorkSection register={register} errors={errors} />

        <fieldset className={styles.section}>
          <legend>{t('people.form.contactSection')}</legend>
          <div className="form-grid">
            <TextField label={t('people.form.email')} type="email" autoComplete="off" error={errorText(errors.email)} {...register('email')} />
            <TextField label={t('people.form.phone')} type="tel" autoComplete="off" error={errorText(errors.phone)} {...register('phone')} />
            <TextField
              label={t('people.form.linkedin')}
              type="url"
              placeholder="https://www.linkedin.com/in/…"
              error={errorText(errors.linkedin)}
              {...register('linkedin')}
            />
            <SelectField label={t('people.form.preferredChannel')} {...register('preferredChannel')}>
              {CHANNELS.map((value) => (
                <option key={value} value={value}>
                  {t(`people.form.channel.${value}`)}
                </option>
              ))}
            </SelectField>
          </div>
        </fieldset>

        <fieldset className={styles.section} aria-describedby={`${formId}-postal-hint`}>
          <legend>{t('people.form.postal.section')}</legend>
          <p id={`${formId}-postal-hint`} className="field-hint">
            {t('people.form.postal.hint')}
          </p>
          <PostalAddressFields
            register={register}
            errors={errors}
            streetLines={Math.max(2, person?.postalAddress?.street.length ?? 0)}
          />
        </fieldset>

        <fieldset className={styles.section}>
          <legend>{t('people.form.touchSection')}</legend>
          <div className="form-grid">
            <DateField
              control={control}
              name="lastContactedOn"
              empty={null}
              label={t('people.form.lastContactedOn')}
              hint={t('people.form.lastContactedHint')}
              error={errorText(errors.lastContactedOn)}
            />
            <TextField
              label={t('people.form.cadenceMonths')}
              type="number"
              inputMode="numeric"
              min={1}
              max={60}
              hint={t('people.form.cadenceHint')}
              error={cadenceError(errors.cadenceMonths)}
              {...register('cadenceMonths', { setValueAs: numberFromInput })}
            />
          </div>
        </fieldset>

        <fieldset className={styles.section} aria-describedby={`${formId}-points-hint`}>
          <legend>{t('people.form.pointsSection')}</legend>
          <p id={`${formId}-points-hint`} className="field-hint">
            {t('people.form.pointsHint')}
          </p>
          <TalkingPoints control={control} register={register} errors={errors} />
        </fieldset>

        <fieldset className={styles.section}>
          <legend>{t('people.form.consentSection')}</legend>
          <div className={styles.grid3}>
            <SelectField label={t('people.form.consentStatus')} {...register('consent.status')}>
              {CONSENT_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`records.consent.${value}`)}
                </option>
              ))}
            </SelectField>
            <DateField control={control} name="consent.askedOn" empty={null} label={t('people.form.askedOn')} error={errorText(errors.consent?.askedOn)} />
            <DateField control={control} name="consent.answeredOn" empty={null} label={t('people.form.answeredOn')} error={errorText(errors.consent?.answeredOn)} />
          </div>
        </fieldset>

        <fieldset className={styles.section}>
          <legend className="visually-hidden">{t('people.form.notes')}</legend>
          <TextAreaField label={t('people.form.notes')} rows={3} error={errorText(errors.notes)} {...register('notes')} />
        </fieldset>

        <p role="alert" className="field-error" id={`${formId}-error`}>
          {formError ?? save.error ?? ''}
        </p>
      </form>
      {person ? (
        <>
          <PersonRequests person={person} autoFocus={justCreated} />
          <PersonCalls person={person} />
        </>
      ) : (
        <p className={`field-hint ${styles.saveFirst}`}>{t('people.links.saveFirst')}</p>
      )}
    </Dialog>
  );
}
