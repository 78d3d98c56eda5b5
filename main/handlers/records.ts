// Applications and people, with Undo for deletes.
import type { DeletedRecord } from '../../shared/ipc/contract';
import type { RekindleDocument } from '../../shared/schema/document';
import type { AppCore } from '../app-core';
import { commit } from '../commit';
import type { IpcHandlers } from '../ipc';
import { DomainError } from '../services/context';
import {
  deleteApplication,
  deleteReference,
  reorderReferences,
  restoreRemoved,
  saveApplication,
  saveReference,
  type RemovedRecords,
} from '../services/records';

type Channels =
  | 'applications:save'
  | 'applications:delete'
  | 'references:save'
  | 'references:delete'
  | 'references:reorder'
  | 'records:undo';

export function recordHandlers(core: AppCore): Pick<IpcHandlers, Channels> {
  const { context, undo } = core;
  const deleted = (remove: (document: RekindleDocument) => { document: RekindleDocument; removed: RemovedRecords }): DeletedRecord => {
    const { patch, removed } = commit(core, remove);
    return { patch, removedRequests: removed.requests.length, undoToken: undo.put(removed) };
  };

  return {
    'applications:save': (input) => commit(core, (document) => saveApplication(document, input, context)),
    'applications:delete': ({ id }) => deleted((document) => deleteApplication(document, id)),
    'references:save': (input) => commit(core, (document) => saveReference(document, input, context)),
    'references:delete': ({ id }) => deleted((document) => deleteReference(document, id)),
    'references:reorder': ({ ids }) => commit(core, (document) => ({ document: reorderReferences(document, ids) })),
    'records:undo': ({ token }) => {
      const removed = undo.take(token);
      if (!removed) throw new DomainError('not_found', 'There is nothing left to undo for this change.');
      return commit(core, (document) => ({ document: restoreRemoved(document, removed) }));
    },
  };
}
