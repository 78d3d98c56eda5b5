import { useDeferredValue } from 'react';
import { useLoadedDocument, useToday } from '../../state/app-state';
import { overdueCountOf } from '../../../shared/due-items';

/** How many things are overdue today: the sidebar badge and the window title use it. */
export function useOverdueCount(): number {
  const loaded = useLoadedDocument();
  const today = useToday();
  // Counted once per document and day, and a frame after a change: at a heavy user's scale
  // a recount costs tens of ms, which the change itself should not wait for.
  const document = useDeferredValue(loaded);
  return document ? overdueCountOf(document, today) : 0;
}
