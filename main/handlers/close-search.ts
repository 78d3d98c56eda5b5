// Closing the search after an accepted offer: one change, one journal entry, one patch.
import type { ServiceContext } from '../services/context';
import { closeSearch } from '../services/close-search';
import type { UnitOfWork } from '../store/unit-of-work';
import { defineHandlers } from './define';

export interface CloseSearchHandlerNeeds {
  work: UnitOfWork;
  context: ServiceContext;
}

export function closeSearchHandlers({ work, context }: CloseSearchHandlerNeeds) {
  return defineHandlers({
    'applications:closeSearch': (input) => work.commit((document) => closeSearch(document, input, context)),
  });
}
