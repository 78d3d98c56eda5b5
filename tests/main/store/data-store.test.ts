import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/services/context';
import { BACKUP_INTERVAL_MS, BACKUPS_KEPT } from '../../../main/store/backups';
import { DataStore } from '../../../main/store/data-store';
import { confEngine, type StoreEngineFactory } from '../../../main/store/engine';
import { CURRENT_SCHEMA_VERSION, emptyDocument, type RekindleDocument } from '../../../shared/schema';
import { makeReference } from '../../fixtures/documents';

const MINUTE = 60 * 1000;
const V0_FIXTURE = fileURLToPath(new URL('../../fixtures/data-v0.json', import.meta.url));

function makeClock(start = '2026-03-02T08:00:00.000Z') {
  let time = new Date(start).getTime();
  return {
    now: () => new Date(time),
    advance(ms: number) {
      time += ms;
    },
  };
}

type Clock = ReturnType<typeof makeClock>;

let dir: string;
let clock: Clock;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-store-'));
  clock = makeClock();
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const dataFile = () => join(dir, 'rekindle-data.json');
const backupDir = () => join(dir, 'backups');

function open(): DataStore {
  return DataStore.open({ dir, engine: confEngine, now: clock.now });
}

function readDataFile(): unknown {
  return JSON.parse(readFileSync(dataFile(), 'utf8'));
}

function backupNames(): string[] {
  return existsSync(backupDir()) ? readdirSync(backupDir()).sort() : [];
}

