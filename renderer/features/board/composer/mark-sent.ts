// "Mark as sent": one call, and main applies everything the draft covers (the checklist
// items it ticks, the ask, or a plain contact; see shared/sent-message.ts) as one change.
import type { DraftKind } from '../../../../shared/drafts';
import { LIMITS } from '../../../../shared/schema/fields';
import type { SentPlan } from '../../../../shared/sent-message';
import { api } from '../../../api';

/** Records the draft as sent today; answers with what main recorded it as. */
export async function markDraftSent({
  requestId,
  draft,
  today,
  subject,
}: {
  requestId: string;
  draft: DraftKind;
  today: string;
  /** Logged as the contact's text when the draft is no step of the card. */
  subject: string;
}): Promise<SentPlan['kind']> {
  const summary = subject.trim().slice(0, LIMITS.mediumText);
  const { recorded } = await api.requests.markDraftSent({ requestId, draft, on: today, summary });
  return recorded;
}
