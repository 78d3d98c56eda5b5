// A damaged data file is recovered from the newest good backup plus the journal, or set aside.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataStore } from '../../../main/store/data-store';
import { emptyDocument } from '../../../shared/schema/document';
import { addPerson, backupDir, backupNames, clock, dataFile, dir, MINUTE, open, readBackups, readDataFile, referenceIds, timers, useStoreFolder } from './store-folder';

useStoreFolder();

const DAMAGE: Array<[string, (original: Buffer) => Buffer]> = [
  ['cut off in the middle', (original) => original.subarray(0, Math.floor(original.length / 2))],
  ['filled with zero bytes', () => Buffer.alloc(4096)],
  ['empty', () => Buffer.alloc(0)],
  ['valid JSON of the wrong shape', () => Buffer.from(JSON.stringify({ schemaVersion: 1, profile: 42, references: 'none' }))],
  ['a JSON array', () => Buffer.from('[1, 2, 3]')],
];

/** Three launches, each adding people and quitting (a backup each), then changes only the journal holds. */
function storeWithHistory(): DataStore {
  for (const id of ['ref-a', 'ref-b', 'ref-c']) {
    const launch = open();
    addPerson(launch, id);
    launch.close();
    clock.advance(60 * MINUTE);
  }
  const store = open();
  timers.runAll();
  addPerson(store, 'ref-after-last-backup');
  return store;
}

function corruptFiles(): string[] {
  return readdirSync(dir).filter((name) => /^rekindle-data\.corrupt-.+\.json$/.test(name));
}

describe('recovering a damaged data file', () => {
  it.each(DAMAGE)('restores every acknowledged change from the newest backup and the journal when the file is %s', (_kind, damage) => {
    const saved = storeWithHistory();
    const idsInBackups = new Set(readBackups().flatMap(referenceIds));
    expect(idsInBackups.size).toBeGreaterThan(0);
    expect(idsInBackups.has('ref-after-last-backup')).toBe(false);
    const damaged = damage(readFileSync(dataFile()));
    writeFileSync(dataFile(), damaged);
    clock.advance(MINUTE);

    const store = open();

    expect(store.document).toEqual(saved.document);
    expect(store.readOnly).toBe(false);
    // The restored document is on disk again, not only in memory.
    expect(readDataFile()).toEqual(store.document);

    const notice = store.notice;
    expect(notice?.kind).toBe('recovered_from_backup');
    if (notice?.kind !== 'recovered_from_backup') return;
    expect(dirname(notice.corruptFile)).toBe(dir);
    expect(corruptFiles()).toEqual([basename(notice.corruptFile)]);
    expect(readFileSync(notice.corruptFile).equals(damaged)).toBe(true);
    expect(dirname(notice.backupFile)).toBe(backupDir());
    expect(notice.replayed).toBe(1);
    expect(notice.backupTakenAt).toBe('2026-03-02T11:00:00.000Z');
  });

  it('restores from an older backup plus the journal when the newest backups are damaged too', () => {
    const saved = storeWithHistory();
    const names = backupNames();
    const older = readBackups()[names.length - 3];
    writeFileSync(join(backupDir(), names.at(-1) ?? ''), Buffer.alloc(4096));
    writeFileSync(join(backupDir(), names.at(-2) ?? ''), '{"schemaVersion": 1');
    writeFileSync(dataFile(), '');
    clock.advance(MINUTE);

    const store = open();

    expect(store.notice?.kind).toBe('recovered_from_backup');
    // The older backup, and whatever the journal still holds after it.
    for (const id of referenceIds(older ?? emptyDocument())) expect(referenceIds(store.document)).toContain(id);
    expect(referenceIds(store.document)).toContain('ref-after-last-backup');
    expect(referenceIds(saved.document)).toEqual(expect.arrayContaining(referenceIds(store.document)));
  });

  it.each(DAMAGE)('starts empty and keeps the bad file when it is %s and there is no backup', (_kind, damage) => {
    const damaged = damage(Buffer.from(JSON.stringify(emptyDocument())));
    writeFileSync(dataFile(), damaged);

    const store = open();

    expect(store.document).toEqual(emptyDocument());
    expect(store.notice?.kind).toBe('started_empty');
    if (store.notice?.kind !== 'started_empty') return;
    expect(readFileSync(store.notice.corruptFile).equals(damaged)).toBe(true);
    expect(corruptFiles()).toEqual([basename(store.notice.corruptFile)]);
    expect(readDataFile()).toEqual(emptyDocument());
  });

  it('starts empty and keeps the bad file when every backup is damaged as well', () => {
    mkdirSync(backupDir());
    writeFileSync(join(backupDir(), 'rekindle-data.backup-2026-03-01T08-00-00-000Z.json'), Buffer.alloc(4096));
    writeFileSync(join(backupDir(), 'rekindle-data.backup-2026-03-01T09-00-00-000Z.json'), '');
    writeFileSync(join(backupDir(), 'rekindle-data.backup-2026-03-01T10-00-00-000Z.json'), '{"schemaVersion": 1, "profile": null}');
    const damaged = Buffer.from('{"schemaVersion": 1, "references": [');
    writeFileSync(dataFile(), damaged);

    const store = open();

    expect(store.document).toEqual(emptyDocument());
    expect(store.notice?.kind).toBe('started_empty');
    if (store.notice?.kind !== 'started_empty') return;
    expect(readFileSync(store.notice.corruptFile).equals(damaged)).toBe(true);
  });

  it('keeps each damaged file when the data is damaged again on a later launch', () => {
    writeFileSync(dataFile(), 'first damage');
    open();
    clock.advance(MINUTE);
    writeFileSync(dataFile(), 'second damage');
    open();

    const kept = corruptFiles().map((name) => readFileSync(join(dir, name), 'utf8'));
    expect(kept.sort()).toEqual(['first damage', 'second damage']);
  });
});
