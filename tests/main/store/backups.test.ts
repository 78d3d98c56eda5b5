import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_INTERVAL_MS, BACKUPS_KEPT, BackupRotation } from '../../../main/store/backups';

let dir: string;
let dataFile: string;
let rotation: BackupRotation;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-backups-'));
  dataFile = join(dir, 'rekindle-data.json');
  rotation = new BackupRotation(join(dir, 'backups'), 'rekindle-data');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const at = (iso: string) => new Date(iso);

function backupContents(): string[] {
  return rotation.list().map((file) => rotation.read(file));
}

describe('BackupRotation', () => {
  it('copies the data file as it is at that moment', () => {
    writeFileSync(dataFile, '{"version": "morning"}');
    const taken = rotation.take(dataFile, at('2026-03-02T08:00:00.000Z'));
    writeFileSync(dataFile, '{"version": "evening"}');

    expect(taken).not.toBeNull();
    expect(readFileSync(taken?.path ?? '', 'utf8')).toBe('{"version": "morning"}');
  });

  it('takes nothing when there is no data file yet', () => {
    expect(rotation.take(dataFile, at('2026-03-02T08:00:00.000Z'))).toBeNull();
    expect(rotation.list()).toEqual([]);
  });

  it('lists backups newest first, across days and years', () => {
    for (const [moment, text] of [
      ['2025-12-31T23:59:59.999Z', 'old year'],
      ['2026-03-02T08:00:00.000Z', 'march'],
      ['2026-01-10T12:00:00.000Z', 'january'],
    ] as const) {
      writeFileSync(dataFile, text);
      rotation.take(dataFile, at(moment));
    }

    expect(backupContents()).toEqual(['march', 'january', 'old year']);
  });

  it('lists backups taken at the same moment in the order they were taken', () => {
    for (let n = 1; n <= 11; n += 1) {
      writeFileSync(dataFile, `copy ${n}`);
      rotation.take(dataFile, at('2026-03-02T08:00:00.000Z'));
    }

    expect(backupContents()).toEqual(['copy 11', 'copy 10', 'copy 9', 'copy 8', 'copy 7', 'copy 6', 'copy 5', 'copy 4', 'copy 3', 'copy 2']);
  });

  it(`prunes down to the newest ${BACKUPS_KEPT}`, () => {
    const start = at('2026-03-02T08:00:00.000Z').getTime();
    for (let n = 0; n < BACKUPS_KEPT + 5; n += 1) {
      writeFileSync(dataFile, `hour ${n}`);
      rotation.take(dataFile, new Date(start + n * BACKUP_INTERVAL_MS));
    }

    const kept = backupContents();
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept[0]).toBe(`hour ${BACKUPS_KEPT + 4}`);
    expect(kept.at(-1)).toBe('hour 5');
  });

  it('ignores and keeps files in the folder that are not its backups', () => {
    mkdirSync(rotation.dir, { recursive: true });
    writeFileSync(join(rotation.dir, 'notes.txt'), 'keep me');
    writeFileSync(join(rotation.dir, 'other-app.backup-2020-01-01T00-00-00-000Z.json'), 'keep me too');
    writeFileSync(dataFile, 'data');
    for (let n = 0; n < BACKUPS_KEPT + 2; n += 1) rotation.take(dataFile, new Date(Date.UTC(2026, 2, 2, n)));

    expect(rotation.list()).toHaveLength(BACKUPS_KEPT);
    expect(readFileSync(join(rotation.dir, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(readFileSync(join(rotation.dir, 'other-app.backup-2020-01-01T00-00-00-000Z.json'), 'utf8')).toBe('keep me too');
  });

  it('takes a backup when due: the first time, then only once an hour has passed', () => {
    writeFileSync(dataFile, 'data');
    const start = at('2026-03-02T08:00:00.000Z').getTime();

    expect(rotation.takeIfDue(dataFile, new Date(start))).not.toBeNull();
    expect(rotation.takeIfDue(dataFile, new Date(start + BACKUP_INTERVAL_MS - 1))).toBeNull();
    expect(rotation.takeIfDue(dataFile, new Date(start + BACKUP_INTERVAL_MS))).not.toBeNull();
    expect(rotation.list()).toHaveLength(2);
  });

  it('counts the hour from the last backup of any kind', () => {
    writeFileSync(dataFile, 'data');
    const start = at('2026-03-02T08:00:00.000Z').getTime();
    rotation.take(dataFile, new Date(start));

    expect(rotation.takeIfDue(dataFile, new Date(start + 30 * 60 * 1000))).toBeNull();
    expect(rotation.list()).toHaveLength(1);
  });

  it.skipIf(process.platform === 'win32')('keeps the folder and every copy private to the owner', () => {
    writeFileSync(dataFile, 'data', { mode: 0o644 });
    const taken = rotation.take(dataFile, at('2026-03-02T08:00:00.000Z'));

    expect(statSync(rotation.dir).mode & 0o777).toBe(0o700);
    expect(statSync(taken?.path ?? '').mode & 0o777).toBe(0o600);
  });
});
