// Main checks every change again and may refuse a field the form let through (a rule only
// main knows, or an older window). This puts main's refusal on the fields it names, as the
// form's own checks would, so the user sees it where they type.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api';

// main's zod codes, in the words the form's own checks use (keys under `errors.`).
const MESSAGE_OF_CODE: Record<string, string> = { too_big: 'too_long', too_small: 'required' };

export interface PlacedIssues {
  /** How many of main's issues landed on a field of the form. */
  placed: number;
  /** A key under `errors.` for an issue about the form as a whole, if main named one. */
  formMessage: string | null;
}

export interface PlaceOptions<Values extends FieldValues> {
  /** Where the form's values sit in the payload main checked: "fields." for a record's save. */
  prefix?: string;
  /** The form's top-level fields, when main's payload holds more; an issue elsewhere is about the form as a whole. */
  fields?: readonly (keyof Values & string)[];
}

/** Sets each issue main named ("fields.email" / "invalid_email") on its field; focuses the first. */
export function placeServerIssues<Values extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Values>,
  { prefix = 'fields.', fields }: PlaceOptions<Values> = {},
): PlacedIssues {
  if (!(error instanceof ApiError)) return { placed: 0, formMessage: null };
  let placed = 0;
  let formMessage: string | null = null;
  for (const issue of error.issues) {
    const message = MESSAGE_OF_CODE[issue.code] ?? issue.code;
    const path = issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : '';
    // A nested field ("address.title") belongs to the form when its top-level field does.
    const ours = fields === undefined || fields.some((name) => path === name || path.startsWith(`${name}.`));
    const field = ours ? path : '';
    if (field === '') {
      formMessage ??= message;
      continue;
    }
    // The path is main's: a field of this form's schema, which the form shares with main.
    setError(field as Path<Values>, { type: 'server', message }, { shouldFocus: placed === 0 });
    placed += 1;
  }
  return { placed, formMessage };
}
