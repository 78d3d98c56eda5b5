// The person form, for a new person and for editing one. It validates with the same schema
// main parses with, and still shows main's refusal field by field if main disagrees.
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, type FieldError, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isMessageKey } from '../../../shared/i18n';
import { CHANNELS, CONSENT_STATUSES, FORMALITIES, PRONOUNS, RELATIONSHIPS, referenceFieldsSchema, SALUTATIONS, type Reference, type ReferenceFields } from '../../../shared/schema/person';
import { LANGUAGES } from '../../../shared/schema/fields';
import { api, ApiError } from '../../api';
import { Dialog } from '../../components/Dialog';
import { useDiscardGuard } from '../../components/DiscardGuard';
import { DateField } from '../../components/date-fields';
import { SelectField, TextAreaField, TextField, useErrorText } from '../../components/fields';
import { setDocument } from '../../state/app-state';
import { showToast } from '../../state/toasts';
import {
  emptyPersonFields,
  numberFromInput,
  personFields,
  tidyPostalAddress,
  yearFromInput,
  type PersonFormInput,
} from './person-form';
import { PersonRequests } from './PersonRequests';
import { PostalAddressFields } from './PostalAddressFields';
import styles from './People.module.css';
import { TalkingPoints } from './TalkingPoints';
import { CurrentEmployerField } from './CurrentEmployerField';
import { PersonCalls } from './PersonCalls';
import { formIssuesOf, isNotSaved, refusalText } from '../../components/refusal';

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
  const { register, handleSubmit, control, setError, formState } = useForm<FormInput, unknown, ReferenceFields>({
    resolver: zodResolver(referenceFieldsSchema),
    defaultValues: person ? personFields(person) : emptyPersonFields(),
    // Not onTouched: adding a talking point would validate the list and flag the new, empty
    // row before the user had a chance to type. After the first save, fields re-check as typed.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { errors, isSubmitting, isDirty } = formState;
  const guard = useDiscardGuard(isDirty, onClose);

  // Numbers have their own wording: zod's type and range messages are not sentences.
  const yearError = (error: FieldError | undefined) =>
    !error ? undefined : error.message === 'range_end_before_start' ? errorText(error) : t('people.form.yearInvalid');
  const cadenceError = (error: FieldError | undefined) => (error ? t('people.form.cadenceInvalid') : undefined);

  const onSubmit = handleSubmit(
    async (fields) => {
      setFormError(null);
      try {
        const { document, id } = await api.references.save({ id: person?.id ?? null, fields: tidyPostalAddress(fields) });
        setDocument(document);
        showToast({ message: t('people.form.saved', { name: fields.name }) });
        onSaved(id, person === null);
      } catch (error) {
        showRefusal(error);
      }
    },
    () => setFormError(t('people.form.fixErrors')),
  );

  function showRefusal(error: unknown) {
    if (!(error instanceof ApiError)) {
      setFormError(t('errors.generic', { message: String(error) }));
      return;
    }
    if (isNotSaved(error)) {
      // Nothing was saved; the form stays open with what the user typed, and the reason
      // is brought into view from the end of the long form.
      setFormError(refusalText(t, error));
      requestAnimationFrame(() => window.document.getElementById(`${formId}-error`)?.scrollIntoView?.({ block: 'nearest' }));
      return;
    }
    const issues = formIssuesOf(error.issues);
    let shownOnField = false;
    for (const issue of issues) {
      if (issue.field === null) continue;
      setError(issue.field as Path<FormInput>, { type: 'server', message: issue.message }, { shouldFocus: !shownOnField });
      shownOnField = true;
    }
    const unplacedKey = `errors.${issues.find((issue) => issue.field === null)?.message ?? ''}`;
    if (shownOnField) setFormError(t('people.form.fixErrors'));
    else if (isMessageKey(unplacedKey)) setFormError(t(unplacedKey));
    else setFormError(t('errors.generic', { message: error.message }));
  }

  const footer = (
    <>
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

        <fieldset className={styles.section} aria-describedby={`${formId}-address-hint`}>
          <legend>{t('people.form.addressSection')}</legend>
          <p id={`${formId}-address-hint`} className="field-hint">
            {t('people.form.addressHint')}
          </p>
          <div className={styles.grid4}>
            <SelectField label={t('people.form.salutation')} {...register('address.salutation')}>
              {SALUTATIONS.map((value) => (
                <option key={value} value={value}>
                  {t(`people.form.salutationOption.${value}`)}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('people.form.pronouns')} {...register('address.pronouns')}>
              {PRONOUNS.map((value) => (
                <option key={value} value={value}>
                  {t(`people.form.pronounsOption.${value}`)}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('people.form.formality')} {...register('address.formality')}>
              {FORMALITIES.map((value) => (
                <option key={value} value={value}>
                  {t(`people.form.formalityOption.${value}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('people.form.title')}
              hint={t('people.form.titleHint')}
              error={errorText(errors.address?.title)}
              {...register('address.title')}
            />
            <SelectField
              label={t('people.form.language')}
              hint={t('people.form.languageHint')}
              {...register('address.language', { setValueAs: (value: unknown) => (value === '' || value === undefined ? null : value) })}
            >
              <option value="">{t('people.form.languageOption.window')}</option>
              {LANGUAGES.map((value) => (
                <option key={value} value={value}>
                  {t(`people.form.languageOption.${value}`)}
                </option>
              ))}
            </SelectField>
          </div>
        </fieldset>

        <fieldset className={styles.section}>
          <legend>{t('people.form.workSection')}</legend>
          <div className="form-grid">
            <TextField label={t('people.form.workedAt')} error={errorText(errors.workedAt)} {...register('workedAt')} />
            <TextField label={t('people.form.roleThen')} error={errorText(errors.roleThen)} {...register('roleThen')} />
            <TextField
              label={t('people.form.workedFrom')}
              type="number"
              inputMode="numeric"
              min={1950}
              max={2100}
              error={yearError(errors.workedFrom)}
              {...register('workedFrom', { setValueAs: yearFromInput })}
            />
            <TextField
              label={t('people.form.workedTo')}
              type="number"
              inputMode="numeric"
              min={1950}
              max={2100}
              hint={t('people.form.workedToHint')}
              error={yearError(errors.workedTo)}
              {...register('workedTo', { setValueAs: yearFromInput, deps: ['workedFrom'] })}
            />
          </div>
        </fieldset>

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
          {formError ?? ''}
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
