// Choosing what to recover from when the snapshot is damaged: the good backup that goes
// furthest (by the last change it holds, not by its file date, which a wrong clock can
// put anywhere), so the journal's records after it complete the picture.
import type { RekindleDocument } from '../../shared/schema/document';
import type { BackupFile, BackupRotation } from './backups';
import { migrateDocument } from './migrations';
import { readMeta, type SnapshotMeta } from './snapshot';

export interface RecoveryBase {
  document: RekindleDocument;
  meta: SnapshotMeta | null;
  file: BackupFile;
}

export function findRecoveryBase(backups: BackupRotation): RecoveryBase | null {
  const candidates: Array<{ file: BackupFile; raw: unknown; seq: number; order: number }> = [];
  backups.list().forEach((file, order) => {
    try {
      const raw: unknown = JSON.parse(backups.read(file).toString('utf8'));
      candidates.push({ file, raw, seq: readMeta(raw)?.seq ?? -1, order });
    } catch {
      // A damaged backup is skipped: an older good one is better than none.
    }
  });
  candidates.sort((a, b) => b.seq - a.seq || a.order - b.order);
  for (const candidate of candidates) {
    try {
      const { document } = migrateDocument(candidate.raw);
      return { document, meta: readMeta(candidate.raw), file: candidate.file };
    } catch {
      // Valid JSON of the wrong shape: try the next one.
    }
  }
  return null;
}
