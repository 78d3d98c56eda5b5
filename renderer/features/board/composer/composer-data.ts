// What the composer needs from the document for one card, looked up once per render.
import { defaultDraftKind, draftKindsFor, type DraftKind } from '../../../../shared/drafts';
import type { Application } from '../../../../shared/schema/application';
import type { Reference } from '../../../../shared/schema/person';
import type { ReferenceRequest } from '../../../../shared/schema/request';
import type { RekindleDocument } from '../../../../shared/schema/document';
import { draftApplicationOf } from '../../../../shared/search/close-search';

export interface ComposerData {
  request: ReferenceRequest;
  reference: Reference;
  application: Application | null;
  /** Only the drafts that fit the card and its application's outcome (shared/drafts/choice). */
  kinds: readonly DraftKind[];
  /** The one the composer opens on; null when the card offers none. */
  initialKind: DraftKind | null;
}

/** Null when the card or its person is gone (deleted in another view while the dialog was open). */
export function composerData(document: RekindleDocument, requestId: string): ComposerData | null {
  const request = document.requests.find((candidate) => candidate.id === requestId);
  if (!request) return null;
  const reference = document.references.find((person) => person.id === request.referenceId);
  if (!reference) return null;
  // A card closed with the search speaks of the job the user took.
  const application = draftApplicationOf(request, document.applications);
  const status = application?.status ?? null;
  return { request, reference, application, kinds: draftKindsFor(request, status), initialKind: defaultDraftKind(request, status) };
}

/** Kinds whose template uses the "why you fit" text. */
export function usesPitch(kind: DraftKind): boolean {
  return kind === 'reconnect_ask' || kind === 'prep_brief';
}
