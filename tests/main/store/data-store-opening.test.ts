// Files the store must open with care: from a newer version, from an older one, or in a folder it cannot write.
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/errors';
import { DataStore } from '../../../main/store/data-store';
import { confEngine } from '../../../main/store/engine';
import { CURRENT_SCHEMA_VERSION, emptyDocument } from '../../../shared/schema/document';
import { readOnlyFileSystem } from './store-helpers';
import { addPerson, backupDir, backupNames, clock, dataFile, dir, MINUTE, open, readDataFile, referenceIds, timers, useStoreFolder } from './store-folder';

const V0_FIXTURE = fileURLToPath(new URL('../../fixtures/data-v0.json', import.meta.url));

useStoreFolder();

describe('a data file from a newer version', () => {
  const newerFile = JSON.stringify({ ...emptyDocument(), schemaVersion: 99, futureField: { kept: true } }, null, 2);

  function openNewer(): { store: DataStore; bytes: Buffer; mtimeMs: number } {
    writeFileSync(dataFile(), newerFile);
    const bytes = readFileSync(dataFile());
    const { mtimeMs } = statSync(dataFile());
    clock.advance(MINUTE);
    return { store: open(), bytes, mtimeMs };
  }

  it('opens read-only and says which version it found', () => {
    const { store } = openNewer();

    expect(store.readOnly).toBe(true);
    expect(store.notice).toEqual({ kind: 'newer_version', dataFile: dataFile(), foundVersion: 99 });
  });

  it('refuses changes with a read_only error and leaves the file byte for byte as it was', () => {
    const { store, bytes, mtimeMs } = openNewer();

    let error: unknown;
    try {
      addPerson(store, 'ref-1');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('read_only');

    expect(readFileSync(dataFile()).equals(bytes)).toBe(true);
    expect(statSync(dataFile()).mtimeMs).toBe(mtimeMs);
  });

  it('offers the file exactly as it is on disk for "Save a backup", never an empty document', () => {
    const { store, bytes } = openNewer();

    const source = store.backupSource();

    expect(source instanceof Uint8Array && Buffer.from(source).equals(bytes)).toBe(true);
  });

  it('writes no backup and no other file next to it, and refuses to take a backup on request', () => {
    const { store } = openNewer();

    expect(() => store.takeBackup()).toThrow(expect.objectContaining({ code: 'read_only' }));

    expect(existsSync(backupDir())).toBe(false);
    expect(readdirSync(dir)).toEqual(['rekindle-data.json']);
  });
});

describe('upgrading an older data file on open', () => {
  it('upgrades a version 0 file and writes the current version back', () => {
    copyFileSync(V0_FIXTURE, dataFile());

    const store = open();

    expect(store.notice).toBeNull();
    expect(store.readOnly).toBe(false);
    expect(store.document.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(store.document.references.map((person) => person.name)).toEqual(['Jürgen Groß', 'Aylin Demir', 'Łukasz Żółć']);
    expect(readDataFile()).toEqual(store.document);
  });

  it('keeps a backup of the original bytes before rewriting the file', () => {
    const original = readFileSync(V0_FIXTURE);
    copyFileSync(V0_FIXTURE, dataFile());

    open();

    const backups = backupNames().map((name) => readFileSync(join(backupDir(), name)));
    expect(backups.some((bytes) => bytes.equals(original))).toBe(true);
    expect(readFileSync(dataFile()).equals(original)).toBe(false);
  });

  it('does not upgrade or back up again on the next launch', () => {
    copyFileSync(V0_FIXTURE, dataFile());
    const first = open();
    const backupsAfterUpgrade = backupNames().length;
    clock.advance(MINUTE);

    const second = open();
    timers.runAll();

    expect(second.document).toEqual(first.document);
    expect(backupNames()).toHaveLength(backupsAfterUpgrade + 1); // only the launch backup
  });
});

describe('a data folder that cannot be written', () => {
  it('opens read-only with the unwritable notice instead of failing to start, and writes nothing', () => {
    addPerson(open(), 'ref-1');
    const before = readdirSync(dir).sort();
    const store = DataStore.open({ dir, engine: confEngine, now: clock.now, timers, fs: readOnlyFileSystem });

    expect(store.readOnly).toBe(true);
    expect(store.notice).toEqual({ kind: 'unwritable', dataFile: dataFile() });
    expect(referenceIds(store.document)).toEqual(['ref-1']);
    expect(() => store.update((document) => document)).toThrow(/cannot save/);
    timers.runAll();
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
