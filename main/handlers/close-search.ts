// Closing the search after an accepted offer: one change, one journal entry, one patch.
import type { AppCore } from '../app-core';
import { commit } from '../commit';
import type { IpcHandlers } from '../ipc';
import { closeSearch } from '../services/close-search';

export function closeSearchHandlers(core: AppCore): Pick<IpcHandlers, 'applications:closeSearch'> {
  return {
    'applications:closeSearch': (input) => commit(core, (document) => closeSearch(document, input, core.context)),
  };
}
