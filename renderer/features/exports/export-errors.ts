// Why an export failed, in the user's language, chosen by the error's code rather than
// main's English message.
import type { TFunction } from 'i18next';
import { ApiError } from '../../api';

const EXPLAINED = ['not_found', 'invalid_input', 'io_error'] as const;

export function exportErrorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'read_only') return t('errors.read_only');
    if ((EXPLAINED as readonly string[]).includes(error.code)) return t(`exports.errors.${error.code as (typeof EXPLAINED)[number]}`);
    return t('exports.errors.generic', { message: error.message });
  }
  return t('exports.errors.generic', { message: error instanceof Error ? error.message : String(error) });
}
