// What a shared data folder costs, timed in plain Node: folding another computer's journal
// into a heavy document, and opening a folder two computers write. Each function answers
// its samples in milliseconds, so the caller summarizes and compares them as it likes.
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataStore } from '../../main/store/data-store';
import { confEngine } from '../../main/store/engine';
import { encodeLine, type JournalRecord } from '../../main/store/journal';
import type { RekindleDocument } from '../../shared/schema/document';

/** Timers that never fire: a measured open must not start a backup in the middle of the next run. */
const NO_TIMERS = { set: () => null, clear: () => undefined };
const START = Date.UTC(2026, 11, 1, 9);

/** A folder holding `document` as computer A's snapshot (written by the store itself). */
function folderWith(document: RekindleDocument): string {
  const dir = mkdtempSync(join(tmpdir(), 'rekindle-sync-bench-'));
  writeFileSync(join(dir, 'rekindle-data.json'), JSON.stringify(document), { mode: 0o600 });
  // Opened once without an id, the folder becomes the first computer's, as before sync.
  DataStore.open({ dir, engine: confEngine, now: () => new Date(), timers: NO_TIMERS }).close();
  return dir;
}

/**
 * Another computer's journal as it writes it: `count` edits of people's notes, spread over
 * the document's people, each naming what it replaced, as a real change does.
 */
function writeOtherJournal(dir: string, document: RekindleDocument, deviceId: string, count: number, startMs: number): string {
  const path = join(dir, `rekindle-data.${deviceId}.journal`);
  const lines = [encodeLine({ type: 'header', format: 1, snapshotSeq: 0, snapshotSum: null, deviceId, deviceName: deviceId })];
  const people = document.references;
  for (let n = 0; n < count; n += 1) {
    const person = people[n % Math.max(1, people.length)];
    if (!person) break;
    const record: JournalRecord = {
      seq: n + 1,
      hlc: [startMs + n, 0],
      device: deviceId,
      patch: { references: { upsert: [{ ...person, notes: `${deviceId} note ${n}` }], remove: [] } },
      changes: { references: { [person.id]: { fields: { notes: 0 } } } },
      seen: [],
    };
    lines.push(encodeLine(record));
  }
  writeFileSync(path, Buffer.concat(lines), { mode: 0o600 });
  return path;
}

/**
 * (a) Folding `records` journal records of another computer into a document of this size:
 * the time of one absorbExternal() that finds them, on a store opened before they arrived.
 */
export function measureMergeRecords(document: RekindleDocument, runs: number, records = 10_000): number[] {
  const dir = folderWith(document);
  const arrived = writeOtherJournal(dir, document, 'other-computer', records, START);
  const away = join(dir, 'not-yet.journal.away');
  const samples: number[] = [];
  try {
    for (let run = 0; run <= runs; run += 1) {
      renameSync(arrived, away);
      const store = DataStore.open({ dir, engine: confEngine, now: () => new Date(), timers: NO_TIMERS });
      renameSync(away, arrived);
      const started = performance.now();
      const changes = store.absorbExternal();
      const elapsed = performance.now() - started;
      if (!changes || changes.from[0]?.changes !== records) throw new Error('The other computer\'s records were not all merged.');
      if (run > 0) samples.push(elapsed); // the first run warms up
    }
    return samples;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * (b) Opening a folder of this size that other computers write too: this computer's snapshot,
 * and two other computers' journals with `perJournal` changes each, not yet folded in here.
 */
export function measureOpenTwoDevices(document: RekindleDocument, runs: number, perJournal = 500): number[] {
  const dir = folderWith(document);
  try {
    writeOtherJournal(dir, document, 'second-computer', perJournal, START + 1);
    writeOtherJournal(dir, document, 'third-computer', perJournal, START);
    const samples: number[] = [];
    for (let run = 0; run <= runs; run += 1) {
      const started = performance.now();
      const store = DataStore.open({ dir, engine: confEngine, now: () => new Date(), timers: NO_TIMERS });
      const elapsed = performance.now() - started;
      if (store.document.references.length !== document.references.length) throw new Error('The folder opened without every person.');
      if (run > 0) samples.push(elapsed);
    }
    return samples;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
