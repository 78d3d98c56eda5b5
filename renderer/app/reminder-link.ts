// The window's side of the reminders: main is told which view is shown (a reminder stays
// quiet while Today is in front of the user), and a clicked reminder about one card opens it.
import { useCallback, useEffect, useState } from 'react';
import type { View } from '../../shared/ipc/channels';
import { api } from '../api';

export function useReportShownView(view: View): void {
  useEffect(() => {
    // Only a hint for the reminders: if main cannot take it, the worst is one notification too many.
    api.window.viewShown({ view }).catch(() => undefined);
  }, [view]);
}

/** The card a reminder asked to open, shown over Today; `open` is called for the openCard command. */
export function useCardFromReminder(navigate: (view: View) => void) {
  const [requestId, setRequestId] = useState<string | null>(null);
  const open = useCallback(
    (id: string) => {
      navigate('today');
      setRequestId(id);
    },
    [navigate],
  );
  const close = useCallback(() => setRequestId(null), []);
  return { requestId, open, close };
}
