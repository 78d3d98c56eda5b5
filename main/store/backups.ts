// Automatic backups, written from the in-memory document (known good) with a verified
// write, and kept by age: the last 10 launches, one a day for 14 days, one a week for 8
// weeks. Each launch keeps one backup, replaced as the session goes on; the newest one
// written is never pruned, whatever the clock says.
import { join } from 'node:path';
import { writeFileDurably } from './durable';
import type { FileSystem } from './file-system';

/** The folder in the data folder that holds the automatic backups. */
export const BACKUPS_FOLDER = 'backups';
export const LAUNCHES_KEPT = 10;
export const DAYS_KEPT = 14;
export const WEEKS_KEPT = 8;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupFile {
  name: string;
  path: string;
  /** When it was written, by the clock at the time (which may have been wrong). */
  takenAt: Date;
}

interface BackupEntry extends BackupFile {
  stamp: string;
  /** 1 for the first backup at a moment, 2, 3… for further ones taken at the same moment. */
  counter: number;
}

function stamp(moment: Date): string {
  return moment.toISOString().replace(/[:.]/g, '-');
}

function parseStamp(text: string): Date {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(text);
  return match ? new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`) : new Date(Number.NaN);
}

// Plain string order would put "…Z-2" before "…Z" and "…Z-10" before "…Z-2", so the
// counter is read and compared as a number.
function parseSuffix(suffix: string): { stamp: string; counter: number } {
  const match = /^(.*Z)(?:-(\d+))?$/.exec(suffix);
  return { stamp: match?.[1] ?? suffix, counter: match ? Number(match[2] ?? 1) : 0 };
}

function newestFirst(a: BackupEntry, b: BackupEntry): number {
  if (a.stamp !== b.stamp) return a.stamp < b.stamp ? 1 : -1;
  return b.counter - a.counter;
}

/** Which backups the age rules keep, given newest first; `newest` is kept whatever its date. */
export function backupsToKeep(entries: readonly BackupFile[], now: Date, newest: string | null): Set<string> {
  const keep = new Set<string>();
  if (newest !== null) keep.add(newest);
  if (entries[0]) keep.add(entries[0].path);
  entries.slice(0, LAUNCHES_KEPT).forEach((entry) => keep.add(entry.path));
  // Ages count from the later of now and the newest stamp, so a clock set back does not
  // make every backup look as if it came from the future and the rules keep nothing.
  const reference = Math.max(now.getTime(), ...entries.map((entry) => entry.takenAt.getTime()).filter(Number.isFinite));
  const keepOnePer = (bucketOf: (ms: number) => number, windowMs: number) => {
    const seen = new Set<number>();
    for (const entry of entries) {
      const ms = entry.takenAt.getTime();
      if (!Number.isFinite(ms) || reference - ms >= windowMs) continue;
      const bucket = bucketOf(ms);
      if (seen.has(bucket)) continue;
      seen.add(bucket);
      keep.add(entry.path);
    }
  };
  keepOnePer((ms) => Math.floor(ms / DAY_MS), DAYS_KEPT * DAY_MS);
  // 1970-01-01 was a Thursday: shifting by 3 days starts each week on a Monday.
  keepOnePer((ms) => Math.floor((ms + 3 * DAY_MS) / (7 * DAY_MS)), WEEKS_KEPT * 7 * DAY_MS);
  return keep;
}

export class BackupRotation {
  /** This launch's backup, replaced by each newer one of the same launch. */
  private sessionBackup: string | null = null;
  private newestWritten: string | null = null;

  constructor(
    private readonly fs: FileSystem,
    readonly dir: string,
    private readonly baseName: string,
  ) {}

  /** Newest first: by the ISO 8601 stamp, then by the counter of backups taken at one moment. */
  list(): BackupFile[] {
    return this.entries().map(({ name, path, takenAt }) => ({ name, path, takenAt }));
  }

  private entries(): BackupEntry[] {
    let names: string[];
    try {
      names = this.fs.readdirSync(this.dir);
    } catch {
      return [];
    }
    const prefix = `${this.baseName}.backup-`;
    return names
      .filter((name) => name.startsWith(prefix) && name.endsWith('.json'))
      .map((name) => {
        const suffix = parseSuffix(name.slice(prefix.length, -'.json'.length));
        return { name, path: join(this.dir, name), takenAt: parseStamp(suffix.stamp), ...suffix };
      })
      .sort(newestFirst);
  }

  read(file: BackupFile): Buffer {
    return this.fs.readFileSync(file.path);
  }

  /**
   * Writes a backup and checks every byte landed, then prunes. `session: true` replaces
   * this launch's previous backup (once the new one is safely written).
   */
  write(bytes: Uint8Array, moment: Date, { session }: { session: boolean }): BackupFile {
    this.fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const at = stamp(moment);
    // Counting on from the highest counter (not the first free name) keeps a name freed by
    // pruning from being reused for a backup that would then sort as the oldest.
    const counter = Math.max(0, ...this.entries().filter((entry) => entry.stamp === at).map((entry) => entry.counter)) + 1;
    const name = `${this.baseName}.backup-${at}${counter === 1 ? '' : `-${counter}`}.json`;
    const path = join(this.dir, name);
    writeFileDurably(this.fs, path, bytes);
    const replaced = session ? this.sessionBackup : null;
    if (session) this.sessionBackup = path;
    this.newestWritten = path;
    if (replaced !== null && replaced !== path) this.remove(replaced);
    this.prune(moment);
    return { name, path, takenAt: moment };
  }

  private prune(now: Date): void {
    const entries = this.list();
    const keep = backupsToKeep(entries, now, this.newestWritten);
    for (const entry of entries) if (!keep.has(entry.path)) this.remove(entry.path);
  }

  private remove(path: string): void {
    try {
      this.fs.unlinkSync(path);
    } catch {
      // A backup that cannot be removed costs space, not data; pruning tries again later.
    }
  }
}
