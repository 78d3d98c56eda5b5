// Turning a refusal from main into what the window says: a heading in the user's language
// chosen by the error code, and main's own sentence, which names the exact problem.
import type { ErrorCode } from '../../../shared/ipc/result';
import { ApiError } from '../../api';

export type ProblemKind = ErrorCode | 'newer_version' | 'other';

export interface Problem {
  kind: ProblemKind;
  detail: string;
  /** Columns a CSV lacks, so the window can name them in its own language. */
  missingColumns: string[];
  /** Main's stable reasons ("truncated", "missing_header"), for words in the window's language. */
  issueCodes: string[];
}

const KNOWN: readonly ProblemKind[] = ['file_too_large', 'unreadable_file', 'conflict', 'not_found', 'read_only', 'io_error'];

/**
 * `stage` says whether the file was being opened or applied: opening only answers
 * `conflict` for a file from a newer version, while applying answers it for limits.
 */
export function toProblem(error: unknown, stage: 'open' | 'apply'): Problem {
  if (!(error instanceof ApiError)) {
    return { kind: 'other', detail: error instanceof Error ? error.message : String(error), missingColumns: [], issueCodes: [] };
  }
  const kind: ProblemKind =
    error.code === 'conflict' && stage === 'open' ? 'newer_version' : KNOWN.includes(error.code) ? error.code : 'other';
  const missingColumns = error.issues.filter((issue) => issue.code === 'missing_column').map((issue) => issue.path);
  return { kind, detail: error.message, missingColumns, issueCodes: error.issues.map((issue) => issue.code) };
}
