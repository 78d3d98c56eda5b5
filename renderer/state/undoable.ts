// Deletes answer with an Undo token; this offers Undo in a toast for 12 seconds.
import type { TFunction } from 'i18next';
import { api, type ClientValue } from '../api';
import type { DeletedRecord } from '../../shared/ipc/contract';
import { showToast } from './toasts';

/** `message` replaces the default "… was deleted." (an unlink removes a link, not a record). */
export async function withUndo(pending: Promise<ClientValue<DeletedRecord>>, name: string, t: TFunction, options: { message?: string } = {}): Promise<void> {
  // The api module has applied the delete already; this only offers to take it back.
  const { undoToken, removedRequests } = await pending;
  showToast({
    message:
      options.message ??
      (removedRequests > 0 ? t('records.deletedWithRequests', { name, count: removedRequests }) : t('records.deleted', { name })),
    action: {
      label: t('records.undo'),
      run: async () => {
        await api.records.undo({ token: undoToken });
        showToast({ message: t('records.restored') });
      },
    },
  });
}
