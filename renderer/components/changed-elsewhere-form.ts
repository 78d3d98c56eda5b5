// An open form whose record another computer just changed: the fields the user has not
// touched take the new values (so saving does not quietly put the old ones back), what the
// user typed stays, and if they had typed anything the form says what happened.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReset } from 'react-hook-form';
import { useChangedElsewhere } from '../state/external-changes';

/**
 * `values` are the record's fields as the form edits them, read from the current record;
 * answers true while the form should say the record changed under the user's typing.
 */
export function useFollowChangesFromElsewhere<T extends FieldValues>(id: string | null, values: () => T | null, reset: UseFormReset<T>, dirty: boolean): boolean {
  const times = useChangedElsewhere(id);
  const seen = useRef(times);
  const [told, setTold] = useState(false);
  const latest = useRef({ values, reset, dirty });
  // Updated after each render commits, before the next change can arrive.
  useLayoutEffect(() => {
    latest.current = { values, reset, dirty };
  });

  useEffect(() => {
    if (times === seen.current) return;
    seen.current = times;
    const current = latest.current;
    const next = current.values();
    if (next === null) return;
    current.reset(next, { keepDirtyValues: true });
    if (current.dirty) setTold(true);
  }, [times]);

  return told;
}
