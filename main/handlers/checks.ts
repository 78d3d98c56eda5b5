// Reference checks: the employer's announcement, their calls, and what followed.
import type { AppCore } from '../app-core';
import { commit } from '../commit';
import type { IpcHandlers } from '../ipc';
import { announceCheck, confirmDetails, logEmployerCall, markHeadsUpSent, recordDebrief } from '../services/reference-checks';

type Channels = 'checks:announce' | 'checks:logCall' | 'checks:recordDebrief' | 'checks:markHeadsUpSent' | 'references:confirmDetails';

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
