// One record in the merge, after Actual Budget's CRDT: every field is a last-writer-wins
// register (the latest stamp wins), being there or removed is one more register (removes
// are tombstones), and where the record sorts is fixed by the change that created it.
// Applying the same changes in any order gives the same entry.
import { DERIVED_FIELD, type RecordChange } from './change-notes';
import { carried, compareStamps, isCarried, type Stamp } from './stamp';

/** Older than every change: the stamp of what an entry has not heard of yet. */
export const NEVER: Stamp = [-(2 ** 53), 0, ''];

/** Replacing these says nothing the user would miss, so a replaced value is not kept. */
const UNREMARKABLE = new Set(['id', 'updatedAt']);
/** Losses kept per record, the newest ones; the same cap as the record's `overwritten`. */
export const LOST_KEPT = 20;

export interface FieldStamp {
  s: Stamp;
  /** The stamp of the value this write replaced on its computer; null when none. */
  b: Stamp | null;
  /** What the writing computer had seen of each computer when it wrote (see JournalRecord.seen). */
  v?: SeenVector;
}

/** Computer id → the latest of its changes a computer had folded in. */
export type SeenVector = Readonly<Record<string, Stamp>>;

/**
 * Whether the computer that wrote `by` (with what it had seen, `vector`) knew of the write
 * `of`: its own earlier writes it always knew; another's when it had folded that far in.
 * Without a vector (files from before the vectors), the base it wrote on top of decides.
 */
function knew(by: Stamp, vector: SeenVector | undefined, base: Stamp | null, of: Stamp): boolean {
  if (by[2] === of[2]) return compareStamps(of, by) <= 0;
  if (vector) {
    const seen = vector[of[2]];
    return seen !== undefined && compareStamps(of, seen) <= 0;
  }
  return base !== null && compareStamps(base, of) >= 0;
}

export interface LostValue {
  field: string;
  value: unknown;
  s: Stamp;
}

export interface Entry {
  /** The merged fields, without the derived `overwritten`. Never changed in place. */
  value: Record<string, unknown>;
  /** The stamp of every field that has none of its own in `f`. */
  d: Stamp;
  f: Record<string, FieldStamp> | null;
  alive: boolean;
  aliveAt: Stamp;
  /** Where the record sorts: the stamp of the change that created it and its place in that change. */
  placed: [Stamp, number];
  lost: LostValue[] | null;
}

export function newEntry(): Entry {
  return { value: {}, d: NEVER, f: null, alive: false, aliveAt: NEVER, placed: [NEVER, 0], lost: null };
}

function fieldStamp(entry: Entry, field: string): FieldStamp {
  return entry.f?.[field] ?? { s: entry.d, b: null };
}

function lossKey(field: string, stamp: Stamp): string {
  return `${field}@${stamp[0]}.${stamp[1]}.${stamp[2]}`;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));
}

function rememberLoss(entry: Entry, field: string, value: unknown, stamp: Stamp): void {
  if (UNREMARKABLE.has(field) || isCarried(stamp)) return;
  const key = lossKey(field, stamp);
  const lost = entry.lost ?? [];
  if (lost.some((known) => lossKey(known.field, known.s) === key)) return;
  entry.lost = [...lost, { field, value, s: stamp }].sort((a, b) => compareStamps(a.s, b.s) || (a.field < b.field ? -1 : 1)).slice(-LOST_KEPT);
}

/**
 * One write of one field: the latest stamp wins. The value that loses is kept as replaced
 * unless the winner was made on top of it or of anything later (its base): then the winner's
 * computer had seen it, or something that already replaced it. Losses are kept once found
 * (snapshots carry them), so they reach every computer.
 */
