// What the window says when main refused a change, chosen by the error's code: a full disk
// or a failed write says plainly that nothing was saved, in the window's language.
import type { TFunction } from 'i18next';
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
