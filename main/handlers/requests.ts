// Reference requests: link, move along the board, log what happened.
import type { RekindleDocument } from '../../shared/schema/document';
import type { ServiceContext } from '../services/context';
import { setChecklistItem } from '../services/requests/checklist';
import { logContact } from '../services/requests/contact';
import { linkReference, unlinkRequest } from '../services/requests/link';
import { completeRequest, moveRequest } from '../services/requests/move';
import { recordReply } from '../services/requests/reply';
import { markDraftSent } from '../services/requests/sent';
import { snoozeRequest } from '../services/requests/snooze';
import { setApplicationStatus } from '../services/requests/status';
import type { UndoShelf } from '../services/undo';
import type { UnitOfWork } from '../store/unit-of-work';
import { defineHandlers } from './define';

export interface RequestHandlerNeeds {
  work: UnitOfWork;
  context: ServiceContext;
  undo: UndoShelf;
}

export function requestHandlers({ work, context, undo }: RequestHandlerNeeds) {
  // These use cases also return the card (or log entry) they changed; the window learns
  // that from the patch, so the answer is the patch alone, as the contract declares.
  const patchOf = (change: (document: RekindleDocument) => { document: RekindleDocument }) => ({ patch: work.commit(change).patch });
  return defineHandlers({
    'applications:setStatus': (input) => work.commit((document) => setApplicationStatus(document, input, context)),
    'requests:link': (input) => work.commit((document) => linkReference(document, input, context)),
    'requests:unlink': (input) => {
      const { patch, removed } = work.commit((current) => unlinkRequest(current, input));
      // The request is the record removed; nothing else goes with it.
      return { patch, removedRequests: 0, undoToken: undo.put({ applications: [], references: [], requests: [removed] }) };
    },
    'requests:move': (input) => patchOf((document) => moveRequest(document, input, context)),
    'requests:setChecklistItem': (input) => patchOf((document) => setChecklistItem(document, input, context)),
    'requests:logContact': (input) => patchOf((document) => logContact(document, input, context)),
    'requests:markDraftSent': (input) => work.commit((document) => markDraftSent(document, input, context)),
    'requests:recordReply': (input) => work.commit((document) => recordReply(document, input, context)),
    'requests:complete': (input) => patchOf((document) => completeRequest(document, input, context)),
    'requests:snooze': (input) => patchOf((document) => snoozeRequest(document, input, context)),
  });
}
