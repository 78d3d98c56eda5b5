// The merge state as a snapshot keeps it, inside the snapshot's `storeMeta`: per record the
// stamps of its fields, whether it is there, where it sorts, its replaced values, and the
// tombstones other computers may still need. Values of records that are there are the
// document's own; computer ids are written once and referred to by number.
import type { RekindleDocument } from '../../../shared/schema/document';
import { DERIVED_FIELD, PARTS, SINGLE_ID, type Part } from './change-notes';
import { NEVER, type Entry, type FieldStamp, type LostValue } from './merge-entry';
import { MergeState } from './merge-state';
import { isStamp, type Stamp } from './stamp';

export const SYNC_FORMAT = 1;

type Packed = [number, number, number];
type Row = [id: string, d: Packed, alive: 0 | 1, aliveAt: Packed, placed: [Packed, number], fields: Record<string, [Packed, Packed | 0, Packed[]?]> | 0, lost: Array<[string, unknown, Packed]> | 0, value?: Record<string, unknown>];

export interface EncodedState {
  v: number;
  devices: Array<[string, string]>;
  seen: Packed[];
  rows: Partial<Record<Part, Row[]>>;
}

/** `document` is the one the snapshot holds: records missing from it keep their values here. */
export function encodeState(state: MergeState, document: RekindleDocument): EncodedState {
  const index = new Map<string, number>();
  const devices: Array<[string, string]> = [];
  const pack = (stamp: Stamp): Packed => {
    let at = index.get(stamp[2]);
    if (at === undefined) {
      at = devices.length;
      index.set(stamp[2], at);
      devices.push([stamp[2], state.devices.get(stamp[2]) ?? '']);
    }
    return [stamp[0], stamp[1], at];
  };
  for (const [id] of state.devices) pack([0, 0, id]);
  const rows: EncodedState['rows'] = {};
  for (const part of PARTS) {
    const inDocument = part === 'profile' || part === 'settings' ? new Set<string>() : new Set(document[part].map((record) => record.id));
    rows[part] = [...state.entries(part)].map(([id, entry]) => {
      const fields = entry.f
        ? Object.fromEntries(Object.entries(entry.f).map(([field, own]): [string, [Packed, Packed | 0, Packed[]?]] => [field, own.v ? [pack(own.s), own.b ? pack(own.b) : 0, Object.values(own.v).map(pack)] : [pack(own.s), own.b ? pack(own.b) : 0]]))
        : 0;
      const lost = entry.lost ? entry.lost.map((item): [string, unknown, Packed] => [item.field, item.value ?? null, pack(item.s)]) : 0;
      const row: Row = [id, pack(entry.d), entry.alive ? 1 : 0, pack(entry.aliveAt), [pack(entry.placed[0]), entry.placed[1]], fields, lost];
      if (!inDocument.has(id)) row.push(entry.value);
      return row;
    });
  }
  const seen = [...state.seen.values()].map(pack);
  return { v: SYNC_FORMAT, devices, seen, rows };
}

/**
 * The merge state a snapshot holds, its records' values taken from its document; null when
 * the snapshot has none (written before sync) or it is not one this version can read.
 */
export function decodeState(raw: unknown, document: RekindleDocument): MergeState | null {
  const encoded = raw as Partial<EncodedState> | null | undefined;
  if (!encoded || encoded.v !== SYNC_FORMAT || !Array.isArray(encoded.devices) || typeof encoded.rows !== 'object' || encoded.rows === null) return null;
  const devices = encoded.devices;
  const unpack = (packed: unknown): Stamp => {
    if (!Array.isArray(packed) || packed.length !== 3) return NEVER;
    const device = devices[Number(packed[2])]?.[0];
    const stamp: unknown = [Number(packed[0]), Number(packed[1]), device];
    return isStamp(stamp) ? stamp : NEVER;
  };
  const state = new MergeState();
  for (const [id, name] of devices) if (typeof id === 'string' && typeof name === 'string' && name !== '') state.devices.set(id, name);
  for (const packed of encoded.seen ?? []) state.note(unpack(packed));
  const values: Record<Part, Map<string, Record<string, unknown>>> = {
    profile: new Map([[SINGLE_ID, document.profile]]),
    settings: new Map([[SINGLE_ID, document.settings]]),
    applications: byId(document.applications),
    references: byId(document.references),
    requests: byId(document.requests),
  };
  for (const part of PARTS) {
    const rows = encoded.rows[part];
    if (!Array.isArray(rows)) continue;
    const entries = state.entries(part);
    for (const row of rows) {
      if (!Array.isArray(row) || typeof row[0] !== 'string') continue;
      const [id, d, alive, aliveAt, placed, fields, lost, stored] = row;
      const fromDocument = part === 'profile' || part === 'settings' ? undefined : values[part].get(id);
      const value = alive === 1 && fromDocument ? withoutDerived(fromDocument) : stored;
      if (typeof value !== 'object' || value === null) continue;
      const entry: Entry = {
        value,
        d: unpack(d),
        f: fields ? Object.fromEntries(Object.entries(fields).map(([field, [s, b, v]]): [string, FieldStamp] => [field, { s: unpack(s), b: b ? unpack(b) : null, ...(Array.isArray(v) ? { v: vectorFrom(v.map(unpack)) } : {}) }])) : null,
        alive: alive === 1,
        aliveAt: unpack(aliveAt),
        placed: [unpack(placed?.[0]), Number(placed?.[1]) || 0],
        lost: Array.isArray(lost) && lost.length > 0 ? lost.map(([field, item, s]): LostValue => ({ field, value: item, s: unpack(s) })) : null,
      };
      entries.set(id, entry);
    }
  }
  return state;
}

function vectorFrom(stamps: Stamp[]): Record<string, Stamp> {
  return Object.fromEntries(stamps.filter((stamp) => stamp[2] !== '').map((stamp) => [stamp[2], stamp]));
}

function byId(records: ReadonlyArray<{ id: string }>): Map<string, Record<string, unknown>> {
  return new Map(records.map((record) => [record.id, record]));
}

function withoutDerived(record: Record<string, unknown>): Record<string, unknown> {
  if (!(DERIVED_FIELD in record)) return record;
  const { [DERIVED_FIELD]: _derived, ...rest } = record;
  return rest;
}
