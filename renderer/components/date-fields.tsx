// Date and time fields in the app's language, whatever the OS or browser locale: React Aria
// draws the segments ("28.11.2026", "14:30" in German; "11/28/2026", "2:30 PM" in English).
// This is the one module that imports react-aria-components and @internationalized/date.
// The fields bind to react-hook-form by name and keep the form's value an ISO string
// ("2026-11-28", "14:30", or "" when empty), as the schemas expect.
import { parseDate, parseTime, type CalendarDate, type Time } from '@internationalized/date';
import { useId } from 'react';
import { DateField as AriaDateField, DateInput, DateSegment, I18nProvider, Label, TimeField as AriaTimeField } from 'react-aria-components';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** The locale React Aria formats with: the window's language, never the OS's. */
function dateLocale(language: string): string {
  return language.startsWith('de') ? 'de-DE' : 'en-US';
}

const forceLeadingZeros = (language: string) => language.startsWith('de');

function toDate(value: unknown): CalendarDate | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

function toTime(value: unknown): Time | null {
  if (typeof value !== 'string' || !/^\d{2}:\d{2}/.test(value)) return null;
  try {
    return parseTime(value);
  } catch {
    return null;
  }
}

const pad = (value: number) => String(value).padStart(2, '0');

interface DateTimeFieldProps<Values extends FieldValues> {
  control: Control<Values>;
  name: FieldPath<Values>;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  className?: string | undefined;
  disabled?: boolean | undefined;
  /** What the form holds when the field is cleared: "" (default) or null. */
  empty?: '' | null;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Notes({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}

/** Focuses the first segment when react-hook-form moves focus to a field with an error. */
function focusTarget(element: HTMLElement | null) {
  return element ? { focus: () => element.querySelector<HTMLElement>('[role="spinbutton"]')?.focus() } : null;
}

export function DateField<Values extends FieldValues>({
  control,
  name,
  label,
  hint,
  error,
  className,
  disabled,
  empty = '',
  min,
  max,
}: DateTimeFieldProps<Values> & { min?: string; max?: string }) {
  const { i18n } = useTranslation();
  const { field } = useController({ control, name });
  const id = useId();
  return (
    <I18nProvider locale={dateLocale(i18n.language)}>
      <AriaDateField
        ref={(element) => field.ref(focusTarget(element))}
        className={`field ${className ?? ''}`}
        value={toDate(field.value)}
        onChange={(value) => field.onChange(value ? value.toString() : empty)}
        onBlur={field.onBlur}
        // "03.11.2026" and "09:05", as German forms write them; English keeps "2:30 PM".
        shouldForceLeadingZeros={forceLeadingZeros(i18n.language)}
        minValue={toDate(min)}
        maxValue={toDate(max)}
        isDisabled={disabled ?? false}
        isInvalid={Boolean(error)}
        // The schema owns validation; React Aria only draws the field.
        validationBehavior="aria"
        aria-describedby={describedBy(id, hint, error)}
        data-name={name}
      >
        <Label className="field-label">{label}</Label>
        <DateInput className="input date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
        <Notes id={id} hint={hint} error={error} />
      </AriaDateField>
    </I18nProvider>
  );
}

export function TimeField<Values extends FieldValues>({ control, name, label, hint, error, className, disabled, empty = '' }: DateTimeFieldProps<Values>) {
  const { i18n } = useTranslation();
  const { field } = useController({ control, name });
  const id = useId();
  return (
    <I18nProvider locale={dateLocale(i18n.language)}>
      <AriaTimeField
        ref={(element) => field.ref(focusTarget(element))}
        className={`field ${className ?? ''}`}
        value={toTime(field.value)}
        onChange={(value) => field.onChange(value ? `${pad(value.hour)}:${pad(value.minute)}` : empty)}
        shouldForceLeadingZeros={forceLeadingZeros(i18n.language)}
        onBlur={field.onBlur}
        isDisabled={disabled ?? false}
        isInvalid={Boolean(error)}
        validationBehavior="aria"
        aria-describedby={describedBy(id, hint, error)}
        data-name={name}
      >
        <Label className="field-label">{label}</Label>
        <DateInput className="input date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
        <Notes id={id} hint={hint} error={error} />
      </AriaTimeField>
    </I18nProvider>
  );
}
