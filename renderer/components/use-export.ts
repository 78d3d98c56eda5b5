// Runs one export at a time: marks which button is busy, toasts where the file went
// (nothing when the user cancelled the save dialog) and keeps the error to show.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedFile } from '../../shared/ipc/contract';
import type { TFunction } from 'i18next';
import { api } from '../api';
import { useMutation } from './use-mutation';
import { showToast } from '../state/toasts';
import { exportErrorText } from './export-errors';

export interface ExportRunner<Key extends string> {
  busy: Key | null;
  error: string | null;
  run(key: Key, action: () => Promise<SavedFile>, message?: (savedTo: string) => string): Promise<void>;
}

// Paths are long; give the user time to read where the file went and reach Open.
const SAVED_TOAST_MS = 15_000;

/** Open and Show in folder: a failure (the file was moved meanwhile) is said, not swallowed. */
async function openSaved(pending: Promise<unknown>, t: TFunction): Promise<void> {
  try {
    await pending;
  } catch {
    showToast({ kind: 'error', message: t('exports.openFailed') });
  }
}

export function useExportRunner<Key extends string>(): ExportRunner<Key> {
  const { t } = useTranslation();
  const [key, setKey] = useState<Key | null>(null);
  // A second click while main still works must not start a second save dialog.
  const running = useRef(false);
  const save = useMutation((_key: Key, action: () => Promise<SavedFile>, _message?: (savedTo: string) => string) => action(), {
    failure: 'inline',
    onSuccess: ({ savedTo }, _key, _action, message) => {
      if (savedTo === null) return;
      showToast({
        message: message ? message(savedTo) : t('exports.savedTo', { path: savedTo }),
        duration: SAVED_TOAST_MS,
        // About this screen's export: it goes when the user moves to another screen.
        scope: 'view',
        actions: [
          { label: t('exports.openFile'), run: () => openSaved(api.files.open({ savedTo }), t) },
          { label: t('exports.showInFolder'), run: () => openSaved(api.files.showInFolder({ savedTo }), t) },
        ],
      });
    },
    explain: (caught) => exportErrorText(t, caught),
  });

  const run = async (next: Key, action: () => Promise<SavedFile>, message?: (savedTo: string) => string) => {
    if (running.current) return;
    running.current = true;
    setKey(next);
    try {
      await save.run(next, action, message);
    } finally {
      running.current = false;
    }
  };

  return { busy: save.busy ? key : null, error: save.error, run };
}
