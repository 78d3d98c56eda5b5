// Reference checks: the employer's announcement, their calls, and what followed.
import type { DocumentPatch } from '../../shared/patch';
import type { RekindleDocument } from '../../shared/schema';
import type { AppCore } from '../app-core';
import type { IpcHandlers } from '../ipc';
import { announceCheck, confirmDetails, logEmployerCall, markHeadsUpSent, recordDebrief } from '../services/reference-checks';

type Channels = 'checks:announce' | 'checks:logCall' | 'checks:recordDebrief' | 'checks:markHeadsUpSent' | 'references:confirmDetails';

/**
 * app-core's `commit`, step for step (durable first, then listeners, then the patch). It is
 * repeated here because importing it from app-core would add an import cycle, which lint forbids.
 */
function commit<R extends { document: RekindleDocument }>(
  core: AppCore,
  change: (document: RekindleDocument) => R,
): Omit<R, 'document'> & { patch: DocumentPatch } {
  const { document, ...rest } = change(core.store.document);
  const patch = core.store.replace(document);
  core.options.onDocumentChanged?.(document);
  return { ...rest, patch };
}

export function checkHandlers(core: AppCore): Pick<IpcHandlers, Channels> {
  const { context } = core;
  return {
    'checks:announce': (input) => commit(core, (document) => announceCheck(document, input, context)),
    'checks:logCall': (input) => commit(core, (document) => logEmployerCall(document, input, context)),
    'checks:recordDebrief': (input) => commit(core, (document) => recordDebrief(document, input, context)),
    'checks:markHeadsUpSent': (input) => commit(core, (document) => markHeadsUpSent(document, input, context)),
    'references:confirmDetails': (input) => commit(core, (document) => confirmDetails(document, input, context)),
  };
}
