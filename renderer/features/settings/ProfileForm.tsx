import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/schema/settings';
import { api } from '../../api';
import { TextAreaField, TextField, useErrorText } from '../../components/fields';
import { setDocument } from '../../state/app-state';
import { fromFormValues, profileFormSchema, toFormValues, type ProfileFormValues } from './profile-form';
import styles from './Settings.module.css';
import { refusalText } from '../../components/refusal';

export function ProfileForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [status, setStatus] = useState<'idle' | 'saved' | string>('idle');
  const { register, handleSubmit, formState } = useForm<ProfileFormValues>({
    resolver: zodResolver(profileFormSchema),
    defaultValues: toFormValues(profile),
    mode: 'onTouched',
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    try {
      const { document } = await api.profile.update(fromFormValues(values));
      setDocument(document);
      setStatus('saved');
    } catch (error) {
      setStatus(refusalText(t, error));
    }
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
        <span role="status" className={status === 'saved' ? styles.saved : 'field-error'}>
          {status === 'idle' ? '' : status === 'saved' ? t('settings.saved') : status}
        </span>
      </div>
    </form>
  );
}
