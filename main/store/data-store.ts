// The data file: loaded once at start, held in memory, and every change made durable
// before anyone hears it was saved: appended to the journal and flushed first, then
// applied in memory. The snapshot (written by electron-store) is brought up to date now
// and then; opening is snapshot plus journal. A damaged snapshot is recovered from the
// newest good backup plus the journal; a file from a newer version is left untouched.
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { StartupNotice } from '../../shared/ipc/responses';
import type { ExternalChanges } from '../../shared/sync/external-changes';
import { diffDocuments, isEmptyPatch, type DocumentPatch } from '../../shared/patch';
import type { RekindleDocument } from '../../shared/schema/document';
import { isFileSystemError, writeFailure } from '../errors';
import { BackupHealth } from './backup-health';
import { BACKUPS_FOLDER, BackupRotation } from './backups';
import type { StoreEngine } from './engine';
import { nodeFileSystem } from './file-system';
import { JournalWriter, sha256, type HybridClock, type JournalRecord } from './journal';
import { readDataFolder, type DataPaths } from './open-folder';
import { headerFor, type Opened } from './open-state';
import { isOfflineError } from './sync/offline';
import { SyncFolder } from './sync/sync-folder';
import { snapshotBytes, type SnapshotMeta } from './snapshot';
import { COMPACT_AFTER_BYTES, FILE_MODE, IDLE_COMPACT_MS, LAUNCH_BACKUP_DELAY_MS, ownPaths, readOnlyError, type OpenDataStoreOptions, type StoreOptions } from './store-options';
import { realTimers } from './timers';

export { DATA_FILE_BASE_NAME } from './open-state';

export { COMPACT_AFTER_BYTES, IDLE_COMPACT_MS, LAUNCH_BACKUP_DELAY_MS, type OpenDataStoreOptions } from './store-options';

export class DataStore {
  private engine: StoreEngine | null = null;
  private current: RekindleDocument;
  private seq: number;
  private snapshotSeq: number;
  private readonly deviceId: string;
  private readonly clock: HybridClock;
  private readonly sync: SyncFolder;
  /** Set when the folder stopped accepting writes mid-session (unplugged, read-only). */
  private offline = false;
  private readonly health: BackupHealth;
  private timer: unknown = null;
  notice: StartupNotice | null;

  private constructor(
    private readonly options: StoreOptions,
    private readonly paths: DataPaths,
    private readonly journal: JournalWriter | null,
    private readonly backups: BackupRotation,
    opened: Opened,
    /** The data file's bytes when it is from a newer version: what "Save a backup" saves. */
    private readonly untouchableBytes: Buffer | null,
    deviceName: string,
  ) {
    this.current = opened.document;
    this.seq = opened.seq;
    this.snapshotSeq = opened.snapshotSeq;
    this.deviceId = opened.deviceId;
    this.clock = opened.clock;
    this.notice = opened.notice;
    this.health = new BackupHealth(backups, options);
    this.sync = SyncFolder.open(options.fs, paths.dir, paths.names, opened, deviceName);
    if (untouchableBytes === null && opened.notice?.kind !== 'newer_version') {
      this.absorbOthers();
      // Once other computers' changes are in the merge, the document is always read off it.
      if (this.sync.shared) this.current = this.sync.state.toDocument();
    }
  }

  static open(input: OpenDataStoreOptions): DataStore {
    const { deviceId, deviceName = hostname(), ...rest } = input;
    const options: StoreOptions = { fs: nodeFileSystem, timers: realTimers, compactAfterBytes: COMPACT_AFTER_BYTES, ...rest };
    const paths = ownPaths(options, deviceId);
    const backups = new BackupRotation(options.fs, join(options.dir, BACKUPS_FOLDER), paths.names.base);
    const reading = readDataFolder({ fs: options.fs, paths, backups, now: options.now, onProblem: options.onProblem });
    if (reading.kind === 'newer') return new DataStore(options, paths, null, backups, reading.opened, reading.bytes, deviceName);
    const { opened, journal } = reading;
    if (deviceId !== undefined) opened.deviceId = deviceId;
    const writer = new JournalWriter(options.fs, paths.journal, journal?.goodLength ?? 0);
    try {
      if (journal) writer.open();
      else writer.reset(headerFor(opened.snapshotSeq, null, opened.deviceId, deviceName));
    } catch (error) {
      // A folder the user cannot write (permissions, a read-only disk): show what could be
      // read and say plainly that nothing will be saved, rather than not starting.
      if (!isFileSystemError(error)) throw error;
      writer.close();
      opened.notice ??= { kind: 'unwritable', dataFile: paths.data };
      return new DataStore(options, paths, null, backups, opened, null, deviceName);
    }
    const store = new DataStore(options, paths, writer, backups, opened, null, deviceName);
    store.snapshotStale ||= opened.pending !== 'nothing';
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
    return this.health.failing;
  }

