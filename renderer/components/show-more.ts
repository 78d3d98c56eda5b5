// Long lists render a window from the top and grow on request, so a heavy user's board or
// table opens as fast as a light user's. Pure helpers, tested directly.

/** Cards a board column shows at first, and how many each "Show more" adds. */
export const CARD_WINDOW = 50;
/** Cards a column draws in the board's first frame: more than a tall window shows. */
export const FIRST_PAINT_CARDS = 12;
/** Rows a table shows at first, and how many each "Show more" adds. */
export const ROW_WINDOW = 100;

/**
 * The first `limit` ids, plus `keep` when it sits further down: a card being dragged stays
 * rendered wherever the drag puts it, or the drag library would lose track of it.
 */
export function windowOf<T>(items: readonly T[], limit: number, keep?: T | null): T[] {
  const shown = items.slice(0, limit);
  if (keep !== undefined && keep !== null && items.length > limit && items.indexOf(keep, limit) >= 0) shown.push(keep);
  return shown;
}

