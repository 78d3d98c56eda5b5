// What one change did to the document, record by record. Main answers every change with a
// patch instead of the whole document, so a move at a heavy user's scale sends one card
// over IPC instead of megabytes; the renderer applies it to its copy. Unchanged records keep
// their identity on both sides, which is what makes the diff cheap and memoized UI fast.
import type { Profile, Settings } from './schema/settings';
import type { Application } from './schema/application';
import type { Reference } from './schema/person';
import type { ReferenceRequest } from './schema/request';
import type { RekindleDocument } from './schema/document';

export interface CollectionPatch<T> {
  /** New or changed records (whole records: a patch never edits inside one). */
  upsert: T[];
  remove: string[];
  /** The full id order, only when it changed other than by appending and removing. */
  order?: string[];
}

export interface DocumentPatch {
  profile?: Profile;
  settings?: Settings;
  applications?: CollectionPatch<Application>;
  references?: CollectionPatch<Reference>;
  requests?: CollectionPatch<ReferenceRequest>;
}

type Identified = { id: string };

function diffCollection<T extends Identified>(before: readonly T[], after: readonly T[]): CollectionPatch<T> | undefined {
  if (before === after) return undefined;
  const aligned = diffAligned(before, after);
  return aligned === NOT_ALIGNED ? diffByIds(before, after) : aligned;
}

const NOT_ALIGNED = null;

/**
 * The common case without building maps over a heavy user's 30,000 records: the lists
 * line up position by position, except for records appended at the end or a single run
 * removed. Answers NOT_ALIGNED when they do not line up, and the caller diffs by id.
 * Ids are unique within a list, as in every document Rekindle writes.
 */
function diffAligned<T extends Identified>(before: readonly T[], after: readonly T[]): CollectionPatch<T> | undefined | typeof NOT_ALIGNED {
  let head = 0;
  const shorter = Math.min(before.length, after.length);
  const upsert: T[] = [];
  // The same object is the same record: comparing identity first spares reading the id of
  // each of 30,000 untouched records (a memory load apiece) on every change.
  while (head < shorter) {
    const was = before[head] as T;
    const now = after[head] as T;
    if (was !== now) {
      if (was.id !== now.id) break;
      upsert.push(now);
    }
    head += 1;
  }
  if (head === before.length) {
    // Everything before is still there in place; the rest of after is appended.
    for (let index = head; index < after.length; index += 1) upsert.push(after[index] as T);
    return upsert.length === 0 ? undefined : { upsert, remove: [] };
  }
  // One run removed: after is before with before[head, head + gap) cut out.
  const gap = before.length - after.length;
  if (gap <= 0) return NOT_ALIGNED;
  const remove: string[] = [];
  for (let index = head; index < head + gap; index += 1) remove.push((before[index] as T).id);
  for (let index = head; index < after.length; index += 1) {
    const was = before[index + gap] as T;
    const now = after[index] as T;
    if (was === now) continue;
    if (was.id !== now.id) return NOT_ALIGNED;
    upsert.push(now);
  }
  return { upsert, remove };
}

function diffByIds<T extends Identified>(before: readonly T[], after: readonly T[]): CollectionPatch<T> | undefined {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set<string>();
  const upsert: T[] = [];
  for (const item of after) {
    afterIds.add(item.id);
    if (beforeById.get(item.id) !== item) upsert.push(item);
  }
  const remove = before.filter((item) => !afterIds.has(item.id)).map((item) => item.id);
  if (upsert.length === 0 && remove.length === 0 && sameOrder(before, after)) return undefined;

  // Applying keeps survivors in place and appends newcomers; send the order only if that
  // would not reproduce it (a reorder, or an insert in the middle).
  const removed = new Set(remove);
  const expected = [...before.filter((item) => !removed.has(item.id)).map((item) => item.id), ...after.filter((item) => !beforeById.has(item.id)).map((item) => item.id)];
  const patch: CollectionPatch<T> = { upsert, remove };
  if (!expected.every((id, index) => after[index]?.id === id)) patch.order = after.map((item) => item.id);
  return patch;
}

function sameOrder<T extends Identified>(before: readonly T[], after: readonly T[]): boolean {
  return before.length === after.length && before.every((item, index) => after[index]?.id === item.id);
}

export function diffDocuments(before: RekindleDocument, after: RekindleDocument): DocumentPatch {
  const patch: DocumentPatch = {};
  if (before.profile !== after.profile) patch.profile = after.profile;
  if (before.settings !== after.settings) patch.settings = after.settings;
  const applications = diffCollection(before.applications, after.applications);
  if (applications) patch.applications = applications;
  const references = diffCollection(before.references, after.references);
  if (references) patch.references = references;
  const requests = diffCollection(before.requests, after.requests);
  if (requests) patch.requests = requests;
  return patch;
}

function applyCollection<T extends Identified>(items: readonly T[], patch: CollectionPatch<T> | undefined): T[] {
  if (!patch) return items as T[];
  const removed = new Set(patch.remove);
  const updates = new Map(patch.upsert.map((item) => [item.id, item]));
  const next: T[] = [];
  for (const item of items) {
    if (removed.has(item.id)) continue;
    next.push(updates.get(item.id) ?? item);
    updates.delete(item.id);
  }
  next.push(...updates.values());
  if (!patch.order) return next;
  const byId = new Map(next.map((item) => [item.id, item]));
  return patch.order.map((id) => byId.get(id)).filter((item): item is T => item !== undefined);
}

export function applyPatch(document: RekindleDocument, patch: DocumentPatch): RekindleDocument {
  return {
    ...document,
    profile: patch.profile ?? document.profile,
    settings: patch.settings ?? document.settings,
    applications: applyCollection(document.applications, patch.applications),
    references: applyCollection(document.references, patch.references),
    requests: applyCollection(document.requests, patch.requests),
  };
}

/** True when the patch changes nothing. */
export function isEmptyPatch(patch: DocumentPatch): boolean {
  return Object.keys(patch).length === 0;
}
