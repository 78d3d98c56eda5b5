// How a data store is opened: the options, the timings of compaction and the launch
// backup, and which files in the folder are this computer's.
import { DomainError } from '../errors';
import type { StoreEngineFactory } from './engine';
import type { FileSystem } from './file-system';
import { dataPaths, type DataPaths } from './open-folder';
import { readJournalSafely } from './open-state';
import { readMeta } from './snapshot';
import type { StoreTimers } from './timers';

export function readOnlyError(): DomainError {
  return new DomainError('read_only', 'Rekindle cannot save to its data file right now; nothing was changed.');
}
export const FILE_MODE = 0o600;
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
  /**
   * This installation's id, kept outside the data folder. Without it the folder is used as
   * before sync: the id its journal names, and the unsuffixed files.
   */
  deviceId?: string;
  /** The name other computers show for this one's changes; the host name by default. */
  deviceName?: string;
}

export type StoreOptions = Required<Omit<OpenDataStoreOptions, 'onProblem' | 'onBackupHealth' | 'deviceId' | 'deviceName'>> & Pick<OpenDataStoreOptions, 'onProblem' | 'onBackupHealth'>;

/**
 * Which files are this computer's: the unsuffixed pair when no installation id is given or
 * the pair's journal names this installation, else `rekindle-data.<id>.*`. One exception: a
 * data file from before the journal (no journal beside it, and no computer named inside it)
 * belongs to nobody yet, so the first computer to open it claims it; otherwise its people
 * would be left behind as nobody's and the folder would open empty. A data file another
 * computer wrote names that computer, so one synced ahead of its journal is never claimed.
 */
export function ownPaths(options: StoreOptions, deviceId: string | undefined): DataPaths {
  const shared = dataPaths(options.dir);
  if (deviceId === undefined) return shared;
  const founder = readJournalSafely(options.fs, shared.journal)?.header?.deviceId;
  if (founder === deviceId) return shared;
  if (founder === undefined && options.fs.sizeOf(shared.journal) === null && isUnclaimedDataFile(options.fs, shared.data)) return shared;
  return dataPaths(options.dir, deviceId);
}

/** The data file exists and its leading `storeMeta` names no computer (or is not there). */
function isUnclaimedDataFile(fs: FileSystem, path: string): boolean {
  if (!fs.sizeOf(path)) return false;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path).toString('utf8'));
  } catch {
    // Damaged or still arriving: not this computer's to claim; the open reports it.
    return false;
  }
  const meta = readMeta(raw);
  return meta === null || meta.deviceId === '';
}
