// What opening the data folder found: the document at the snapshot plus the journal's
// records after it, or a recovery from the furthest good backup plus the journal.
import { randomUUID } from 'node:crypto';
import type { StartupNotice } from '../../shared/ipc/responses';
import { applyPatch } from '../../shared/patch';
import { emptyDocument, type RekindleDocument } from '../../shared/schema/document';
import type { BackupRotation } from './backups';
import type { FileSystem } from './file-system';
import { HybridClock, JOURNAL_FORMAT, readJournal, type JournalContents, type JournalHeader } from './journal';
import { findRecoveryBase } from './recovery';
import type { SnapshotMeta } from './snapshot';

export const DATA_FILE_BASE_NAME = 'rekindle-data';

export interface Opened {
  document: RekindleDocument;
  seq: number;
  snapshotSeq: number;
  deviceId: string;
  clock: HybridClock;
  notice: StartupNotice | null;
  /** What must be done before the store can be trusted as it is on disk. */
  pending: 'nothing' | 'compact' | 'recover';
  damagedFile: string | null;
  journal: JournalContents | null;
  /** What the journal was replayed over: the merge starts from it (and its merge state). */
  base: { document: RekindleDocument; meta: SnapshotMeta | null } | null;
}

export function headerFor(snapshotSeq: number, snapshotSum: string | null, deviceId: string, deviceName?: string): JournalHeader {
  return { type: 'header', format: JOURNAL_FORMAT, snapshotSeq, snapshotSum, deviceId, ...(deviceName ? { deviceName } : {}) };
}

export function blankOpened(notice: StartupNotice | null): Opened {
  return {
    document: emptyDocument(),
    seq: 0,
    snapshotSeq: 0,
    deviceId: randomUUID(),
    clock: new HybridClock(),
    notice,
    pending: 'nothing',
    damagedFile: null,
    journal: null,
    base: null,
  };
}

/** The document at `baseSeq`, with every journal record after it applied in order. */
export function replay(base: RekindleDocument, baseSeq: number, meta: SnapshotMeta | null, journal: JournalContents | null): Opened & { replayed: number } {
  let document = base;
  let seq = baseSeq;
  let hlc = meta?.hlc ?? ([0, 0] as [number, number]);
  let replayed = 0;
  for (const record of journal?.records ?? []) {
    if (record.seq <= seq) continue;
    document = applyPatch(document, record.patch);
    seq = record.seq;
    if (record.hlc[0] > hlc[0] || (record.hlc[0] === hlc[0] && record.hlc[1] > hlc[1])) hlc = record.hlc;
    replayed += 1;
  }
  const deviceId = journal?.header?.deviceId || meta?.deviceId || randomUUID();
  return { ...blankOpened(null), document, seq, snapshotSeq: baseSeq, deviceId, clock: new HybridClock(hlc), journal, replayed, base: { document: base, meta } };
}

export function recover(backups: BackupRotation, journal: JournalContents | null, corruptFile: string, damagedFile: string | null): Opened {
  const base = findRecoveryBase(backups);
  const opened = replay(base?.document ?? emptyDocument(), base?.meta?.seq ?? 0, base?.meta ?? null, journal);
  opened.notice = base
    ? { kind: 'recovered_from_backup', corruptFile, backupFile: base.file.path, backupTakenAt: base.file.takenAt.toISOString(), replayed: opened.replayed }
    : { kind: 'started_empty', corruptFile, replayed: opened.replayed };
  opened.pending = 'recover';
  opened.damagedFile = damagedFile;
  return opened;
}

export function corruptName(moment: Date): string {
  return `${DATA_FILE_BASE_NAME}.corrupt-${moment.toISOString().replace(/[:.]/g, '-')}.json`;
}

export function backupOriginal(backups: BackupRotation, bytes: Buffer, now: Date, onProblem?: (error: unknown) => void): void {
  // The file as the older version wrote it, kept before the upgrade rewrites it.
  try {
    backups.write(bytes, now, { session: false });
  } catch (error) {
    onProblem?.(error);
  }
}

export function readFileOrNull(fs: FileSystem, path: string): Buffer | null {
  try {
    return fs.readFileSync(path);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    // Unreadable is as good as damaged: recovery takes over.
    return Buffer.alloc(0);
  }
}

export function readJournalSafely(fs: FileSystem, path: string): JournalContents | null {
  try {
    return readJournal(fs, path);
  } catch {
    return null;
  }
}
