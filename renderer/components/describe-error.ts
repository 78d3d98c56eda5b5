// What the window says when something failed, chosen by the error's code and spoken in the
// window's language. Main's own message is English and technical: it never becomes the
// sentence, though technicalDetail offers it for a user who wants to copy it.
import type { TFunction } from 'i18next';
import type { ErrorCode } from '../../shared/ipc/result';
import { ApiError } from '../api';

const NOT_SAVED = ['read_only', 'disk_full', 'io_error'] as const;

// Codes with a sentence of their own under `errors.`; the rest (a bug, a refused sender)
// get the kind generic one, since the user can do nothing about them but try again.
const EXPLAINED = [...NOT_SAVED, 'invalid_input', 'not_found', 'conflict', 'file_too_large', 'unreadable_file', 'cancelled'] as const;
type ExplainedCode = (typeof EXPLAINED)[number];

const isExplained = (code: ErrorCode): code is ExplainedCode => (EXPLAINED as readonly string[]).includes(code);

/** True when the change was refused because it could not be written (not because of its content). */
export function isNotSaved(error: unknown): boolean {
  return error instanceof ApiError && (NOT_SAVED as readonly string[]).includes(error.code);
}

/** One sentence for the user, in the window's language, for any error. */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && isExplained(error.code)) return t(`errors.${error.code}`);
  return t('errors.generic');
}

/** What a developer would want to read (code and main's message), offered apart from the sentence. */
export function technicalDetail(error: unknown): string {
  if (error instanceof ApiError) return `${error.code}: ${error.message}`;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return typeof error === 'string' ? error : JSON.stringify(error) ?? 'unknown';
}
