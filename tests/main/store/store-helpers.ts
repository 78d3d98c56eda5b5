// What the store tests share: a clock to set, timers driven by hand, and a file system
// that runs out of space at a chosen byte (short writes, or ENOSPC) or fails its fsync.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataStore } from '../../../main/store/data-store';
import { confEngine } from '../../../main/store/engine';
import type { FileSystem } from '../../../main/store/file-system';
import { nodeFileSystem } from '../../../main/store/file-system';
import { parseJournal, type JournalContents } from '../../../main/store/journal';
import type { StoreTimers } from '../../../main/store/timers';
import type { RekindleDocument } from '../../../shared/schema/document';
import { makeReference } from '../../fixtures/documents';
import { readOnlyFileSystem } from '../../fixtures/read-only-fs';

export { readOnlyFileSystem };

export function makeClock(start = '2026-03-02T08:00:00.000Z') {
  let time = new Date(start).getTime();
  return {
    now: () => new Date(time),
    advance(ms: number) {
      time += ms;
    },
    set(iso: string) {
      time = new Date(iso).getTime();
    },
  };
}

export type Clock = ReturnType<typeof makeClock>;

export interface ManualTimers extends StoreTimers {
  /** Runs everything that is due, as if the app had been idle long enough. */
  runAll(): void;
  readonly pending: number;
}

export function manualTimers(): ManualTimers {
  const tasks = new Map<number, () => void>();
  let next = 0;
  return {
    set(run) {
      next += 1;
      tasks.set(next, run);
      return next;
    },
    clear(handle) {
      tasks.delete(Number(handle));
    },
    runAll() {
      for (const [key, run] of [...tasks]) {
        tasks.delete(key);
        run();
      }
    },
    get pending() {
      return tasks.size;
    },
  };
}

export interface FaultyFileSystem extends FileSystem {
  /** Bytes the disk still takes; null for unlimited. */
  spaceLeft: number | null;
  /** 'short': a write that does not fit writes what fits, then 0 bytes; 'throw': what fits, then ENOSPC. */
  mode: 'short' | 'throw';
  /** Only writes to paths matching this are limited (all when null). */
  limitPaths: RegExp | null;
  /** Makes every fsync of a limited path fail with EIO. */
  failFsync: boolean;
}

function enospc(): Error {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

export function faultyFileSystem(): FaultyFileSystem {
  const pathOf = new Map<number, string>();
  const faulty: FaultyFileSystem = {
    ...nodeFileSystem,
    spaceLeft: null,
    mode: 'short',
    limitPaths: null,
    failFsync: false,
    openSync(path, flags, mode) {
      const fd = nodeFileSystem.openSync(path, flags, mode);
      pathOf.set(fd, path);
      return fd;
    },
    closeSync(fd) {
      pathOf.delete(fd);
      nodeFileSystem.closeSync(fd);
    },
    writeSync(fd, buffer, offset, length) {
      const limited = faulty.limitPaths === null || faulty.limitPaths.test(pathOf.get(fd) ?? '');
      if (!limited || faulty.spaceLeft === null) return nodeFileSystem.writeSync(fd, buffer, offset, length);
      const fits = Math.min(length, faulty.spaceLeft);
      if (fits === 0 && faulty.mode === 'throw') throw enospc();
      const written = fits === 0 ? 0 : nodeFileSystem.writeSync(fd, buffer, offset, fits);
      faulty.spaceLeft -= written;
      if (written < length && faulty.mode === 'throw') throw enospc();
      return written;
    },
    fsyncSync(fd) {
      const limited = faulty.limitPaths === null || faulty.limitPaths.test(pathOf.get(fd) ?? '');
      if (faulty.failFsync && limited) throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
      nodeFileSystem.fsyncSync(fd);
    },
  };
  return faulty;
}

export const dataFileIn = (dir: string) => join(dir, 'rekindle-data.json');
export const journalIn = (dir: string) => join(dir, 'rekindle-data.journal');
export const backupDirIn = (dir: string) => join(dir, 'backups');

/** The data file's document, without the store's own bookkeeping member. */
export function readSnapshotDocument(dir: string): RekindleDocument {
  const { storeMeta: _meta, ...document } = JSON.parse(readFileSync(dataFileIn(dir), 'utf8')) as RekindleDocument & { storeMeta?: unknown };
  return document;
}

export function readJournalFile(dir: string): JournalContents {
  return parseJournal(readFileSync(journalIn(dir)));
}

export function backupNamesIn(dir: string): string[] {
  return existsSync(backupDirIn(dir)) ? readdirSync(backupDirIn(dir)).sort() : [];
}

/** Temp files of interrupted writes anywhere in the data folder. */
export function tempFilesIn(dir: string): string[] {
  const here = readdirSync(dir).filter((name) => name.includes('.tmp-'));
  const inBackups = existsSync(backupDirIn(dir)) ? readdirSync(backupDirIn(dir)).filter((name) => name.includes('.tmp-')) : [];
  return [...here, ...inBackups];
}

export function addPersonTo(store: DataStore, id: string, name = `Person ${id}`): void {
  store.update((document) => ({ ...document, references: [...document.references, makeReference({ id, name })] }));
}

export function idsOf(document: RekindleDocument): string[] {
  return document.references.map((person) => person.id);
}

/**
 * What the next launch would find in the folder (snapshot, journal, recovery), read
 * without writing anything, so a store still open on the folder is not disturbed.
 */
export function reopen(dir: string, now: () => Date = () => new Date('2026-03-02T08:00:00.000Z')): DataStore {
  return DataStore.open({ dir, engine: confEngine, now, timers: manualTimers(), fs: readOnlyFileSystem });
}
