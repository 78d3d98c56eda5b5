// The launch backup is written a few seconds after opening, so the window's first requests
// do not wait behind encoding and writing a heavy user's whole file. These tests hold what
// that must not cost: every launch still gets its backup, and no acknowledged change
// depends on it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataStore, LAUNCH_BACKUP_DELAY_MS } from '../../../main/store/data-store';
import { confEngine } from '../../../main/store/engine';
import type { StoreTimers } from '../../../main/store/timers';
import { addPersonTo, backupNamesIn, idsOf, makeClock, reopen, type Clock } from './store-helpers';

let dir: string;
let clock: Clock;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-launch-backup-'));
  clock = makeClock();
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Timers run by hand that remember how long each asked to wait. */
function recordingTimers() {
  const tasks = new Map<number, { run: () => void; ms: number }>();
  let next = 0;
  const timers: StoreTimers & { delays(): number[]; runAll(): void } = {
    set(run, ms) {
      next += 1;
      tasks.set(next, { run, ms });
      return next;
    },
    clear(handle) {
      tasks.delete(Number(handle));
    },
    delays: () => [...tasks.values()].map((task) => task.ms),
    runAll() {
      for (const [key, task] of [...tasks]) {
        tasks.delete(key);
        task.run();
      }
    },
  };
  return timers;
}

function openWith(timers: StoreTimers): DataStore {
  return DataStore.open({ dir, engine: confEngine, now: clock.now, timers });
}

function newestBackupIds(): string[] {
  const names = backupNamesIn(dir);
  const newest = names[names.length - 1];
  if (newest === undefined) return [];
  const { references } = JSON.parse(readFileSync(join(dir, 'backups', newest), 'utf8')) as { references: { id: string }[] };
  return references.map((person) => person.id);
}

/** A first launch that saved one person and quit. */
function firstLaunch(): void {
  const store = openWith(recordingTimers());
  addPersonTo(store, 'ref-1');
  store.close();
  clock.advance(24 * 60 * 60 * 1000);
}

describe('the launch backup', () => {
  it('is written after a delay, not while the data file is opened', () => {
    firstLaunch();
    const before = backupNamesIn(dir).length;
    const timers = recordingTimers();
    const store = openWith(timers);

    expect(backupNamesIn(dir)).toHaveLength(before);
    expect(timers.delays()).toEqual([LAUNCH_BACKUP_DELAY_MS]);
    timers.runAll();

    expect(backupNamesIn(dir)).toHaveLength(before + 1);
    expect(newestBackupIds()).toEqual(idsOf(store.document));
  });

  it('is still written when the app quits before the delay is over', () => {
    firstLaunch();
    const before = backupNamesIn(dir).length;
    openWith(recordingTimers()).close();

    expect(backupNamesIn(dir)).toHaveLength(before + 1);
    expect(newestBackupIds()).toEqual(['ref-1']);
  });

  it('keeps a change made before it: saved in the journal at once, and in the backup written next', () => {
    firstLaunch();
    const timers = recordingTimers();
    const store = openWith(timers);
    addPersonTo(store, 'ref-2');

    // Acknowledged means on disk now, without any backup: a launch right now finds it.
    expect(idsOf(reopen(dir, clock.now).document)).toEqual(['ref-1', 'ref-2']);
    timers.runAll();
    expect(newestBackupIds()).toEqual(['ref-1', 'ref-2']);
  });
});
