// Reading the data folder at open, before the store takes it over: the snapshot and the
// journal, checked against each other, become the document to start from. A file from a
// newer version is only read, never touched; otherwise leftovers of interrupted writes
// are cleared and a damaged snapshot is recovered from the backups plus the journal.
import { join } from 'node:path';
import type { StartupNotice } from '../../shared/ipc/responses';
import { emptyDocument } from '../../shared/schema/document';
import type { BackupRotation } from './backups';
import { removeStrayTempFiles } from './durable';
import type { FileSystem } from './file-system';
import { JOURNAL_FORMAT, type JournalContents } from './journal';
import { deviceFileNames, type DeviceFileNames } from './sync/device-files';
import { backupOriginal, blankOpened, corruptName, readFileOrNull, readJournalSafely, recover, replay, type Opened } from './open-state';
import { parseSnapshot } from './snapshot';

export interface DataPaths {
  dir: string;
  data: string;
  journal: string;
  /** What this computer's files are named after (see sync/device-files.ts). */
  names: DeviceFileNames;
}

/** This computer's files in `dir`: the folder's first computer (deviceId null) keeps the unsuffixed pair. */
export function dataPaths(dir: string, deviceId: string | null = null): DataPaths {
  const names = deviceFileNames(deviceId);
  return { dir, data: join(dir, names.snapshot), journal: join(dir, names.journal), names };
}

export type FolderReading =
  /** From a newer version: what was found, and the data file's bytes for "Save a backup". */
  | { kind: 'newer'; opened: Opened; bytes: Buffer | null }
  | { kind: 'ours'; opened: Opened; journal: JournalContents | null };

interface ReadOptions {
  fs: FileSystem;
  paths: DataPaths;
  backups: BackupRotation;
  now: () => Date;
  onProblem?: ((error: unknown) => void) | undefined;
}

export function readDataFolder({ fs, paths, backups, now, onProblem }: ReadOptions): FolderReading {
  const journal = readJournalSafely(fs, paths.journal);
  const snapshotFile = readFileOrNull(fs, paths.data);
  const snapshot = snapshotFile === null ? null : parseSnapshot(snapshotFile, journal?.header?.snapshotSum ?? null);

  const newer = snapshot?.kind === 'newer' ? snapshot.version : (journal?.header?.format ?? 0) > JOURNAL_FORMAT ? JOURNAL_FORMAT + 1 : null;
  if (newer !== null) {
    // Never touch it: no engine, no journal, no backups, no clean-up; nothing at all is written.
    const notice: StartupNotice = { kind: 'newer_version', dataFile: paths.data, foundVersion: newer };
    return { kind: 'newer', opened: blankOpened(notice), bytes: snapshotFile };
  }

  // Only this computer's leftovers: another process may be writing its own files right now.
  removeStrayTempFiles(fs, paths.dir, paths.names.snapshot);
  removeStrayTempFiles(fs, paths.dir, paths.names.journal);
  removeStrayTempFiles(fs, backups.dir, `${paths.names.base}.backup-`);

  let opened: Opened;
  if (snapshot?.kind === 'ok') {
    const meta = snapshot.meta;
    const base = meta?.seq ?? journal?.header?.snapshotSeq ?? 0;
    opened = replay(snapshot.document, base, meta, journal);
    opened.snapshotSeq = base;
    // A file from before the journal, or one just upgraded, is rewritten as a snapshot now.
    if (snapshot.migrated || meta === null || journal?.header?.snapshotSum !== snapshot.sum) opened.pending = 'compact';
    if (snapshot.migrated) backupOriginal(backups, snapshot.bytes, now(), onProblem);
  } else if (snapshot === null && (journal === null || journal.header?.snapshotSum == null)) {
    // A fresh folder, or a first launch that stopped before its first snapshot.
    opened = replay(emptyDocument(), 0, null, journal);
    opened.pending = 'compact';
  } else {
    opened = recover(backups, journal, join(paths.dir, corruptName(now())), snapshot === null ? null : paths.data);
  }
  return { kind: 'ours', opened, journal };
}
