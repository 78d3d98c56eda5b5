// Rotating backups of the data file: one at each launch, at most one an hour while the user
// makes changes, the newest ten kept. A backup is a plain copy, readable as a data file.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const BACKUPS_KEPT = 10;
export const BACKUP_INTERVAL_MS = 60 * 60 * 1000;

export interface BackupFile {
  name: string;
  path: string;
}

function stamp(moment: Date): string {
  return moment.toISOString().replace(/[:.]/g, '-');
}

interface BackupEntry extends BackupFile {
  stamp: string;
  /** 1 for the first backup at a moment, 2, 3… for further ones taken at the same moment. */
  counter: number;
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

export class BackupRotation {
  private lastBackupAt: number | null = null;

  constructor(
    readonly dir: string,
    private readonly baseName: string,
  ) {}

  /** Newest first: by the ISO 8601 stamp, then by the counter of backups taken at one moment. */
  list(): BackupFile[] {
    return this.entries().map(({ name, path }) => ({ name, path }));
  }

  private entries(): BackupEntry[] {
    if (!existsSync(this.dir)) return [];
    const prefix = `${this.baseName}.backup-`;
    return readdirSync(this.dir)
      .filter((name) => name.startsWith(prefix) && name.endsWith('.json'))
      .map((name) => ({ name, path: join(this.dir, name), ...parseSuffix(name.slice(prefix.length, -'.json'.length)) }))
      .sort(newestFirst);
  }

  read(file: BackupFile): string {
    return readFileSync(file.path, 'utf8');
  }

  /** Copies the data file into the backup folder, then prunes the oldest. */
  take(dataFile: string, moment: Date): BackupFile | null {
    if (!existsSync(dataFile)) return null;
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const at = stamp(moment);
    // Counting on from the highest counter (not the first free name) keeps a name freed by
    // pruning from being reused for a backup that would then sort as the oldest.
    const counter = Math.max(0, ...this.entries().filter((entry) => entry.stamp === at).map((entry) => entry.counter)) + 1;
    const name = `${this.baseName}.backup-${at}${counter === 1 ? '' : `-${counter}`}.json`;
    const path = join(this.dir, name);
    copyFileSync(dataFile, path);
    chmodSync(path, 0o600);
    this.lastBackupAt = moment.getTime();
    this.prune();
    return { name, path };
  }

  /** Takes a backup unless one was taken within the last hour. */
  takeIfDue(dataFile: string, moment: Date): BackupFile | null {
    if (this.lastBackupAt !== null && moment.getTime() - this.lastBackupAt < BACKUP_INTERVAL_MS) return null;
    return this.take(dataFile, moment);
  }

  private prune(): void {
    for (const stale of this.list().slice(BACKUPS_KEPT)) {
      rmSync(stale.path, { force: true });
    }
  }
}

