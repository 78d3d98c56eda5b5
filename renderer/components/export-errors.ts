// Why an export failed, in the user's language, chosen by the error's code rather than
// main's English message.
import type { TFunction } from 'i18next';
import { ApiError } from '../api';
import { describeError } from './describe-error';

const EXPLAINED = ['not_found', 'invalid_input', 'io_error'] as const;

// What main names in an io_error's issues: the cause, and the file or folder it concerns.
const CAUSES = ['missing_font', 'folder_not_writable', 'file_in_use'] as const;

export function exportErrorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const cause = error.issues.find((issue) => (CAUSES as readonly string[]).includes(issue.code));
    if (cause) return t(`exports.errors.${cause.code as (typeof CAUSES)[number]}`, { path: cause.path });
    if (error.code === 'read_only') return t('errors.read_only');
    if (error.code === 'disk_full') return t('exports.errors.disk_full', { path: error.issues.find((issue) => issue.code === 'disk_full')?.path ?? '' });
    if ((EXPLAINED as readonly string[]).includes(error.code)) return t(`exports.errors.${error.code as (typeof EXPLAINED)[number]}`);
  }
  return t('exports.errors.generic', { reason: describeError(error, t) });
}
