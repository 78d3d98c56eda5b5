// The one way a change reaches the data: the store applies it durably (journal first, so a
// full disk refuses it before anything changes in memory), then tells the listener, then
// answers with what the change returned, its new document replaced by the patch that leads
// there: the renderer gets one changed card, not megabytes.
import type { DocumentPatch } from '../../shared/patch';
import type { RekindleDocument } from '../../shared/schema/document';
import type { DataStore } from './data-store';

/** What a change answers once it is saved: what it returned, its document replaced by the patch. */
export type Committed<R extends { document: RekindleDocument }> = Omit<R, 'document'> & { patch: DocumentPatch };

export interface UnitOfWork {
  /** The saved document every change starts from. */
  readonly document: RekindleDocument;
  /** Applies a pure change, writes it through, tells the listener, and answers rest + patch. */
  commit<R extends { document: RekindleDocument }>(change: (document: RekindleDocument) => R): Committed<R>;
}

export function unitOfWork(store: Pick<DataStore, 'document' | 'replace'>, onChanged?: (document: RekindleDocument) => void): UnitOfWork {
  return {
    get document() {
      return store.document;
    },
    commit(change) {
      const { document, ...rest } = change(store.document);
      const patch = store.replace(document);
      onChanged?.(document);
      return { ...rest, patch };
    },
  };
}
