// The data store writes every change through, keeps its files private and backs up each launch.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/errors';
import { DataStore } from '../../../main/store/data-store';
import { confEngine } from '../../../main/store/engine';
import { emptyDocument, type RekindleDocument } from '../../../shared/schema/document';
import { faultyFileSystem } from './store-helpers';
import { addPerson, backupDir, backupNames, clock, dataFile, dir, MINUTE, open, readBackups, readDataFile, referenceIds, reopenedDocument, timers, useStoreFolder } from './store-folder';

useStoreFolder();

describe('opening the data store', () => {
  it('starts with an empty document in a fresh folder and writes the file readable only by its owner', () => {
    const store = open();

    expect(store.document).toEqual(emptyDocument());
    expect(store.notice).toBeNull();
    expect(store.readOnly).toBe(false);
    expect(store.path).toBe(dataFile());
    expect(readDataFile()).toEqual(emptyDocument());
    if (process.platform !== 'win32') expect(statSync(dataFile()).mode & 0o777).toBe(0o600);
  });

  it('reads back on the next launch what the previous one saved', () => {
    const first = open();
    addPerson(first, 'ref-anna', 'Anna Łukasiewicz');
    clock.advance(MINUTE);

    const second = open();

    expect(second.document).toEqual(first.document);
    expect(second.document.references[0]?.name).toBe('Anna Łukasiewicz');
    expect(second.notice).toBeNull();
  });
});

describe('housekeeping at open', () => {
  it("removes temp files that interrupted writes left behind, ours and conf's, and nothing else", () => {
    open().close();
    writeFileSync(join(dir, 'rekindle-data.json.tmp-1764700000123abcdef'), 'half a file');
    writeFileSync(join(dir, 'rekindle-data.journal.tmp-rk0123456789ab'), 'half a journal');
    writeFileSync(join(backupDir(), 'rekindle-data.backup-2026-03-02T08-00-00-000Z.json.tmp-rkabcdef012345'), 'half a backup');
    writeFileSync(join(dir, 'notes.tmp-keep.txt'), 'not ours');

    open();

    expect(readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual(['notes.tmp-keep.txt']);
    expect(readdirSync(backupDir()).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });
});

describe('writing changes through', () => {
  it('has every change on disk by the time update returns', () => {
    const store = open();

    addPerson(store, 'ref-1');
    expect(referenceIds(reopenedDocument())).toEqual(['ref-1']);

    store.update((document) => ({ ...document, settings: { ...document.settings, paperSize: 'Letter' } }));
    const reopened = reopenedDocument();
    expect(reopened.settings.paperSize).toBe('Letter');
    expect(referenceIds(reopened)).toEqual(['ref-1']);
    expect(reopened).toEqual(store.document);
  });

  it('keeps the data file and the journal private after changes are written', () => {
    const store = open();
    addPerson(store, 'ref-1');
    store.compact();
    addPerson(store, 'ref-2');
    if (process.platform === 'win32') return;
    expect(statSync(dataFile()).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'rekindle-data.journal')).mode & 0o777).toBe(0o600);
  });

  it('folds the journal into the data file when the app has been idle', () => {
    const store = open();
    addPerson(store, 'ref-1');
    expect(referenceIds(readDataFile() as RekindleDocument)).toEqual([]);

    timers.runAll();

    expect(readDataFile()).toEqual(store.document);
    expect(reopenedDocument()).toEqual(store.document);
  });

  it('folds the journal into the data file on quit', () => {
    const store = open();
    addPerson(store, 'ref-1');

    store.close();

    expect(readDataFile()).toEqual(store.document);
  });

  it('leaves the document and the files as they were when a change fails', () => {
    const store = open();
    addPerson(store, 'ref-1');
    const before = readFileSync(dataFile());
    const journalBefore = readFileSync(join(dir, 'rekindle-data.journal'));

    expect(() =>
      store.update(() => {
        throw new DomainError('not_found', 'No such person.');
      }),
    ).toThrow(DomainError);

    expect(referenceIds(store.document)).toEqual(['ref-1']);
    expect(readFileSync(dataFile()).equals(before)).toBe(true);
    expect(readFileSync(join(dir, 'rekindle-data.journal')).equals(journalBefore)).toBe(true);
  });
});

describe('when the disk refuses a write', () => {
  it('answers disk_full and keeps the last saved document current and on disk', () => {
    const fs = faultyFileSystem();
    const store = DataStore.open({ dir, engine: confEngine, now: clock.now, timers, fs });
    addPerson(store, 'ref-1');
    fs.spaceLeft = 0;

    expect(() => addPerson(store, 'ref-2')).toThrow(expect.objectContaining({ code: 'disk_full' }));

    expect(referenceIds(store.document)).toEqual(['ref-1']);
    expect(referenceIds(reopenedDocument())).toEqual(['ref-1']);
  });

  it('answers io_error when the disk fails to flush, and saves the next change once it works again', () => {
    const fs = faultyFileSystem();
    const store = DataStore.open({ dir, engine: confEngine, now: clock.now, timers, fs });
    fs.failFsync = true;

    expect(() => addPerson(store, 'ref-1')).toThrow(expect.objectContaining({ code: 'io_error' }));
    expect(referenceIds(store.document)).toEqual([]);

    fs.failFsync = false;
    addPerson(store, 'ref-2');
    expect(referenceIds(reopenedDocument())).toEqual(['ref-2']);
  });
});

describe('automatic backups', () => {
  it('takes one backup at each launch, from the document in memory', () => {
    open();
    timers.runAll();
    clock.advance(MINUTE);
    const second = open();
    addPerson(second, 'ref-1');
    timers.runAll();
    clock.advance(MINUTE);
    const third = open();
    timers.runAll();

    expect(backupNames()).toHaveLength(3);
    expect(readBackups().at(-1)).toEqual(third.document);
  });

  it('keeps one backup per launch, replaced as the session goes on', () => {
    const store = open();
    for (let n = 1; n <= 5; n += 1) {
      clock.advance(10 * MINUTE);
      addPerson(store, `ref-${n}`);
      timers.runAll();
    }

    expect(backupNames()).toHaveLength(1);
    expect(readBackups()[0]).toEqual(store.document);
  });

  it('writes backups readable only by their owner', () => {
    open();
    if (process.platform === 'win32') return;
    expect(statSync(backupDir()).mode & 0o777).toBe(0o700);
    for (const name of backupNames()) expect(statSync(join(backupDir(), name)).mode & 0o777).toBe(0o600);
  });
});
