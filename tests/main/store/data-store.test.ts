import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/errors';
import { DataStore } from '../../../main/store/data-store';
import { confEngine } from '../../../main/store/engine';
import { CURRENT_SCHEMA_VERSION, emptyDocument, type RekindleDocument } from '../../../shared/schema/document';
import { makeReference } from '../../fixtures/documents';
import { faultyFileSystem, makeClock, manualTimers, readOnlyFileSystem, readSnapshotDocument, reopen, type Clock, type ManualTimers } from './store-helpers';

const MINUTE = 60 * 1000;
const V0_FIXTURE = fileURLToPath(new URL('../../fixtures/data-v0.json', import.meta.url));

let dir: string;
let clock: Clock;
let timers: ManualTimers;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-store-'));
  clock = makeClock();
  timers = manualTimers();
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const dataFile = () => join(dir, 'rekindle-data.json');
const backupDir = () => join(dir, 'backups');

function open(): DataStore {
  return DataStore.open({ dir, engine: confEngine, now: clock.now, timers });
}

/** The snapshot's document (the data file without the store's bookkeeping). */
function readDataFile(): unknown {
  return readSnapshotDocument(dir);
}

/** What a launch right now would find on disk (snapshot plus journal), as a crash would leave it. */
function reopenedDocument(): RekindleDocument {
  return reopen(dir, clock.now).document;
}

function backupNames(): string[] {
  return existsSync(backupDir()) ? readdirSync(backupDir()).sort() : [];
}

function readBackups(): RekindleDocument[] {
  return backupNames().map((name) => {
    const { storeMeta: _meta, ...document } = JSON.parse(readFileSync(join(backupDir(), name), 'utf8')) as RekindleDocument & { storeMeta?: unknown };
    return document;
  });
}

function addPerson(store: DataStore, id: string, name = `Person ${id}`): void {
  store.update((document) => ({ ...document, references: [...document.references, makeReference({ id, name })] }));
}

function referenceIds(document: RekindleDocument): string[] {
  return document.references.map((person) => person.id);
}

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
