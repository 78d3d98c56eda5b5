// The timestamp of one saved change, as in Actual Budget's CRDT messages: a hybrid logical
// clock (wall-clock milliseconds and a counter) and the id of the computer that made it,
// which breaks ties, so any two changes are ordered the same way on every computer.

/** Hybrid logical clock: wall-clock milliseconds, and a counter for changes in the same one. */
export type HlcStamp = [wallMs: number, counter: number];

export type Stamp = readonly [wallMs: number, counter: number, device: string];

/**
 * Below every real stamp, yet ordered among themselves: the stamp given to the fields a
 * change carried along unchanged (patches hold whole records), so they fill in a record
 * that was missing here but never beat a value that somebody really wrote.
 */
const CARRIED_OFFSET = 2 ** 52;

export function stampOf(hlc: HlcStamp, device: string): Stamp {
  return [hlc[0], hlc[1], device];
}

export function carried(stamp: Stamp): Stamp {
  return stamp[0] < 0 ? stamp : [stamp[0] - CARRIED_OFFSET, stamp[1], stamp[2]];
}

export function isCarried(stamp: Stamp): boolean {
  return stamp[0] < 0;
}

export function compareStamps(a: Stamp, b: Stamp): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0;
}

export function sameStamp(a: Stamp | null | undefined, b: Stamp | null | undefined): boolean {
  if (!a || !b) return a === b || (!a && !b);
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
}

export function maxStamp(a: Stamp | null, b: Stamp | null): Stamp | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareStamps(a, b) >= 0 ? a : b;
}

/** True for a well-formed stamp read from a file another computer wrote. */
export function isStamp(value: unknown): value is Stamp {
  return Array.isArray(value) && value.length === 3 && Number.isFinite(value[0]) && Number.isFinite(value[1]) && typeof value[2] === 'string';
}
