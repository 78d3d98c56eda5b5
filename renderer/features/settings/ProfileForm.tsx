import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/schema/settings';
import { api } from '../../api';
import { TextAreaField, TextField, useErrorText } from '../../components/fields';
import { placeServerIssues } from '../../components/form-issues';
import { useMutation } from '../../components/use-mutation';
import { fromFormValues, profileFormSchema, toFormValues, type ProfileFormValues } from './profile-form';
import styles from './Settings.module.css';

export function ProfileForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [status, setStatus] = useState<'idle' | 'saved'>('idle');
  const { register, handleSubmit, formState, setError } = useForm<ProfileFormValues>({
    resolver: zodResolver(profileFormSchema),
    defaultValues: toFormValues(profile),
    mode: 'onTouched',
  });
  const { errors, isSubmitting } = formState;

  const save = useMutation((values: ProfileFormValues) => api.profile.update(fromFormValues(values)), {
    failure: 'inline',
    onSuccess: () => setStatus('saved'),
    explain: (error) => (placeServerIssues(error, setError, { prefix: '', fields: ['name', 'city', 'email', 'phone'] }).placed > 0 ? '' : null),
  });
  const onSubmit = handleSubmit(async (values) => {
    setStatus('idle');
    await save.run(values);
  });

  return (
    <form className={styles.profileForm} onSubmit={onSubmit} noValidate aria-describedby="profile-hint">
      <p id="profile-hint" className="field-hint">
        {t('settings.profileHint')}
      </p>
      <div className="form-grid">
        <TextField label={t('settings.name')} autoComplete="name" error={errorText(errors.name)} {...register('name')} />
        <TextField label={t('settings.city')} autoComplete="address-level2" error={errorText(errors.city)} {...register('city')} />
        <TextField label={t('settings.email')} type="email" autoComplete="email" error={errorText(errors.email)} {...register('email')} />
        <TextField label={t('settings.phone')} type="tel" autoComplete="tel" error={errorText(errors.phone)} {...register('phone')} />
        <TextAreaField className="span-2" label={t('settings.links')} rows={3} error={errorText(errors.links)} {...register('links')} />
      </div>
      <div className={styles.formActions}>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {t('settings.save')}
        </button>
        <span role="status" className={save.error === null && status === 'saved' ? styles.saved : 'field-error'}>
          {save.error ?? (status === 'saved' ? t('settings.saved') : '')}
        </span>
      </div>
    </form>
  );
}
