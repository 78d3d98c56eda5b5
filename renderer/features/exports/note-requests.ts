// The thank-you cards a user may print note prompts for.
import type { ReferenceRequest } from '../../../shared/schema/request';
import type { RekindleDocument } from '../../../shared/schema/document';

/** Open cards in Thank-you, then those already Done, each in board order. */
export function thankYouRequests(document: RekindleDocument): ReferenceRequest[] {
  const rank = (request: ReferenceRequest) => (request.stage === 'thanks' ? 0 : 1);
  return document.requests
    .filter((request) => (request.stage === 'thanks' || request.stage === 'done') && request.closed === null)
    .sort((a, b) => rank(a) - rank(b) || a.position - b.position);
}

/** Ticked at first: the cards the caller named, else every card still waiting in Thank-you. */
export function initialNoteSelection(requests: readonly ReferenceRequest[], initialRequestIds?: readonly string[]): string[] {
  if (initialRequestIds) {
    const wanted = new Set(initialRequestIds);
    return requests.filter((request) => wanted.has(request.id)).map((request) => request.id);
  }
  return requests.filter((request) => request.stage === 'thanks').map((request) => request.id);
}
