// What the composer needs from the document for one card, looked up once per render.
import { DRAFT_KINDS, draftKindsForStage, type DraftKind } from '../../../shared/drafts';
import type { Application, Reference, ReferenceRequest, RekindleDocument, Stage } from '../../../shared/schema';

export interface ComposerData {
  request: ReferenceRequest;
  reference: Reference;
  application: Application | null;
  kinds: readonly DraftKind[];
}

/** The drafts a card offers; a finished card offers them all, for whatever comes up later. */
export function kindsForStage(stage: Stage): readonly DraftKind[] {
  return stage === 'done' ? DRAFT_KINDS : draftKindsForStage(stage);
}

/** Null when the card or its person is gone (deleted in another view while the dialog was open). */
export function composerData(document: RekindleDocument, requestId: string): ComposerData | null {
  const request = document.requests.find((candidate) => candidate.id === requestId);
  if (!request) return null;
  const reference = document.references.find((person) => person.id === request.referenceId);
  if (!reference) return null;
  const application = document.applications.find((app) => app.id === request.applicationId) ?? null;
  return { request, reference, application, kinds: kindsForStage(request.stage) };
}

/** Kinds whose template uses the "why you fit" text. */
export function usesPitch(kind: DraftKind): boolean {
  return kind === 'reconnect_ask' || kind === 'prep_brief';
}
