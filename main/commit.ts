// The one way a handler applies a change: durable first, then the listeners, then the patch
// the window applies. It lives apart from app-core so that handlers import it without
// importing the module that assembles them (app-core knows only their types back).
import type { DocumentPatch } from '../shared/patch';
import type { RekindleDocument } from '../shared/schema/document';
import type { AppCore } from './app-core';

/**
 * Applies a pure change, writes it through, tells listeners, and answers with what the
 * change returned, its new document replaced by the patch that leads there: the renderer
 * gets one changed card, not megabytes.
 */
export function commit<R extends { document: RekindleDocument }>(
  core: AppCore,
  change: (document: RekindleDocument) => R,
): Omit<R, 'document'> & { patch: DocumentPatch } {
  const { document, ...rest } = change(core.store.document);
  // Durable, then applied: replace appends to the journal first and throws (disk_full,
  // io_error) before anything changes in memory.
  const patch = core.store.replace(document);
  core.options.onDocumentChanged?.(document);
  return { ...rest, patch };
}
