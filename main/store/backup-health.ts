// This launch's backups and whether they work: a failed backup never fails a change; it is
// retried later and reported once, when backups start failing, and the next backup that
// succeeds takes the report back.
import type { BackupRotation } from './backups';
import type { StoreOptions } from './store-options';

export type BackupOutcome = 'written' | 'written_again' | 'failed' | 'started_failing';

export class BackupHealth {
  /** The change the newest backup of this launch holds; null until the launch backup is written. */
  backedUpSeq: number | null = null;
  failing = false;

  constructor(
    private readonly backups: BackupRotation,
    private readonly options: Pick<StoreOptions, 'now' | 'onProblem' | 'onBackupHealth'>,
  ) {}

  write(bytes: Buffer, seq: number): BackupOutcome {
    try {
      this.backups.write(bytes, this.options.now(), { session: true });
      this.backedUpSeq = seq;
      if (!this.failing) return 'written';
      this.failing = false;
      this.options.onBackupHealth?.(false);
      return 'written_again';
    } catch (error) {
      this.options.onProblem?.(error);
      if (this.failing) return 'failed';
      this.failing = true;
      this.options.onBackupHealth?.(true);
      return 'started_failing';
    }
  }
}
