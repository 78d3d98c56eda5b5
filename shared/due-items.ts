// What is due, worked out once per saved document: the sidebar badge, the window title,
// Today, the board and an open card all read the same list instead of each recomputing it.
import { computeDueItems, isLate, type DueItem } from './due';
import { updateDueItems } from './due-patch';
import { stepsTo, type PatchStep } from './document-lineage';
import type { RekindleDocument } from './schema/document';

interface Computed {
  today: string;
  items: DueItem[];
}

// Keyed by the document object: main's answer replaces it on every change, so an entry
// lives exactly as long as the document it describes.
const cache = new WeakMap<RekindleDocument, Computed>();

export function dueItemsOf(document: RekindleDocument, today: string): readonly DueItem[] {
  const cached = cache.get(document);
  if (cached && cached.today === today) return cached.items;
  // A document the window made by patches from one already worked out: follow the patches.
  const steps = stepsTo(document, (earlier) => cache.get(earlier)?.today === today);
  let items: DueItem[];
  if (steps && steps.length > 0) {
    items = (cache.get((steps[0] as PatchStep).before) as Computed).items;
    for (const step of steps) items = updateDueItems(items, step.patch, step.after, today);
  } else {
    items = computeDueItems(document, today);
  }
  cache.set(document, { today, items });
  return items;
}

const overdueCache = new WeakMap<readonly DueItem[], number>();

export function overdueCountOf(document: RekindleDocument, today: string): number {
  const items = dueItemsOf(document, today);
  let count = overdueCache.get(items);
  if (count === undefined) {
    count = items.reduce((sum, item) => sum + (isLate(item) ? 1 : 0), 0);
    overdueCache.set(items, count);
  }
  return count;
}
