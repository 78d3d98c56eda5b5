// The data file: loaded once at start, held in memory, and every change made durable
// before anyone hears it was saved: appended to the journal and flushed first, then
// applied in memory. The snapshot (written by electron-store) is brought up to date now
// and then; opening is snapshot plus journal. A damaged snapshot is recovered from the
// newest good backup plus the journal; a file from a newer version is left untouched.
import { join } from 'node:path';
import type { StartupNotice } from '../../shared/ipc/responses';
import { diffDocuments, isEmptyPatch, type DocumentPatch } from '../../shared/patch';
import type { RekindleDocument } from '../../shared/schema/document';
import { DomainError, isFileSystemError, writeFailure } from '../errors';
import { BACKUPS_FOLDER, BackupRotation } from './backups';
import type { StoreEngine, StoreEngineFactory } from './engine';
import { nodeFileSystem, type FileSystem } from './file-system';
import { JournalWriter, sha256, type HybridClock } from './journal';
import { dataPaths, readDataFolder, type DataPaths } from './open-folder';
import { DATA_FILE_BASE_NAME, headerFor, type Opened } from './open-state';
import { snapshotBytes, type SnapshotMeta } from './snapshot';
import { realTimers, type StoreTimers } from './timers';

export { DATA_FILE_BASE_NAME } from './open-state';
const FILE_MODE = 0o600;
/** Past this size the journal is folded into the snapshot (soon after the change, not during it). */
export const COMPACT_AFTER_BYTES = 1024 * 1024;
/** After this long without a change, the snapshot is brought up to date. */
export const IDLE_COMPACT_MS = 30 * 1000;
/**
 * The launch backup waits until the window has loaded its data: at a heavy user's scale
 * encoding and writing 28 MB holds the main process for half a second, which the window's
 * first requests would otherwise wait behind. Nothing acknowledged depends on it: the
 * newest backup already holds everything up to the snapshot (compaction writes it before
 * the journal is cut), and the journal holds every change since. A change before then
 * moves it to the next compaction, which backs up first; quitting runs it too.
 */
export const LAUNCH_BACKUP_DELAY_MS = 5 * 1000;

export interface OpenDataStoreOptions {
  dir: string;
  engine: StoreEngineFactory;
  now: () => Date;
  /** The file system; tests pass one that fills up or fails at a chosen byte. */
  fs?: FileSystem;
  timers?: StoreTimers;
  compactAfterBytes?: number;
  /** Told about problems that change nothing for the user now (a backup that failed). */
  onProblem?: (error: unknown) => void;
  /**
   * Told when backups start failing and when one succeeds again: once per change of health,
   * never once per retry, so an open window can say it calmly and take it back.
   */
  onBackupHealth?: (failing: boolean) => void;
}


export class DataStore {
  private engine: StoreEngine | null = null;
  private current: RekindleDocument;
  private seq: number;
  private snapshotSeq: number;
  private readonly deviceId: string;
  private readonly clock: HybridClock;
  /** The change the newest backup of this launch holds; null until the launch backup is written. */
  private backedUpSeq: number | null = null;
  private backupFailing = false;
  private timer: unknown = null;
  notice: StartupNotice | null;

  private constructor(
    private readonly options: Required<Omit<OpenDataStoreOptions, 'onProblem' | 'onBackupHealth'>> & Pick<OpenDataStoreOptions, 'onProblem' | 'onBackupHealth'>,
    private readonly paths: DataPaths,
    private readonly journal: JournalWriter | null,
    private readonly backups: BackupRotation,
    opened: Opened,
    /** The data file's bytes when it is from a newer version: what "Save a backup" saves. */
    private readonly untouchableBytes: Buffer | null,
  ) {
    this.current = opened.document;
    this.seq = opened.seq;
    this.snapshotSeq = opened.snapshotSeq;
    this.deviceId = opened.deviceId;
    this.clock = opened.clock;
    this.notice = opened.notice;
  }

  static open(input: OpenDataStoreOptions): DataStore {
    const options = {
      fs: nodeFileSystem,
      timers: realTimers,
      compactAfterBytes: COMPACT_AFTER_BYTES,
      ...input,
    };
    const paths = dataPaths(options.dir);
    const backups = new BackupRotation(options.fs, join(options.dir, BACKUPS_FOLDER), DATA_FILE_BASE_NAME);
    const reading = readDataFolder({ fs: options.fs, paths, backups, now: options.now, onProblem: options.onProblem });
    if (reading.kind === 'newer') return new DataStore(options, paths, null, backups, reading.opened, reading.bytes);
    const { opened, journal } = reading;

    const writer = new JournalWriter(options.fs, paths.journal, journal?.goodLength ?? 0);
    try {
      if (journal) writer.open();
      else writer.reset(headerFor(opened.snapshotSeq, null, opened.deviceId));
    } catch (error) {
      // A folder the user cannot write (permissions, a read-only disk): show what could be
      // read and say plainly that nothing will be saved, rather than not starting.
      if (!isFileSystemError(error)) throw error;
      writer.close();
      opened.notice ??= { kind: 'unwritable', dataFile: paths.data };
      return new DataStore(options, paths, null, backups, opened, null);
    }

    const store = new DataStore(options, paths, writer, backups, opened, null);
    store.snapshotStale = opened.pending !== 'nothing';
    if (opened.pending === 'recover') store.finishRecovery(opened.damagedFile);
    else if (opened.pending === 'compact') store.compact();
    else store.schedule(LAUNCH_BACKUP_DELAY_MS); // the launch backup, once the window has what it needs
    return store;
  }

  get document(): RekindleDocument {
    return this.current;
  }

  get path(): string {
    return this.paths.data;
  }

