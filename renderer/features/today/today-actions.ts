// What "Done" on a Today item records: the same as "Mark as sent" for the draft that task
// calls for, so ticking it here and sending it from the composer leave the card alike.
import { defaultDraftKind, type DraftKind } from '../../../shared/drafts';
import type { DueItem } from '../../../shared/due';
import type { RekindleDocument } from '../../../shared/schema';
import { markDraftSent, sentPlan } from '../composer/mark-sent';

/** The draft a task stands for; null for a check-in, which is logged as a contact instead. */
export function draftKindOfDueItem(item: DueItem, document: RekindleDocument): DraftKind | null {
  switch (item.kind) {
    case 'send_ask':
      return 'reconnect_ask';
    case 'follow_up':
      return 'follow_up';
    case 'send_brief':
      return 'prep_brief';
    case 'send_thanks': {
      const request = document.requests.find((candidate) => candidate.id === item.requestId);
      if (!request) return null;
      const status = document.applications.find((application) => application.id === request.applicationId)?.status ?? null;
      return defaultDraftKind(request, status);
    }
    case 'check_in':
      return null;
  }
}

export function canTickDueItem(item: DueItem): boolean {
  return item.requestId !== null && item.kind !== 'check_in';
}

/** Records the task as done in main (the api module applies each saved step); answers with the saved document. */
export async function tickDueItem(item: DueItem, document: RekindleDocument, today: string): Promise<RekindleDocument> {
  const request = document.requests.find((candidate) => candidate.id === item.requestId);
  const kind = draftKindOfDueItem(item, document);
  if (!request || kind === null) return document;
  return markDraftSent(sentPlan(kind, request.stage), { requestId: request.id, today, summary: '' });
}
