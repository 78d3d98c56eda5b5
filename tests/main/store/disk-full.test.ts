// A disk that fills up at any byte of a write, without root: the file system is injected
// and runs out of space exactly where the test says. Each change either answers ok and
// survives a reopen, or answers disk_full and is absent; never ok and lost.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/errors';
import { DataStore } from '../../../main/store/data-store';
import { confEngine, type StoreEngineFactory } from '../../../main/store/engine';
import { serializeDocument } from '../../../main/store/serialize';
import { addPersonTo, dataFileIn, faultyFileSystem, idsOf, journalIn, makeClock, manualTimers, reopen, tempFilesIn, type FaultyFileSystem } from './store-helpers';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-disk-full-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const clock = makeClock();

function openWith(fs: FaultyFileSystem, engine: StoreEngineFactory = confEngine): DataStore {
  return DataStore.open({ dir, engine, now: clock.now, timers: manualTimers(), fs });
}

/** Tries a change; true when it was acknowledged, false when it answered disk_full. */
function tryAdd(store: DataStore, id: string): boolean {
  try {
    addPersonTo(store, id);
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('disk_full');
    return false;
  }
}

function expectOnDisk(acknowledged: Set<string>, refused: Set<string>): void {
  const ids = new Set(idsOf(reopen(dir).document));
  for (const id of acknowledged) expect(ids).toContain(id);
  for (const id of refused) expect(ids).not.toContain(id);
}

const id = (n: number) => `person-${String(n).padStart(5, '0')}`;

describe('a journal append on a disk that fills up at any byte', () => {
  it.each(['short', 'throw'] as const)('saves a change or refuses it with disk_full, at every offset (%s writes)', (mode) => {
    const fs = faultyFileSystem();
    fs.mode = mode;
    const store = openWith(fs);
    const before = readFileSync(journalIn(dir)).length;
    addPersonTo(store, id(0));
    const recordSize = readFileSync(journalIn(dir)).length - before;
    const acknowledged = new Set([id(0)]);
    const refused = new Set<string>();

    for (let offset = 0; offset <= recordSize + 2; offset += 1) {
      fs.spaceLeft = offset;
      const next = id(offset + 1);
      const saved = tryAdd(store, next);
      fs.spaceLeft = null;
      (saved ? acknowledged : refused).add(next);
      expect(idsOf(store.document).includes(next)).toBe(saved);
      if (offset % 32 === 0 || offset >= recordSize - 2) expectOnDisk(acknowledged, refused);
    }

    // Only a record that fits whole is acknowledged, and the room it needed is what it wrote.
    expect(refused.size).toBeGreaterThanOrEqual(recordSize - 8);
    expect(acknowledged.size).toBeGreaterThan(1);
    // With space freed the next change saves, and survives a reopen.
    expect(tryAdd(store, 'after-space-freed')).toBe(true);
    acknowledged.add('after-space-freed');
    expectOnDisk(acknowledged, refused);
    expect(tempFilesIn(dir)).toEqual([]);
  });
});

describe('a compaction on a disk that fills up at any byte', () => {
  it('never loses a change: the journal is only started afresh once the backup and snapshot are verified', () => {
    const fs = faultyFileSystem();
    const store = openWith(fs);
    for (let n = 0; n < 5; n += 1) addPersonTo(store, id(n));
    const rename = (offset: number) =>
      store.update((document) => ({
        ...document,
        references: document.references.map((person, index) => (index === 0 ? { ...person, name: `Renamed ${String(offset).padStart(6, '0')}` } : person)),
      }));
    // What one compaction writes through the verified writer: the backup, then the journal header.
    rename(0);
    // The snapshot holds the document and the merge state other computers merge with.
    expect(store.compact()).toBe(true);
    const needed = readFileSync(dataFileIn(dir)).length + 400;
    expect(needed).toBeGreaterThan(serializeDocument(store.document).length);
    const offsets = new Set<number>();
    for (let offset = 0; offset < 48; offset += 1) offsets.add(offset);
    for (let offset = 48; offset < needed; offset += 53) offsets.add(offset);
    for (let offset = needed - 400; offset < needed; offset += 7) offsets.add(offset);
    let completed = 0;

    for (const offset of offsets) {
      rename(offset); // acknowledged: on disk before the compaction starts
      fs.spaceLeft = offset;
      if (store.compact()) completed += 1;
      fs.spaceLeft = null;
      expect(reopen(dir).document).toEqual(store.document);
    }

    expect(completed).toBeGreaterThan(0);
    expect(completed).toBeLessThan(offsets.size);
    expect(store.compact()).toBe(true);
    expect(reopen(dir).document).toEqual(store.document);
    expect(tempFilesIn(dir)).toEqual([]);
  });

  it("catches a snapshot the engine's unchecked write cut short, and recovers every change from the backup and journal", () => {
    // What conf's atomic write does on a nearly full disk: renames a short temp file over
    // the data file and returns normally.
    let cutAt: number | null = null;
    const cuttingEngine: StoreEngineFactory = (options) => {
      const real = confEngine(options);
      return {
        path: real.path,
        get store() {
          return real.store;
        },
        set store(value: Record<string, unknown>) {
          const bytes = serializeDocument(value);
          if (cutAt === null) real.store = value;
          else writeFileSync(real.path, bytes.subarray(0, cutAt));
        },
      };
    };
    const fs = faultyFileSystem();
    const store = openWith(fs, cuttingEngine);
    for (let n = 0; n < 4; n += 1) addPersonTo(store, id(n));

    cutAt = 65;
    expect(store.compact()).toBe(false);
    addPersonTo(store, 'after-the-cut');

    const reopened = reopen(dir);
    expect(reopened.notice?.kind).toBe('recovered_from_backup');
    expect(idsOf(reopened.document)).toEqual([id(0), id(1), id(2), id(3), 'after-the-cut']);
  });
});
