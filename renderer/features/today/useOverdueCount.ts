import { useAppSnapshot, useToday } from '../../state/app-state';
import { overdueCountOf } from './due-items';

/** How many things are overdue today: the sidebar badge and the window title use it. */
export function useOverdueCount(): number {
  const snapshot = useAppSnapshot();
  const today = useToday();
  // Counted once per document and day: the frame re-renders on every change, and at a
  // heavy user's scale a recount costs tens of milliseconds.
  return snapshot ? overdueCountOf(snapshot.document, today) : 0;
}
