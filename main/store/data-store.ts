// The data file: loaded once at start, held in memory, every change written through before
// the caller gets an answer. Opening never loses data silently: a damaged file is set aside
// and the newest good backup restored; a file from a newer version is left untouched.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { StartupNotice } from '../../shared/ipc/contract';
import { emptyDocument, type RekindleDocument } from '../../shared/schema';
import { DomainError } from '../services/context';
import { BackupRotation } from './backups';
import type { StoreEngine, StoreEngineFactory } from './engine';
import { migrateDocument, NewerVersionError } from './migrations';

export const DATA_FILE_BASE_NAME = 'rekindle-data';
const FILE_MODE = 0o600;

export interface OpenDataStoreOptions {
  dir: string;
  engine: StoreEngineFactory;
  now: () => Date;
}

type Loaded =
  | { kind: 'ok'; document: RekindleDocument; migrated: boolean }
  | { kind: 'missing' }
  | { kind: 'newer'; version: number }
  | { kind: 'damaged'; reason: string };

function loadFile(path: string): Loaded {
  if (!existsSync(path)) return { kind: 'missing' };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { kind: 'damaged', reason: String(error) };
  }
  try {
    const { document, migratedFrom } = migrateDocument(JSON.parse(text));
    return { kind: 'ok', document, migrated: migratedFrom !== null };
  } catch (error) {
    if (error instanceof NewerVersionError) return { kind: 'newer', version: error.foundVersion };
    return { kind: 'damaged', reason: error instanceof Error ? error.message : String(error) };
  }
}

function corruptName(moment: Date): string {
  return `${DATA_FILE_BASE_NAME}.corrupt-${moment.toISOString().replace(/[:.]/g, '-')}.json`;
}

export class DataStore {
  private current: RekindleDocument;

  private constructor(
    private readonly engine: StoreEngine | null,
    readonly path: string,
    private readonly backups: BackupRotation,
    private readonly now: () => Date,
    document: RekindleDocument,
    readonly notice: StartupNotice | null,
  ) {
    this.current = document;
  }

  static open({ dir, engine, now }: OpenDataStoreOptions): DataStore {
    const path = join(dir, `${DATA_FILE_BASE_NAME}.json`);
    const backups = new BackupRotation(join(dir, 'backups'), DATA_FILE_BASE_NAME);
    const loaded = loadFile(path);

    if (loaded.kind === 'newer') {
      // Never touch it: no engine (constructing one may write), no backups, no writes.
      const notice: StartupNotice = { kind: 'newer_version', dataFile: path, foundVersion: loaded.version };
      return new DataStore(null, path, backups, now, emptyDocument(), notice);
    }

    let document = emptyDocument();
    let notice: StartupNotice | null = null;
    let mustWrite = loaded.kind === 'missing';

    if (loaded.kind === 'ok') {
      document = loaded.document;
      if (loaded.migrated) {
        // Keep the file as the older version wrote it before the upgrade rewrites it.
        backups.take(path, now());
        mustWrite = true;
      }
    } else if (loaded.kind === 'damaged') {
      const corruptFile = join(dir, corruptName(now()));
      renameSync(path, corruptFile);
      const restored = newestGoodBackup(backups);
      if (restored) {
        document = restored.document;
        notice = { kind: 'recovered_from_backup', corruptFile, backupFile: restored.path };
      } else {
        notice = { kind: 'started_empty', corruptFile };
      }
      mustWrite = true;
    }

    try {
      const store = engine({ cwd: dir, configName: DATA_FILE_BASE_NAME, fileMode: FILE_MODE });
      if (mustWrite) store.store = document as unknown as Record<string, unknown>;
      backups.take(path, now());
      return new DataStore(store, path, backups, now, document, notice);
    } catch (error) {
      // A folder the user cannot write (permissions, a full or read-only disk): show what
      // could be read and say plainly that nothing will be saved, rather than not starting.
      if (!isFileSystemError(error)) throw error;
      return new DataStore(null, path, backups, now, document, { kind: 'unwritable', dataFile: path });
    }
  }

  get document(): RekindleDocument {
    return this.current;
  }

  get readOnly(): boolean {
    return this.engine === null;
  }

  /** Writes the new document through to disk, then makes it current. */
  replace(next: RekindleDocument): RekindleDocument {
    const engine = this.writableEngine();
    engine.store = next as unknown as Record<string, unknown>;
    this.current = next;
    this.backups.takeIfDue(this.path, this.now());
    return next;
  }

  /** Applies a pure change to the current document and writes the result through. */
  update(change: (document: RekindleDocument) => RekindleDocument): RekindleDocument {
    return this.replace(change(this.current));
  }

  /** Copies the data file into the backup folder now (before a restore or import). */
  takeBackup(): string | null {
    // A read-only store writes nothing at all, not even a backup folder.
    this.writableEngine();
    return this.backups.take(this.path, this.now())?.path ?? null;
  }

  private writableEngine(): StoreEngine {
    if (this.engine === null) {
      throw new DomainError('read_only', 'Rekindle cannot save to its data file right now; nothing was changed.');
    }
    return this.engine;
  }
}

function isFileSystemError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

function newestGoodBackup(backups: BackupRotation): { document: RekindleDocument; path: string } | null {
  for (const file of backups.list()) {
    try {
      const { document } = migrateDocument(JSON.parse(backups.read(file)));
      return { document, path: file.path };
    } catch {
      // A damaged backup is skipped: an older good one is better than none.
    }
  }
  return null;
}
