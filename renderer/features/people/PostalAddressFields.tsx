// Where to post a handwritten note: street lines, postcode, town, region and country, as
// address books the world over split an address. Every part is optional.
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useErrorText, TextField } from '../../components/fields';
import type { PersonFormInput } from './person-form';

interface PostalAddressFieldsProps {
  register: UseFormRegister<PersonFormInput>;
  errors: FieldErrors<PersonFormInput>;
  /** How many street lines to offer: two, or three when a saved address has three. */
  streetLines: number;
}

export function PostalAddressFields({ register, errors, streetLines }: PostalAddressFieldsProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const address = errors.postalAddress;
  return (
    <div className="form-grid">
      {Array.from({ length: streetLines }, (_, line) => (
        <TextField
          key={line}
          className="span-2"
          label={t(line === 0 ? 'people.form.postal.street' : 'people.form.postal.streetMore', { line: line + 1 })}
          autoComplete="off"
          error={errorText(address?.street?.[line])}
          {...register(`postalAddress.street.${line}`)}
        />
      ))}
      <TextField label={t('people.form.postal.postcode')} autoComplete="off" error={errorText(address?.postcode)} {...register('postalAddress.postcode')} />
      <TextField label={t('people.form.postal.city')} autoComplete="off" error={errorText(address?.city)} {...register('postalAddress.city')} />
      <TextField label={t('people.form.postal.region')} autoComplete="off" error={errorText(address?.region)} {...register('postalAddress.region')} />
      <TextField label={t('people.form.postal.country')} autoComplete="off" error={errorText(address?.country)} {...register('postalAddress.country')} />
    </div>
  );
}
