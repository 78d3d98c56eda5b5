// The role's key requirements as short tags, typed or pasted from the posting. The sheet
// picker ranks people by how many of them their talking-point themes share.
import { useMemo } from 'react';
import { useController, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/fields';
import { TagInput } from '../../components/TagInput';
import { useDocument } from '../../state/app-state';
import type { ApplicationFormValues } from './application-form';

/** The schema's limits (shared/schema.ts, applicationFieldsSchema.keyRequirements). */
const MAX_REQUIREMENTS = 30;
const REQUIREMENT_LENGTH = 80;

export function RequirementsField({ control }: { control: Control<ApplicationFormValues> }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const document = useDocument();
  const { field, fieldState } = useController({ control, name: 'keyRequirements' });
  // Themes first: a requirement spelled like a theme is one the bench can match.
  const suggestions = useMemo(
    () => [
      ...document.references.flatMap((person) => person.talkingPoints.flatMap((point) => point.themes ?? [])),
      ...document.applications.flatMap((application) => application.keyRequirements ?? []),
    ],
    [document],
  );
  return (
    <TagInput
      label={t('bench.requirements.label')}
      value={field.value ?? []}
      onChange={(next) => field.onChange(next)}
      suggestions={suggestions}
      suggestionsLabel={t('bench.themes.suggestions')}
      removeLabel={(tag) => t('bench.requirements.remove', { tag })}
      max={MAX_REQUIREMENTS}
      maxLength={REQUIREMENT_LENGTH}
      fullText={t('bench.requirements.full')}
      hint={t('bench.requirements.hint')}
      placeholder={t('bench.requirements.placeholder')}
      error={errorText(fieldState.error)}
    />
  );
}
