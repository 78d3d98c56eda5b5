// The temp data folder every data-store test opens a store over: a fresh folder, clock and
// hand-driven timers per test, and what the tests read back from disk.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { DataStore } from '../../../main/store/data-store';
import { confEngine } from '../../../main/store/engine';
import type { RekindleDocument } from '../../../shared/schema/document';
import { makeReference } from '../../fixtures/documents';
import { makeClock, manualTimers, readSnapshotDocument, reopen, type Clock, type ManualTimers } from './store-helpers';

export const MINUTE = 60 * 1000;

// Live bindings: each test file reads the current test's folder, clock and timers.
export let dir: string;
export let clock: Clock;
export let timers: ManualTimers;

/** Gives every test of the calling file its own folder, removed afterwards. */
export function useStoreFolder(): void {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rekindle-store-'));
    clock = makeClock();
    timers = manualTimers();
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });
}

export const dataFile = () => join(dir, 'rekindle-data.json');
export const backupDir = () => join(dir, 'backups');

export function open(): DataStore {
  return DataStore.open({ dir, engine: confEngine, now: clock.now, timers });
}

/** The snapshot's document (the data file without the store's bookkeeping). */
export function readDataFile(): unknown {
  return readSnapshotDocument(dir);
}

/** What a launch right now would find on disk (snapshot plus journal), as a crash would leave it. */
export function reopenedDocument(): RekindleDocument {
  return reopen(dir, clock.now).document;
}

export function backupNames(): string[] {
  return existsSync(backupDir()) ? readdirSync(backupDir()).sort() : [];
}

export function readBackups(): RekindleDocument[] {
  return backupNames().map((name) => {
    const { storeMeta: _meta, ...document } = JSON.parse(readFileSync(join(backupDir(), name), 'utf8')) as RekindleDocument & { storeMeta?: unknown };
    return document;
  });
}

export function addPerson(store: DataStore, id: string, name = `Person ${id}`): void {
  store.update((document) => ({ ...document, references: [...document.references, makeReference({ id, name })] }));
}

export function referenceIds(document: RekindleDocument): string[] {
  return document.references.map((person) => person.id);
}
