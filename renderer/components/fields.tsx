// Labelled form controls that announce their errors to screen readers. They take the
// props react-hook-form's `register` returns, so every form validates the same way.
import { forwardRef, useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isMessageKey } from '../../shared/i18n';

/** Turns a schema's message key ("invalid_email") into a sentence in the UI language. */
export function useErrorText() {
  const { t } = useTranslation();
  return (error: FieldError | undefined): string | undefined => {
    if (!error) return undefined;
    const key = `errors.${error.message ?? ''}`;
    if (error.message && isMessageKey(key)) return t(key);
    if (error.type === 'too_big') return t('errors.too_long');
    // A rule without words of its own: never the schema's English message.
    return t('errors.checkField');
  };
}

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  className?: string | undefined;
  children: ReactNode;
}

function FieldShell({ id, label, hint, error, className, children }: FieldShellProps) {
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
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
    </div>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

interface CommonProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  className?: string | undefined;
}

export const TextField = forwardRef<HTMLInputElement, CommonProps & InputHTMLAttributes<HTMLInputElement>>(
  function TextField({ label, hint, error, className, ...input }, ref) {
    const id = useId();
    return (
      <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
        <input
          ref={ref}
          id={id}
          className="input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          {...input}
        />
      </FieldShell>
    );
  },
);

export const TextAreaField = forwardRef<HTMLTextAreaElement, CommonProps & TextareaHTMLAttributes<HTMLTextAreaElement>>(
  function TextAreaField({ label, hint, error, className, ...textarea }, ref) {
    const id = useId();
    return (
      <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
        <textarea
          ref={ref}
          id={id}
          className="textarea"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          {...textarea}
        />
      </FieldShell>
    );
  },
);

export const SelectField = forwardRef<HTMLSelectElement, CommonProps & SelectHTMLAttributes<HTMLSelectElement>>(
  function SelectField({ label, hint, error, className, children, ...select }, ref) {
    const id = useId();
    return (
      <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
        <select
          ref={ref}
          id={id}
          className="select"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          {...select}
        >
          {children}
        </select>
      </FieldShell>
    );
  },
);
