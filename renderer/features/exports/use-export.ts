// Runs one export at a time: marks which button is busy, toasts where the file went
// (nothing when the user cancelled the save dialog) and keeps the error to show.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedFile } from '../../../shared/ipc/contract';
import { showToast } from '../../state/toasts';
import { exportErrorText } from './export-errors';

export interface ExportRunner<Key extends string> {
  busy: Key | null;
  error: string | null;
  run(key: Key, action: () => Promise<SavedFile>, message?: (savedTo: string) => string): Promise<void>;
}

// Paths are long; give the user time to read where the file went.
const SAVED_TOAST_MS = 8_000;

export function useExportRunner<Key extends string>(): ExportRunner<Key> {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Key | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A second click while main still works must not start a second save dialog.
  const running = useRef(false);

  const run = useCallback(
    async (key: Key, action: () => Promise<SavedFile>, message?: (savedTo: string) => string) => {
      if (running.current) return;
      running.current = true;
      setBusy(key);
      setError(null);
      try {
        const { savedTo } = await action();
        if (savedTo !== null) {
          showToast({ message: message ? message(savedTo) : t('exports.savedTo', { path: savedTo }), duration: SAVED_TOAST_MS });
        }
      } catch (caught) {
        setError(exportErrorText(t, caught));
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [t],
  );

  return { busy, error, run };
}
