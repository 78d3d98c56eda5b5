// The themes of one talking point ("delivery", "hiring"), as free tags. Suggestions are the
// themes already typed, on this person's other points or anyone else's, and the key
// requirements of the applications, since matching those is what themes are for.
import { useMemo } from 'react';
import { useController, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RekindleDocument } from '../../../shared/schema/document';
import { useErrorText } from '../../components/fields';
import { TagInput } from '../../components/TagInput';
import { useDocument } from '../../state/app-state';
import type { PersonFormInput, PersonFormValues } from './person-form';

/** The schema's limits for themes on a point (shared/schema.ts, talkingPointSchema). */
const MAX_THEMES = 20;
const THEME_LENGTH = 60;

export function knownThemes(document: RekindleDocument, typed: readonly (readonly string[] | undefined)[]): string[] {
  return [
    ...typed.flatMap((themes) => themes ?? []),
    ...document.references.flatMap((person) => person.talkingPoints.flatMap((point) => point.themes ?? [])),
    ...document.applications.flatMap((application) => application.keyRequirements ?? []),
  ];
}

interface ThemeTagsProps {
  control: Control<PersonFormInput, unknown, PersonFormValues>;
  index: number;
}

export function ThemeTags({ control, index }: ThemeTagsProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const document = useDocument();
  // What the user typed on this form's other points counts before anything is saved.
  const points = useWatch({ control, name: 'talkingPoints' });
  const { field, fieldState } = useController({ control, name: `talkingPoints.${index}.themes` });
  const suggestions = useMemo(() => knownThemes(document, points.map((point) => point.themes)), [document, points]);
  const number = index + 1;
  return (
    <TagInput
      label={t('bench.themes.label', { number })}
      value={field.value ?? []}
      onChange={(next) => field.onChange(next)}
      suggestions={suggestions}
      suggestionsLabel={t('bench.themes.suggestions')}
      removeLabel={(tag) => t('bench.themes.remove', { tag })}
      max={MAX_THEMES}
      maxLength={THEME_LENGTH}
      fullText={t('bench.themes.full')}
      hint={t('bench.themes.hint')}
      hintHidden={index > 0}
      placeholder={t('bench.themes.placeholder')}
      error={errorText(fieldState.error)}
    />
  );
}