function readBackups(): RekindleDocument[] {
  return backupNames().map((name) => JSON.parse(readFileSync(join(backupDir(), name), 'utf8')) as RekindleDocument);
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

describe('writing changes through', () => {
  it('has every change on disk by the time update returns', () => {
    const store = open();

    addPerson(store, 'ref-1');
    expect(readDataFile()).toEqual(store.document);
    expect(referenceIds(readDataFile() as RekindleDocument)).toEqual(['ref-1']);

    store.update((document) => ({ ...document, settings: { ...document.settings, paperSize: 'Letter' } }));
    expect((readDataFile() as RekindleDocument).settings.paperSize).toBe('Letter');
    expect(referenceIds(readDataFile() as RekindleDocument)).toEqual(['ref-1']);
  });

  it('keeps the file mode private after changes are written', () => {
    const store = open();
    addPerson(store, 'ref-1');
    if (process.platform !== 'win32') expect(statSync(dataFile()).mode & 0o777).toBe(0o600);
  });

  it('leaves the document and the file as they were when a change fails', () => {
    const store = open();
    addPerson(store, 'ref-1');
    const before = readFileSync(dataFile());

    expect(() =>
      store.update(() => {
        throw new DomainError('not_found', 'No such person.');
      }),
    ).toThrow(DomainError);

    expect(referenceIds(store.document)).toEqual(['ref-1']);
    expect(readFileSync(dataFile()).equals(before)).toBe(true);
  });
});

describe('when the disk refuses a write', () => {
  it('keeps the last saved document current and the file as it was', () => {
    addPerson(open(), 'ref-1');
    const before = readFileSync(dataFile());
    const failingEngine: StoreEngineFactory = (options) => {
      const real = confEngine(options);
      return {
        path: real.path,
        get store() {
          return real.store;
        },
        set store(_value: Record<string, unknown>) {
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        },
      };
    };
    clock.advance(MINUTE);
    const store = DataStore.open({ dir, engine: failingEngine, now: clock.now });

    expect(() => addPerson(store, 'ref-2')).toThrow('ENOSPC');

    expect(referenceIds(store.document)).toEqual(['ref-1']);
    expect(readFileSync(dataFile()).equals(before)).toBe(true);
  });
});

describe('rotating backups', () => {
  it('takes one backup at each launch', () => {
    open();
    clock.advance(MINUTE);
    open();
    clock.advance(MINUTE);
    open();

    expect(backupNames()).toHaveLength(3);
  });

  it('takes at most one backup an hour while the user makes changes', () => {
    const store = open();
    expect(backupNames()).toHaveLength(1);

    clock.advance(10 * MINUTE);
    addPerson(store, 'ref-1');
    clock.advance(49 * MINUTE);
    addPerson(store, 'ref-2');
    expect(backupNames()).toHaveLength(1);

    clock.advance(MINUTE); // an hour after the launch backup
    addPerson(store, 'ref-3');
    expect(backupNames()).toHaveLength(2);

    clock.advance(30 * MINUTE);
    addPerson(store, 'ref-4');
    expect(backupNames()).toHaveLength(2);

    clock.advance(BACKUP_INTERVAL_MS);
    addPerson(store, 'ref-5');
    expect(backupNames()).toHaveLength(3);
  });

  it('stores in the hourly backup the document as saved by that change', () => {
    const store = open();
    clock.advance(BACKUP_INTERVAL_MS);
    addPerson(store, 'ref-1');

    const newest = readBackups().at(-1);
    expect(newest).toEqual(store.document);
  });

  it(`keeps only the newest ${BACKUPS_KEPT} backups`, () => {
    const store = open(); // the launch backup holds no one
    for (let n = 1; n <= 12; n += 1) {
      clock.advance(BACKUP_INTERVAL_MS);
      addPerson(store, `ref-${n}`);
    }

    const kept = readBackups();
    expect(kept).toHaveLength(BACKUPS_KEPT);
    // Each hourly backup holds everyone added so far; the oldest three (0, 1 and 2 people) are gone.
    expect(kept.map((document) => document.references.length)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it(`keeps the newest ${BACKUPS_KEPT} backups when several are taken in the same millisecond`, () => {
    const store = open();
    for (let n = 1; n <= 12; n += 1) {
      addPerson(store, `ref-${n}`);
      store.takeBackup();
    }

    const counts = readBackups()
      .map((document) => document.references.length)
      .sort((a, b) => a - b);
    expect(counts).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
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

/** A launch, people added over three hours (each hour's change backed up), one more unbacked change. */
function storeWithHistory(): DataStore {
  const store = open();
  addPerson(store, 'ref-before-first-hour');
  for (const id of ['ref-a', 'ref-b', 'ref-c']) {
    clock.advance(BACKUP_INTERVAL_MS);
    addPerson(store, id);
  }
  clock.advance(5 * MINUTE);
  addPerson(store, 'ref-after-last-backup');
  return store;
}

function corruptFiles(): string[] {
  return readdirSync(dir).filter((name) => /^rekindle-data\.corrupt-.+\.json$/.test(name));
}

describe('recovering a damaged data file', () => {
  it.each(DAMAGE)('restores every record a backup held when the file is %s', (_kind, damage) => {
    storeWithHistory();
    const idsInBackups = new Set(readBackups().flatMap(referenceIds));
    expect(idsInBackups.size).toBeGreaterThan(0);
    const damaged = damage(readFileSync(dataFile()));
    writeFileSync(dataFile(), damaged);
    clock.advance(MINUTE);

    const store = open();

    const restored = new Set(referenceIds(store.document));
    for (const id of idsInBackups) expect(restored).toContain(id);
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
    expect(JSON.parse(readFileSync(notice.backupFile, 'utf8'))).toEqual(store.document);
  });

  it('restores from an older backup when the newest backups are damaged too', () => {
    storeWithHistory();
    const names = backupNames();
    const newest = names.at(-1) ?? '';
    const secondNewest = names.at(-2) ?? '';
    const expected = JSON.parse(readFileSync(join(backupDir(), names.at(-3) ?? ''), 'utf8')) as RekindleDocument;
    writeFileSync(join(backupDir(), newest), Buffer.alloc(4096));
    writeFileSync(join(backupDir(), secondNewest), '{"schemaVersion": 1');
    writeFileSync(dataFile(), '');
    clock.advance(MINUTE);

    const store = open();

    expect(store.notice?.kind).toBe('recovered_from_backup');
    expect(store.document).toEqual(expected);
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

    expect(second.document).toEqual(first.document);
    expect(backupNames()).toHaveLength(backupsAfterUpgrade + 1); // only the launch backup
  });
});

describe('a data folder that cannot be written', () => {
  it('opens read-only with the unwritable notice instead of failing to start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rekindle-unwritable-'));
    try {
      // An engine that fails the way a read-only disk does.
      const refusing: StoreEngineFactory = () => {
        throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
      };
      const store = DataStore.open({ dir, engine: refusing, now: () => new Date('2026-11-28T10:00:00Z') });
      expect(store.readOnly).toBe(true);
      expect(store.notice).toEqual({ kind: 'unwritable', dataFile: join(dir, 'rekindle-data.json') });
      expect(() => store.update((document) => document)).toThrow(/cannot save/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
