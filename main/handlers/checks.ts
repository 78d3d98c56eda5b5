// Reference checks: the employer's announcement, their calls, and what followed.
import type { ServiceContext } from '../services/context';
import { announceCheck, confirmDetails, logEmployerCall, markHeadsUpSent, recordDebrief } from '../services/reference-checks';
import type { UnitOfWork } from '../store/unit-of-work';
import { defineHandlers } from './define';

export interface CheckHandlerNeeds {
  work: UnitOfWork;
  context: ServiceContext;
}

export function checkHandlers({ work, context }: CheckHandlerNeeds) {
  return defineHandlers({
    'checks:announce': (input) => work.commit((document) => announceCheck(document, input, context)),
    'checks:logCall': (input) => work.commit((document) => logEmployerCall(document, input, context)),
    'checks:recordDebrief': (input) => work.commit((document) => recordDebrief(document, input, context)),
    'checks:markHeadsUpSent': (input) => work.commit((document) => markHeadsUpSent(document, input, context)),
    'references:confirmDetails': (input) => work.commit((document) => confirmDetails(document, input, context)),
  });
}
