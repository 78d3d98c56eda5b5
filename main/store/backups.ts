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

export class BackupRotation {
  private lastBackupAt: number | null = null;

  constructor(
    readonly dir: string,
    private readonly baseName: string,
  ) {}

  /** Newest first. Names sort by time because the stamp is ISO 8601. */
  list(): BackupFile[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((name) => name.startsWith(`${this.baseName}.backup-`) && name.endsWith('.json'))
      .sort()
      .reverse()
      .map((name) => ({ name, path: join(this.dir, name) }));
  }

  read(file: BackupFile): string {
    return readFileSync(file.path, 'utf8');
  }

  /** Copies the data file into the backup folder, then prunes the oldest. */
  take(dataFile: string, moment: Date): BackupFile | null {
    if (!existsSync(dataFile)) return null;
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    let name = `${this.baseName}.backup-${stamp(moment)}.json`;
    for (let n = 2; existsSync(join(this.dir, name)); n += 1) {
      name = `${this.baseName}.backup-${stamp(moment)}-${n}.json`;
    }
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