  /** True from a failed backup until the next one succeeds; the data itself is saved either way. */
  get backupsFailing(): boolean {
    return this.backupFailing;
  }

  get readOnly(): boolean {
    return this.journal === null;
  }

  /** Makes the change durable in the journal, then current; answers with the patch. */
  replace(next: RekindleDocument): DocumentPatch {
    const journal = this.writableJournal();
    const patch = diffDocuments(this.current, next);
    if (isEmptyPatch(patch)) return patch;
    const record = { seq: this.seq + 1, hlc: this.clock.next(this.options.now().getTime()), device: this.deviceId, patch };
    try {
      journal.append(record);
    } catch (error) {
      throw writeFailure(error, 'the change');
    }
    this.seq = record.seq;
    this.current = next;
    this.schedule(journal.size > this.options.compactAfterBytes ? 0 : IDLE_COMPACT_MS);
    return patch;
  }

  /** Applies a pure change to the current document and writes the result through. */
  update(change: (document: RekindleDocument) => RekindleDocument): RekindleDocument {
    this.replace(change(this.current));
    return this.current;
  }

  /** A backup now (before a restore or import); refuses with disk_full or io_error if it fails. */
  takeBackup(): string {
    this.writableJournal();
    try {
      return this.backups.write(this.currentBytes(), this.options.now(), { session: false }).path;
    } catch (error) {
      throw writeFailure(error, 'the backup taken before this change');
    }
  }

  /** What "Save a backup" saves: the document, or in a newer version's folder the file as it is. */
  backupSource(): RekindleDocument | Uint8Array {
    return this.untouchableBytes ?? this.current;
  }

  /**
   * Folds the journal into the snapshot: (1) a verified backup from memory, so the newest
   * backup holds everything the journal is about to drop; (2) electron-store writes the
   * snapshot; (3) it is read back and compared byte for byte; (4) only then the journal
   * starts afresh. Any failure leaves the journal as it was. True when all of it is done.
   */
  compact(): boolean {
    this.cancelTimer();
    if (this.journal === null) return false;
    const needsSnapshot = this.seq !== this.snapshotSeq || this.snapshotStale;
    const needsBackup = this.backedUpSeq !== this.seq;
    if (!needsSnapshot && !needsBackup) return true;
    const bytes = this.currentBytes();
    if (needsBackup && !this.writeSessionBackup(bytes)) return false;
    if (!needsSnapshot) return true;
    try {
      this.engine ??= this.options.engine({ cwd: this.paths.dir, configName: DATA_FILE_BASE_NAME, fileMode: FILE_MODE });
      this.engine.store = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
      const written = this.options.fs.readFileSync(this.paths.data);
      if (!written.equals(bytes)) throw Object.assign(new Error('The snapshot read back differs from what was written.'), { code: 'ENOSPC' });
      this.journal.reset(headerFor(this.seq, sha256(written), this.deviceId));
      this.snapshotSeq = this.seq;
      this.snapshotStale = false;
      return true;
    } catch (error) {
      this.snapshotStale = true;
      this.options.onProblem?.(error);
      this.schedule(IDLE_COMPACT_MS);
      return false;
    }
  }

  /** On quit: brings the snapshot up to date and lets go of the journal. */
  close(): void {
    this.compact();
    this.cancelTimer();
    this.journal?.close();
  }

  private snapshotStale = false;

  private currentBytes(): Buffer {
    const meta: SnapshotMeta = { seq: this.seq, deviceId: this.deviceId, hlc: this.clock.peek() };
    return snapshotBytes(this.current, meta);
  }

  /**
   * A failed backup never fails a change: it is retried later and reported once, when
   * backups start failing; the next backup that succeeds takes the report back.
   */
  private writeSessionBackup(bytes: Buffer): boolean {
    try {
      this.backups.write(bytes, this.options.now(), { session: true });
      this.backedUpSeq = this.seq;
      if (this.backupFailing) {
        this.backupFailing = false;
        if (this.notice?.kind === 'backup_failed') this.notice = null;
        this.options.onBackupHealth?.(false);
      }
      return true;
    } catch (error) {
      this.options.onProblem?.(error);
      if (!this.backupFailing) {
        this.backupFailing = true;
        this.notice ??= { kind: 'backup_failed' };
        this.options.onBackupHealth?.(true);
      }
      this.schedule(IDLE_COMPACT_MS);
      return false;
    }
  }

  /**
   * After recovering from a backup: the restored document is written to a new verified
   * backup first, and only then is the damaged file set aside and the snapshot rewritten.
   * If that first write fails, nothing is renamed and the next launch recovers again.
   */
  private finishRecovery(damagedFile: string | null): void {
    this.snapshotStale = true;
    if (!this.writeSessionBackup(this.currentBytes())) {
      // Nothing was set aside: the damaged file is still where it was, and is recovered again.
      if (damagedFile !== null && this.notice !== null && 'corruptFile' in this.notice) this.notice = { ...this.notice, corruptFile: damagedFile };
      return;
    }
    const notice = this.notice;
    if (damagedFile !== null && notice !== null && 'corruptFile' in notice) {
      try {
        this.options.fs.renameSync(damagedFile, notice.corruptFile);
      } catch (error) {
        this.options.onProblem?.(error);
        return;
      }
    }
    this.compact();
  }

  private writableJournal(): JournalWriter {
    if (this.journal === null) {
      throw new DomainError('read_only', 'Rekindle cannot save to its data file right now; nothing was changed.');
    }
    return this.journal;
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.timer = this.options.timers.set(() => {
      this.timer = null;
      this.compact();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.options.timers.clear(this.timer);
    this.timer = null;
  }
}
