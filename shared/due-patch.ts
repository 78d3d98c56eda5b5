// What is due after one change, from what was due before it: only the cards the patch
// touched (directly, or through their person or application) and the patched people's
// check-ins are worked out again, then merged into the sorted list. At a heavy user's
// scale that is a handful of cards instead of 30,000. Equal to computeDueItems(after), as
// its property test checks.
import { checkInDueItem, compareDueItems, dueLookups, requestDueItem, type DueItem } from './due';
import type { IsoDate } from './dates';
import type { DocumentPatch } from './patch';
import type { RekindleDocument } from './schema/document';
import type { Reference } from './schema/person';
import type { ReferenceRequest } from './schema/request';

export function updateDueItems(items: readonly DueItem[], patch: DocumentPatch, after: RekindleDocument, today: IsoDate): DueItem[] {
  if (!patch.requests && !patch.references && !patch.applications) return items as DueItem[];
  const people = new Set([...(patch.references?.remove ?? []), ...(patch.references?.upsert ?? []).map((person) => person.id)]);
  const jobs = new Set([...(patch.applications?.remove ?? []), ...(patch.applications?.upsert ?? []).map((application) => application.id)]);
  const cards = new Set([...(patch.requests?.remove ?? []), ...(patch.requests?.upsert ?? []).map((request) => request.id)]);
  const again: ReferenceRequest[] = [...(patch.requests?.upsert ?? [])];
  if (people.size > 0 || jobs.size > 0) {
    // A card's task reads its person's consent and its applications: those cards too.
    for (const request of after.requests) {
      if (cards.has(request.id)) continue;
      const about = request.searchClosed?.applicationId ?? null;
      if (people.has(request.referenceId) || (request.applicationId !== null && jobs.has(request.applicationId)) || (about !== null && jobs.has(about))) {
        cards.add(request.id);
        again.push(request);
      }
    }
  }
  const lookups = dueLookups(after);
  const fresh: DueItem[] = [];
  for (const request of again) {
    const item = requestDueItem(request, lookups, today);
    if (item) fresh.push(item);
  }
  for (const person of (patch.references?.upsert ?? []) as Reference[]) {
    const item = checkInDueItem(person, today);
    if (item) fresh.push(item);
  }
  fresh.sort(compareDueItems);
  const kept = items.filter((item) => (item.requestId !== null ? !cards.has(item.requestId) : !people.has(item.referenceId)));
  return mergeSorted(kept, fresh);
}

function mergeSorted(a: readonly DueItem[], b: readonly DueItem[]): DueItem[] {
  if (b.length === 0) return a as DueItem[];
  const merged: DueItem[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(compareDueItems(a[i] as DueItem, b[j] as DueItem) <= 0 ? (a[i++] as DueItem) : (b[j++] as DueItem));
  while (i < a.length) merged.push(a[i++] as DueItem);
  while (j < b.length) merged.push(b[j++] as DueItem);
  return merged;
}
