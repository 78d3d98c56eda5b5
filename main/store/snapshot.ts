// The data file as the journal's snapshot: the document plus a small `storeMeta` member
// written first (the last change it holds, this computer's id, the clock), so a backup or
// the data file says how far it goes by its first bytes.
import { CURRENT_SCHEMA_VERSION, type RekindleDocument } from '../../shared/schema/document';
import type { HlcStamp } from './journal';
import { sha256 } from './journal';
import { migrateDocument, NewerVersionError } from './migrations';
import { serializeDocument } from './serialize';

export const META_KEY = 'storeMeta';

export interface SnapshotMeta {
  seq: number;
  deviceId: string;
  hlc: HlcStamp;
  /** The merge state (per-field stamps, tombstones) other computers merge with; see sync/state-codec. */
  sync?: unknown;
}

export type SnapshotRead =
  | { kind: 'ok'; document: RekindleDocument; meta: SnapshotMeta | null; sum: string; migrated: boolean; bytes: Buffer }
  | { kind: 'newer'; version: number; bytes: Buffer }
  | { kind: 'damaged'; reason: string };

export function snapshotBytes(document: RekindleDocument, meta: SnapshotMeta): Buffer {
  return serializeDocument({ [META_KEY]: meta, ...document });
}

/** What a snapshot or backup file says of itself, or null for a file from before the journal. */
export function readMeta(raw: unknown): SnapshotMeta | null {
  const meta = (raw as Record<string, unknown> | null)?.[META_KEY] as Partial<SnapshotMeta> | undefined;
  if (typeof meta?.seq !== 'number' || !Number.isSafeInteger(meta.seq) || meta.seq < 0) return null;
  const hlc: HlcStamp = Array.isArray(meta.hlc) && meta.hlc.length === 2 ? [Number(meta.hlc[0]) || 0, Number(meta.hlc[1]) || 0] : [0, 0];
  return { seq: meta.seq, deviceId: typeof meta.deviceId === 'string' ? meta.deviceId : '', hlc, ...(meta.sync === undefined ? {} : { sync: meta.sync }) };
}

/**
 * Parses a snapshot. When its checksum is the one recorded when it was written (`trustedSum`),
 * it is known to be a document this version validated and wrote, so the full schema check
 * (half of opening a heavy user's file) is skipped; otherwise it is validated, and always
 * after a migration.
 */
export function parseSnapshot(bytes: Buffer, trustedSum: string | null): SnapshotRead {
  const sum = sha256(bytes);
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    return { kind: 'damaged', reason: error instanceof Error ? error.message : 'not JSON' };
  }
  const meta = readMeta(raw);
  const record = raw as Record<string, unknown> | null;
  if (sum === trustedSum && record?.schemaVersion === CURRENT_SCHEMA_VERSION) {
    const { [META_KEY]: _meta, ...document } = record;
    return { kind: 'ok', document: document as RekindleDocument, meta, sum, migrated: false, bytes };
  }
  try {
    const { document, migratedFrom } = migrateDocument(raw);
    return { kind: 'ok', document, meta, sum, migrated: migratedFrom !== null, bytes };
  } catch (error) {
    if (error instanceof NewerVersionError) return { kind: 'newer', version: error.foundVersion, bytes };
    return { kind: 'damaged', reason: error instanceof Error ? error.message : 'unreadable' };
  }
}