export function applyWrite(entry: Entry, key: string, incoming: unknown, at: Stamp, base: Stamp | null, vector?: SeenVector): boolean {
  const current = fieldStamp(entry, key);
  const order = compareStamps(at, current.s);
  if (order > 0) {
    const value = entry.value;
    const seen = knew(at, vector, base, current.s);
    if (!seen && !isCarried(at) && !isCarried(current.s) && key in value && !same(value[key], incoming)) rememberLoss(entry, key, value[key], current.s);
    const next = { ...value };
    if (incoming === undefined) delete next[key];
    else next[key] = incoming;
    entry.value = next;
    entry.f = { ...(entry.f ?? {}), [key]: vector ? { s: at, b: base, v: vector } : { s: at, b: base } };
    return true;
  }
  if (order < 0 && !isCarried(at) && !isCarried(current.s) && !knew(current.s, current.v, current.b, at) && !same(entry.value[key], incoming)) {
    const before = entry.lost;
    rememberLoss(entry, key, incoming, at);
    return before !== entry.lost;
  }
  return false;
}

/** Applies one upsert; answers whether the entry changed. */
export function applyUpsert(entry: Entry, record: Record<string, unknown>, stamp: Stamp, change: RecordChange | undefined, index: number, isNew: boolean, vector?: SeenVector): boolean {
  let changed = false;
  if (compareStamps(stamp, entry.aliveAt) > 0) {
    changed ||= !entry.alive;
    entry.alive = true;
    entry.aliveAt = stamp;
  }
  if ((change ? change.created === true : isNew) && compareStamps(stamp, entry.placed[0]) > 0) {
    entry.placed = [stamp, index];
    changed = true;
  }
  const written = (key: string) => change === undefined || key in change.fields;
  if (entry.d === NEVER && entry.f === null && Object.keys(entry.value).length === 0) {
    // A record first heard of: every field at this change's stamp, in one shared object.
    const { [DERIVED_FIELD]: _derived, ...fields } = record;
    const all = Object.keys(fields).every(written);
    entry.value = DERIVED_FIELD in record ? fields : record;
    entry.d = all ? stamp : carried(stamp);
    if (!all) entry.f = Object.fromEntries(Object.keys(fields).filter(written).map((key) => [key, { s: stamp, b: null }]));
    return true;
  }
  const keys = new Set([...Object.keys(record), ...Object.keys(entry.value)]);
  keys.delete(DERIVED_FIELD);
  for (const key of keys) {
    const own = written(key);
    // A journal from before sync is one computer's changes in order: each made on top of the last.
    const base = change === undefined ? fieldStamp(entry, key).s : own ? change.fields[key] || null : null;
    changed = applyWrite(entry, key, record[key], own ? stamp : carried(stamp), base, own ? vector : undefined) || changed;
  }
  return changed;
}

/** Folds another computer's entry for the same record into this one (snapshots merging). */
export function joinEntry(entry: Entry, other: Entry): boolean {
  let changed = false;
  if (compareStamps(other.aliveAt, entry.aliveAt) > 0) {
    changed ||= entry.alive !== other.alive;
    entry.alive = other.alive;
    entry.aliveAt = other.aliveAt;
  }
  if (compareStamps(other.placed[0], entry.placed[0]) > 0) {
    entry.placed = other.placed;
    changed = true;
  }
  for (const lost of other.lost ?? []) {
    const before = entry.lost;
    rememberLoss(entry, lost.field, lost.value, lost.s);
    changed ||= before !== entry.lost;
  }
  const keys = new Set([...Object.keys(other.value), ...Object.keys(other.f ?? {}), ...Object.keys(entry.value)]);
  keys.delete(DERIVED_FIELD);
  for (const key of keys) {
    const own = fieldStamp(other, key);
    changed = applyWrite(entry, key, other.value[key], own.s, own.b, own.v) || changed;
  }
  return changed;
}

export function applyRemove(entry: Entry, stamp: Stamp): boolean {
  if (compareStamps(stamp, entry.aliveAt) <= 0) return false;
  const changed = entry.alive;
  entry.alive = false;
  entry.aliveAt = stamp;
  return changed;
}

/** The field's current stamp, for a local change to name what it replaces. */
export function stampOfField(entry: Entry | undefined, field: string): Stamp | 0 {
  if (!entry) return 0;
  const stamp = fieldStamp(entry, field).s;
  return stamp === NEVER ? 0 : stamp;
}
