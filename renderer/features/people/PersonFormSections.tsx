// Two parts of the person form that stand on their own: how a draft addresses the person,
// and where and when they worked with the user.
import type { FieldError, FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FORMALITIES, PRONOUNS, SALUTATIONS } from '../../../shared/schema/person';
import { LANGUAGES } from '../../../shared/schema/fields';
import { SelectField, TextField, useErrorText } from '../../components/fields';
import { yearFromInput, type PersonFormInput } from './person-form';
import styles from './People.module.css';

interface SectionProps {
  register: UseFormRegister<PersonFormInput>;
  errors: FieldErrors<PersonFormInput>;
}

/** Salutation, pronouns, formality, title and language: the words every draft uses for them. */
export function AddressingSection({ formId, register, errors }: SectionProps & { formId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
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
  );
}

export function WorkSection({ register, errors }: SectionProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  // Years have their own wording: zod's type and range messages are not sentences.
  const yearError = (error: FieldError | undefined) =>
    !error ? undefined : error.message === 'range_end_before_start' ? errorText(error) : t('people.form.yearInvalid');
  return (
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
  );
}
