// Damage to each file the store keeps, alone and together: what survives in each case.
// The history: launch 1 adds A and quits (backup 1 and a snapshot hold A); launch 2 adds B,
// compacts (backup 2 and the snapshot hold A and B), then adds C and D, which only the
// journal holds, and crashes. A change is lost only when every file that held it is damaged.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataStore } from '../../../main/store/data-store';
import { confEngine } from '../../../main/store/engine';
import { addPersonTo, backupDirIn, backupNamesIn, dataFileIn, faultyFileSystem, idsOf, journalIn, makeClock, manualTimers, tempFilesIn } from './store-helpers';

let dir: string;
let clock = makeClock();
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-corruption-'));
  clock = makeClock('2026-03-02T08:00:00.000Z');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const open = () => DataStore.open({ dir, engine: confEngine, now: clock.now, timers: manualTimers() });

function buildHistory(): void {
  const first = open();
  addPersonTo(first, 'A');
  first.close();
  clock.advance(60 * 60 * 1000);
  const second = open();
  addPersonTo(second, 'B');
  expect(second.compact()).toBe(true);
  addPersonTo(second, 'C');
  addPersonTo(second, 'D');
  clock.advance(60 * 60 * 1000);
}

type Damage = () => void;

const backupPath = (fromNewest: number) => join(backupDirIn(dir), backupNamesIn(dir).at(-1 - fromNewest) ?? 'missing');
const garble = (path: string) => writeFileSync(path, Buffer.concat([readFileSync(path).subarray(0, 40), Buffer.from('#not json')]));

const damage = {
  snapshot: () => garble(dataFileIn(dir)),
  snapshotGone: () => unlinkSync(dataFileIn(dir)),
  newestBackup: () => writeFileSync(backupPath(0), Buffer.alloc(512)),
  everyBackup: () => backupNamesIn(dir).forEach((name) => writeFileSync(join(backupDirIn(dir), name), '')),
  // A crash in the middle of appending D: its line never finished, so D was never acknowledged.
  tornTail: () => {
    const bytes = readFileSync(journalIn(dir));
    writeFileSync(journalIn(dir), bytes.subarray(0, bytes.length - 30));
  },
  // One flipped byte inside D's line: its checksum fails, and it is dropped.
  flippedTail: () => {
    const bytes = readFileSync(journalIn(dir));
    bytes[bytes.length - 20] = bytes[bytes.length - 20] === 0x41 ? 0x42 : 0x41;
    writeFileSync(journalIn(dir), bytes);
  },
  journalGone: () => unlinkSync(journalIn(dir)),
} satisfies Record<string, Damage>;

type Case = [name: string, damages: Damage[], survives: string[], notice: string | null];

const CASES: Case[] = [
  ['nothing damaged', [], ['A', 'B', 'C', 'D'], null],
  ['the snapshot', [damage.snapshot], ['A', 'B', 'C', 'D'], 'recovered_from_backup'],
  ['the snapshot, deleted', [damage.snapshotGone], ['A', 'B', 'C', 'D'], 'recovered_from_backup'],
  ['the newest backup', [damage.newestBackup], ['A', 'B', 'C', 'D'], null],
  ['the journal tail, torn', [damage.tornTail], ['A', 'B', 'C'], null],
  ['the journal tail, a flipped byte', [damage.flippedTail], ['A', 'B', 'C'], null],
  ['the journal, deleted', [damage.journalGone], ['A', 'B'], null],
  ['the snapshot and the journal tail', [damage.snapshot, damage.tornTail], ['A', 'B', 'C'], 'recovered_from_backup'],
  ['the newest backup and the journal tail', [damage.newestBackup, damage.flippedTail], ['A', 'B', 'C'], null],
  // B was in the snapshot and backup 2 only; the journal dropped it when it was compacted.
  ['the snapshot and the newest backup', [damage.snapshot, damage.newestBackup], ['A', 'C', 'D'], 'recovered_from_backup'],
  ['the snapshot, the newest backup and the journal tail', [damage.snapshot, damage.newestBackup, damage.tornTail], ['A', 'C'], 'recovered_from_backup'],
  ['the snapshot and every backup', [damage.snapshot, damage.everyBackup], ['C', 'D'], 'started_empty'],
];

describe('opening after damage to', () => {
  it.each(CASES)('%s keeps what an intact file still holds', (_name, damages, survives, notice) => {
    buildHistory();
    for (const apply of damages) apply();

    const store = open();

    expect(idsOf(store.document)).toEqual(survives);
    expect(store.notice?.kind ?? null).toBe(notice);
    // What was recovered is on disk again, so the next launch opens it without a notice.
    store.close();
    const next = open();
    expect(idsOf(next.document)).toEqual(survives);
    expect(next.notice).toBeNull();
    expect(tempFilesIn(dir)).toEqual([]);
  });

  it('says which backup it used and how many later changes it replayed', () => {
    buildHistory();
    damage.snapshot();

    const notice = open().notice;

    expect(notice).toMatchObject({ kind: 'recovered_from_backup', backupTakenAt: '2026-03-02T09:00:00.000Z', replayed: 2 });
  });
});

describe('recovering on a disk that cannot take the restored copy', () => {
  it('still shows the recovery, renames nothing, and recovers again at the next launch', () => {
    buildHistory();
    damage.snapshot();
    const damaged = readFileSync(dataFileIn(dir));
    const before = readdirSync(dir).sort();
    // The backup folder takes no more bytes, the way a full disk does.
    const fs = faultyFileSystem();
    fs.limitPaths = /backups/;
    fs.spaceLeft = 0;

    const store = DataStore.open({ dir, engine: confEngine, now: clock.now, timers: manualTimers(), fs });

    expect(store.notice?.kind).toBe('recovered_from_backup');
    // The damaged file is still where it was, and the notice says so.
    expect(store.notice).toMatchObject({ corruptFile: dataFileIn(dir) });
    expect(idsOf(store.document)).toEqual(['A', 'B', 'C', 'D']);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(readFileSync(dataFileIn(dir)).equals(damaged)).toBe(true);
    const next = open();
    expect(next.notice?.kind).toBe('recovered_from_backup');
    expect(idsOf(next.document)).toEqual(['A', 'B', 'C', 'D']);
    expect(existsSync(dataFileIn(dir))).toBe(true);
  });
});
