// What every IPC call answers: a value, or a typed error the renderer can explain to the
// user in their language (by `code`) without parsing English text.
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'read_only',
  'forbidden_sender',
  'unknown_channel',
  'file_too_large',
  'unreadable_file',
  'cancelled',
  'io_error',
  /** The disk (or the user's quota) is full: the change was not saved. */
  'disk_full',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. "fields.email". */
  path: string;
  /** A stable message key such as "invalid_email" or "too_big". */
  code: string;
}

export interface ApiErrorPayload {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };
