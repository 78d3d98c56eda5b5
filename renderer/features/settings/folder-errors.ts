// Why a move or a switch of the data folder was refused, in the window's language: main
// names the cause (and the folder it concerns) in the error's issues.
import type { TFunction } from 'i18next';
import { ApiError } from '../../api';
import { describeError } from '../../components/describe-error';

const CAUSES = [
  'folder_inside_data',
  'folder_has_rekindle',
  'folder_not_empty',
  'folder_not_writable',
  'disk_full',
  'folder_gone',
  'copy_differs',
  'copy_failed',
  'not_rekindle_folder',
  'folder_incomplete',
] as const;
type Cause = (typeof CAUSES)[number];

const isCause = (code: string): code is Cause => (CAUSES as readonly string[]).includes(code);

export function folderErrorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const cause = error.issues.find((issue) => isCause(issue.code));
    if (cause && isCause(cause.code)) return t(`dataFolder.errors.${cause.code}`, { path: cause.path });
    if (error.code === 'read_only') return t('dataFolder.errors.read_only');
  }
  return describeError(error, t);
}

/** True when the refusal found Rekindle data where the user wanted to move: it can be opened instead. */
export function foundRekindleFolder(error: unknown): boolean {
  return error instanceof ApiError && error.issues.some((issue) => issue.code === 'folder_has_rekindle');
}
