// Saving a backup where the user chooses: the Settings button and the quick-open palette's
// "Back up now" both end here, so both ask the same way and say the same thing afterwards.
import type { TFunction } from 'i18next';
import { api } from '../../api';
import { showToast } from '../../state/toasts';

/** Asks main for the save dialog and the backup; resolves once saved or cancelled, rejects with main's error. */
export async function saveBackup(t: TFunction): Promise<void> {
  const { savedTo } = await api.backup.save();
  if (savedTo !== null) showToast({ message: t('data.backup.saved', { path: savedTo }), duration: 8_000 });
}
