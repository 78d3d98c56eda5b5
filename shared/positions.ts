// Card order within a board column. Shared so the renderer can place a dropped card with
// the same rule main uses when it appends one.

/** A position between two neighbours in a column (null: no neighbour on that side). */
export function positionBetween(before: number | null, after: number | null): number {
  if (before === null && after === null) return 0;
  if (before === null) return (after as number) - 1;
  if (after === null) return before + 1;
  return (before + after) / 2;
}
