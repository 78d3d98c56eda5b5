// Reference requests: link, move along the board, log what happened.
import type { AppCore } from '../app-core';
import { commit } from '../commit';
import type { IpcHandlers } from '../ipc';
import { setChecklistItem } from '../services/requests/checklist';
import { logContact } from '../services/requests/contact';
import { linkReference, unlinkRequest } from '../services/requests/link';
import { completeRequest, moveRequest } from '../services/requests/move';
import { recordReply } from '../services/requests/reply';
import { markAskSent, markDraftSent, markMessageSent } from '../services/requests/sent';
import { snoozeRequest } from '../services/requests/snooze';
import { setApplicationStatus } from '../services/requests/status';

type Channels =
  | 'applications:setStatus'
  | 'requests:link'
  | 'requests:unlink'
  | 'requests:move'
  | 'requests:setChecklistItem'
  | 'requests:logContact'
  | 'requests:markAskSent'
  | 'requests:markMessageSent'
  | 'requests:markDraftSent'
  | 'requests:recordReply'
  | 'requests:complete'
  | 'requests:snooze';

export function requestHandlers(core: AppCore): Pick<IpcHandlers, Channels> {
  const { context, undo } = core;
  return {
    'applications:setStatus': (input) => commit(core, (document) => setApplicationStatus(document, input, context)),
    'requests:link': (input) => commit(core, (document) => linkReference(document, input, context)),
    'requests:unlink': (input) => {
      const { patch, removed } = commit(core, (current) => unlinkRequest(current, input));
      // The request is the record removed; nothing else goes with it.
      return { patch, removedRequests: 0, undoToken: undo.put({ applications: [], references: [], requests: [removed] }) };
    },
    'requests:move': (input) => commit(core, (document) => moveRequest(document, input, context)),
    'requests:setChecklistItem': (input) => commit(core, (document) => setChecklistItem(document, input, context)),
    'requests:logContact': (input) => commit(core, (document) => logContact(document, input, context)),
    'requests:markAskSent': (input) => commit(core, (document) => markAskSent(document, input, context)),
    'requests:markMessageSent': (input) => commit(core, (document) => markMessageSent(document, input, context)),
    'requests:markDraftSent': (input) => commit(core, (document) => markDraftSent(document, input, context)),
    'requests:recordReply': (input) => commit(core, (document) => recordReply(document, input, context)),
    'requests:complete': (input) => commit(core, (document) => completeRequest(document, input, context)),
    'requests:snooze': (input) => commit(core, (document) => snoozeRequest(document, input, context)),
  };
}
