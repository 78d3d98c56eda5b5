// What the window says when main refused a change, chosen by the error's code: a full disk
// or a failed write says plainly that nothing was saved, in the window's language, and a
// refused field is shown on that field of the form.
import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../shared/ipc/result';
import { ApiError } from '../api';

const NOT_SAVED = ['read_only', 'disk_full', 'io_error'] as const;

/** True when the change was refused because it could not be written (not because of its content). */
export function isNotSaved(error: unknown): boolean {
  return error instanceof ApiError && (NOT_SAVED as readonly string[]).includes(error.code);
}

export function refusalText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && isNotSaved(error)) return t(`errors.${error.code as (typeof NOT_SAVED)[number]}`);
  return t('errors.generic', { message: error instanceof Error ? error.message : String(error) });
}

export interface FormIssue {
  /** A field path of the form ("email", "address.title"), or null for the form as a whole. */
  field: string | null;
  /** A key under `errors.` in the catalogue. */
  message: string;
}

const MESSAGE_OF_CODE: Record<string, string> = { too_big: 'too_long', too_small: 'required' };

/** Maps main's refusal ("fields.email" / "invalid_email") onto the form's fields. */
export function formIssuesOf(issues: readonly FieldIssue[]): FormIssue[] {
  return issues.map((issue) => {
    const path = issue.path.startsWith('fields.') ? issue.path.slice('fields.'.length) : null;
    return { field: path && path !== '' ? path : null, message: MESSAGE_OF_CODE[issue.code] ?? issue.code };
  });
}