  get readOnly(): boolean {
    return this.journal === null || this.offline;
  }

  /** Makes the change durable in the journal, then current; answers with the patch. */
  replace(next: RekindleDocument): DocumentPatch {
    const journal = this.writableJournal();
    const patch = diffDocuments(this.current, next);
    if (isEmptyPatch(patch)) return patch;
    const changes = this.sync.notesFor(this.current, patch);
    const previous = this.clock.peek();
    const record: JournalRecord = { seq: this.seq + 1, hlc: this.clock.next(this.options.now().getTime()), device: this.deviceId, patch, changes, seen: this.sync.state.seenList(this.deviceId) };
    try {
      journal.append(record);
    } catch (error) {
      this.clock.restore(previous);
      if (isOfflineError(error)) this.goOffline();
      throw writeFailure(this.offline ? readOnlyError() : error, 'the change');
    }
    this.sync.applyOwn(record);
    this.seq = record.seq;
    this.current = next;
    this.schedule(journal.size > this.options.compactAfterBytes ? 0 : IDLE_COMPACT_MS);
    return patch;
  }

  /**
   * Folds in what the other computers wrote to the folder since the last look, and makes
   * the merge current. Cheap when nothing changed (only sizes and times are read). This
   * computer's own changes are part of the merge, so none is ever lost by it.
   */
  absorbExternal(): ExternalChanges | null {
    if (this.untouchableBytes !== null || this.notice?.kind === 'newer_version') return null;
    if (this.offline) this.retryWritable();
    return this.absorbOthers();
  }

  /** True for the files this computer writes (a watcher ignores them). */
  isOwnFile(path: string): boolean {
    return this.sync.isOwnFile(path);
  }

  /** After the folder stopped taking writes: tries again; true when changes are saved again. */
  retryWritable(): boolean {
    if (!this.offline || this.journal === null) return !this.readOnly;
    try {
      this.journal.open();
    } catch {
      return false; // Still away.
    }
    this.offline = false;
    if (this.notice?.kind === 'unwritable') this.notice = null;
    this.schedule(0);
    return true;
  }

  private absorbOthers(): ExternalChanges | null {
    const absorbed = this.sync.absorb(this.current, this.clock);
    if (absorbed === null) return null;
    this.current = absorbed.document;
    this.snapshotStale = true;
    if (this.journal !== null && !this.offline) this.schedule(IDLE_COMPACT_MS);
    return { patch: absorbed.patch, from: absorbed.from };
  }

  private goOffline(): void {
    this.offline = true;
    this.journal?.close();
    this.notice = { kind: 'unwritable', dataFile: this.paths.data };
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
    if (this.journal === null || this.offline) return false;
    const needsSnapshot = this.seq !== this.snapshotSeq || this.snapshotStale;
    const needsBackup = this.health.backedUpSeq !== this.seq;
    if (!needsSnapshot && !needsBackup) return true;
    const bytes = this.currentBytes();
    if (needsBackup && !this.writeSessionBackup(bytes)) return false;
    if (!needsSnapshot) return true;
    try {
      this.engine ??= this.options.engine({ cwd: this.paths.dir, configName: this.paths.names.base, fileMode: FILE_MODE });
      this.engine.store = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
      const written = this.options.fs.readFileSync(this.paths.data);
      if (!written.equals(bytes)) throw Object.assign(new Error('The snapshot read back differs from what was written.'), { code: 'ENOSPC' });
      this.journal.reset(headerFor(this.seq, sha256(written), this.deviceId, this.sync.deviceName));
      this.snapshotSeq = this.seq;
      this.snapshotStale = false;
      this.sync.tidyConflicts();
      return true;
    } catch (error) {
      if (isOfflineError(error)) this.goOffline();
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
    const meta: SnapshotMeta = { seq: this.seq, deviceId: this.deviceId, hlc: this.clock.peek(), sync: this.sync.encode(this.current) };
    return snapshotBytes(this.current, meta);
  }

  private writeSessionBackup(bytes: Buffer): boolean {
    const outcome = this.health.write(bytes, this.seq);
    if (outcome === 'written_again' && this.notice?.kind === 'backup_failed') this.notice = null;
    if (outcome === 'started_failing') this.notice ??= { kind: 'backup_failed' };
    if (outcome === 'failed' || outcome === 'started_failing') this.schedule(IDLE_COMPACT_MS);
    return outcome === 'written' || outcome === 'written_again';
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
    if (this.offline) this.retryWritable();
    if (this.journal === null || this.offline) throw readOnlyError();
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
