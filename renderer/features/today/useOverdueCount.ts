import { overdueCount } from '../../../shared/due';
import { useAppSnapshot, useToday } from '../../state/app-state';

/** How many things are overdue today: the sidebar badge and the window title use it. */
export function useOverdueCount(): number {
  const snapshot = useAppSnapshot();
  const today = useToday();
  return snapshot ? overdueCount(snapshot.document, today) : 0;
}
