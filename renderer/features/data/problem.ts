// Turning a refusal from main into what the window says: a heading in the user's language
// chosen by the error code, and the details main named (a cause, missing columns) for
// sentences in that language. Main's own English text is kept only as a technical detail.
import type { ErrorCode } from '../../../shared/ipc/result';
import { ApiError } from '../../api';
import { technicalDetail } from '../../components/describe-error';

export type ProblemKind = ErrorCode | 'newer_version' | 'other';

export interface Problem {
  kind: ProblemKind;
  /** For a user who wants to report it (code and main's message): never the sentence shown. */
  detail: string;
  /** Columns a CSV lacks, so the window can name them in its own language. */
  missingColumns: string[];
  /** Main's stable reasons ("truncated", "missing_header"), for words in the window's language. */
  issueCodes: string[];
  /** Why the file could not be read or written (and which file or folder), when main named it. */
  cause: { code: FileCause; path: string } | null;
}

// The causes main names in an io_error's issues for a file the user chose.
const FILE_CAUSES = ['folder_not_writable', 'file_in_use', 'file_not_readable', 'file_gone'] as const;
export type FileCause = (typeof FILE_CAUSES)[number];
const isFileCause = (code: string): code is FileCause => (FILE_CAUSES as readonly string[]).includes(code);

const KNOWN: readonly ProblemKind[] = ['file_too_large', 'unreadable_file', 'conflict', 'not_found', 'read_only', 'io_error', 'disk_full'];

/**
 * `stage` says whether the file was being opened or applied: opening only answers
 * `conflict` for a file from a newer version, while applying answers it for limits.
 */
export function toProblem(error: unknown, stage: 'open' | 'apply'): Problem {
  if (!(error instanceof ApiError)) {
    return { kind: 'other', detail: technicalDetail(error), missingColumns: [], issueCodes: [], cause: null };
  }
  const kind: ProblemKind =
    error.code === 'conflict' && stage === 'open' ? 'newer_version' : KNOWN.includes(error.code) ? error.code : 'other';
  const missingColumns = error.issues.filter((issue) => issue.code === 'missing_column').map((issue) => issue.path);
  const named = error.issues.find((issue) => isFileCause(issue.code));
  const cause = named && isFileCause(named.code) ? { code: named.code, path: named.path } : null;
  return { kind, detail: technicalDetail(error), missingColumns, issueCodes: error.issues.map((issue) => issue.code), cause };
}
