// Applications and people, with Undo for deletes.
import type { RekindleDocument } from '../../shared/schema/document';
import { DomainError, type ServiceContext } from '../services/context';
import {
  deleteApplication,
  deleteReference,
  reorderReferences,
  restoreRemoved,
  saveApplication,
  saveReference,
  type RemovedRecords,
} from '../services/records';
import type { UndoShelf } from '../services/undo';
import type { UnitOfWork } from '../store/unit-of-work';
import { defineHandlers } from './define';

export interface RecordHandlerNeeds {
  work: UnitOfWork;
  context: ServiceContext;
  undo: UndoShelf;
}

export function recordHandlers({ work, context, undo }: RecordHandlerNeeds) {
  const deleted = (remove: (document: RekindleDocument) => { document: RekindleDocument; removed: RemovedRecords }) => {
    const { patch, removed } = work.commit(remove);
    return { patch, removedRequests: removed.requests.length, undoToken: undo.put(removed) };
  };

  return defineHandlers({
    'applications:save': (input) => work.commit((document) => saveApplication(document, input, context)),
    'applications:delete': ({ id }) => deleted((document) => deleteApplication(document, id)),
    'references:save': (input) => work.commit((document) => saveReference(document, input, context)),
    'references:delete': ({ id }) => deleted((document) => deleteReference(document, id)),
    'references:reorder': ({ ids }) => work.commit((document) => ({ document: reorderReferences(document, ids) })),
    'records:undo': ({ token }) => {
      const removed = undo.take(token);
      if (!removed) throw new DomainError('not_found', 'There is nothing left to undo for this change.');
      return work.commit((document) => ({ document: restoreRemoved(document, removed) }));
    },
  });
}
