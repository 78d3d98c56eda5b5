// What the sync tests share: a computer is a DataStore of its own over a data folder, with
// its own installation id and name, its own clock and hand-driven timers.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataStore } from '../../../../main/store/data-store';
import { confEngine } from '../../../../main/store/engine';
import type { FileSystem } from '../../../../main/store/file-system';
import type { RekindleDocument } from '../../../../shared/schema/document';
import type { Reference } from '../../../../shared/schema/person';
import { makeReference } from '../../../fixtures/documents';
import { makeClock, manualTimers } from '../store-helpers';

export interface Computer {
  store: DataStore;
  clock: ReturnType<typeof makeClock>;
  id: string;
  name: string;
  dir: string;
}

export function tempFolder(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `rekindle-sync-${prefix}-`));
}

export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function openComputer(dir: string, id: string, name: string, options: { start?: string; fs?: FileSystem } = {}): Computer {
  const clock = makeClock(options.start);
  const store = DataStore.open({ dir, engine: confEngine, now: clock.now, timers: manualTimers(), deviceId: id, deviceName: name, ...(options.fs ? { fs: options.fs } : {}) });
  return { store, clock, id, name, dir };
}

export function addPerson(computer: Computer, id: string, overrides: Partial<Reference> = {}): void {
  computer.store.update((document) => {
    const rank = document.references.reduce((highest, person) => Math.max(highest, person.rank + 1), 0);
    return { ...document, references: [...document.references, makeReference({ id, name: `Person ${id}`, rank, ...overrides })] };
  });
}

export function editPerson(computer: Computer, id: string, change: Partial<Reference>): void {
  computer.store.update((document) => ({ ...document, references: document.references.map((person) => (person.id === id ? { ...person, ...change } : person)) }));
}

export function removePerson(computer: Computer, id: string): void {
  computer.store.update((document) => ({ ...document, references: document.references.filter((person) => person.id !== id) }));
}

export function person(document: RekindleDocument, id: string): Reference | undefined {
  return document.references.find((candidate) => candidate.id === id);
}

/**
 * What a sync service does: copies each file of `from` that is newer than its copy in `to`
 * (or missing there), keeping its modification time, so a copy never travels back over
 * the newer original.
 */
export function deliver(from: string, to: string, only?: (name: string) => boolean): number {
  let copied = 0;
  for (const name of readdirSync(from)) {
    if (name === 'backups' || name.includes('.tmp-') || (only && !only(name))) continue;
    const source = join(from, name);
    const target = join(to, name);
    const stat = statSync(source);
    if (existsSync(target) && statSync(target).mtimeMs >= stat.mtimeMs) continue;
    copyFileSync(source, target);
    utimesSync(target, stat.atime, stat.mtime);
    copied += 1;
  }
  return copied;
}
