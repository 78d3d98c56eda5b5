import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupRotation, DAYS_KEPT, LAUNCHES_KEPT, WEEKS_KEPT } from '../../../main/store/backups';
import { nodeFileSystem } from '../../../main/store/file-system';
import { faultyFileSystem } from './store-helpers';

const DAY = 24 * 60 * 60 * 1000;
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-backups-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const rotation = (fs = nodeFileSystem) => new BackupRotation(fs, join(dir, 'backups'), 'rekindle-data');
const at = (iso: string) => new Date(iso);
const bytes = (text: string) => Buffer.from(text);

function contents(backups: BackupRotation): string[] {
  return backups.list().map((file) => backups.read(file).toString('utf8'));
}

/** One launch a day (a fresh rotation each, as each launch has), starting at `start`. */
function launchDaily(days: number, start = '2026-01-01T09:00:00.000Z'): void {
  for (let n = 0; n < days; n += 1) rotation().write(bytes(`day ${n}`), new Date(new Date(start).getTime() + n * DAY), { session: true });
}

describe('BackupRotation', () => {
  it('writes exactly the bytes it is given, and lists backups newest first across days and years', () => {
    for (const [moment, text] of [
      ['2025-12-31T23:59:59.999Z', 'old year'],
      ['2026-03-02T08:00:00.000Z', 'march'],
      ['2026-01-10T12:00:00.000Z', 'january'],
    ] as const) {
      rotation().write(bytes(text), at(moment), { session: false });
    }

    expect(contents(rotation())).toEqual(['march', 'january', 'old year']);
  });

  it('lists backups taken at the same moment in the order they were taken', () => {
    const backups = rotation();
    for (let n = 1; n <= 4; n += 1) backups.write(bytes(`copy ${n}`), at('2026-03-02T08:00:00.000Z'), { session: false });

    expect(contents(backups)).toEqual(['copy 4', 'copy 3', 'copy 2', 'copy 1']);
  });

  it('replaces the launch backup as the session goes on, keeping earlier launches', () => {
    rotation().write(bytes('launch 1'), at('2026-03-01T08:00:00.000Z'), { session: true });
    const second = rotation();
    second.write(bytes('launch 2, morning'), at('2026-03-02T08:00:00.000Z'), { session: true });
    second.write(bytes('launch 2, noon'), at('2026-03-02T12:00:00.000Z'), { session: true });

    expect(contents(rotation())).toEqual(['launch 2, noon', 'launch 1']);
  });

  it(`keeps the last ${LAUNCHES_KEPT} launches of one day`, () => {
    for (let n = 0; n < LAUNCHES_KEPT + 5; n += 1) rotation().write(bytes(`launch ${n}`), new Date(Date.UTC(2026, 2, 2, 8, n)), { session: true });

    const kept = contents(rotation());
    expect(kept).toHaveLength(LAUNCHES_KEPT);
    expect(kept[0]).toBe(`launch ${LAUNCHES_KEPT + 4}`);
  });

  it(`keeps one backup a day for ${DAYS_KEPT} days and one a week for ${WEEKS_KEPT} weeks`, () => {
    launchDaily(120);

    const kept = rotation().list().map((file) => file.takenAt.getTime());
    const newest = kept[0] ?? 0;
    const ages = kept.map((ms) => Math.round((newest - ms) / DAY));
    // Every day of the last two weeks is there...
    for (let age = 0; age < DAYS_KEPT; age += 1) expect(ages).toContain(age);
    // ...then one a week back to eight weeks, and nothing older.
    const older = ages.filter((age) => age >= DAYS_KEPT);
    expect(older.length).toBeGreaterThan(0);
    expect(Math.max(...ages)).toBeLessThan(WEEKS_KEPT * 7);
    const weeks = new Set(older.map((age) => Math.floor(age / 7)));
    expect(weeks.size).toBe(older.length);
  });

  it('keeps the newest backup when the clock has been set back a day', () => {
    launchDaily(20, '2026-03-01T09:00:00.000Z');
    const backups = rotation();

    backups.write(bytes('written with a clock a day behind'), at('2026-03-19T09:00:00.000Z'), { session: true });
    backups.write(bytes('and again later that session'), at('2026-03-19T10:00:00.000Z'), { session: true });

    const kept = contents(rotation());
    expect(kept).toContain('and again later that session');
    expect(kept).not.toContain('written with a clock a day behind'); // replaced within its session
    expect(kept).toContain('day 19'); // the previous launch, newer by its stamp, stays too
    expect(kept).toContain('day 18');
  });

  it('ignores and keeps files in the folder that are not its backups', () => {
    mkdirSync(join(dir, 'backups'), { recursive: true });
    writeFileSync(join(dir, 'backups', 'notes.txt'), 'keep me');
    writeFileSync(join(dir, 'backups', 'other-app.backup-2020-01-01T00-00-00-000Z.json'), 'keep me too');
    launchDaily(LAUNCHES_KEPT + 2);

    expect(readFileSync(join(dir, 'backups', 'notes.txt'), 'utf8')).toBe('keep me');
    expect(readFileSync(join(dir, 'backups', 'other-app.backup-2020-01-01T00-00-00-000Z.json'), 'utf8')).toBe('keep me too');
  });

  it('fails with the disk error, leaves no partial backup and keeps the previous one', () => {
    const fs = faultyFileSystem();
    const backups = rotation(fs);
    backups.write(bytes('first'), at('2026-03-02T08:00:00.000Z'), { session: true });
    fs.spaceLeft = 3;

    expect(() => backups.write(bytes('second, longer'), at('2026-03-02T09:00:00.000Z'), { session: true })).toThrow(/ENOSPC/);

    expect(contents(rotation())).toEqual(['first']);
  });

  it.skipIf(process.platform === 'win32')('keeps the folder and every copy private to the owner', () => {
    const taken = rotation().write(bytes('data'), at('2026-03-02T08:00:00.000Z'), { session: true });

    expect(statSync(join(dir, 'backups')).mode & 0o777).toBe(0o700);
    expect(statSync(taken.path).mode & 0o777).toBe(0o600);
  });
});
