// A core on a temp app folder whose folder dialog answers what the test chose, with the
// helpers the data-folder tests share: a few saved records, and what a launch would find.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { AppCore, AppCoreOptions } from '../../../main/app-core';
import { readDataPlace } from '../../../main/store/data-location';
import { DataStore } from '../../../main/store/data-store';
import { confEngine } from '../../../main/store/engine';
import { nodeFolderFileSystem } from '../../../main/store/folder-files';
import { contract } from '../../../shared/ipc/contract';
import type { DataLocation } from '../../../shared/ipc/data-location';
import { referenceFieldsSchema } from '../../../shared/schema/person';
import type { RekindleDocument } from '../../../shared/schema/document';
import { makeReference } from '../../fixtures/documents';
import { manualTimers } from '../store/store-helpers';
import { openHandlerCore, sendTo } from './handler-core';

export interface World {
  /** The app's own folder (userData). */
  appDir: string;
  /** A folder outside it, where the tests pick targets. */
  elsewhere: string;
  /** What the folder dialog answers next; null cancels. */
  choose: string | null;
  core: AppCore;
  send(channel: string, payload?: unknown): ReturnType<typeof sendTo>;
  open(overrides?: Partial<AppCoreOptions>): AppCore;
}

export function useDataLocationWorld(): World {
  let current: AppCore | null = null;
  const made: string[] = [];
  const world: World = {
    appDir: '',
    elsewhere: '',
    choose: null,
    get core() {
      if (current === null) throw new Error('The core is opened before each test');
      return current;
    },
    send: (channel, payload) => sendTo(world.core, channel, payload),
    open: (overrides = {}) => {
      current = openHandlerCore(world.appDir, { dialogs: { save: async () => null, open: async () => null, chooseFolder: async () => world.choose }, ...overrides });
      return current;
    },
  };
  beforeEach(() => {
    world.appDir = mkdtempSync(join(tmpdir(), 'rekindle-app-'));
    world.elsewhere = mkdtempSync(join(tmpdir(), 'rekindle-elsewhere-'));
    made.push(world.appDir, world.elsewhere);
    world.choose = null;
    world.open();
  });
  afterEach(() => {
    world.core.store.close();
    made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });
  return world;
}

/** Saves `count` people through the real handler; answers their names. */
export async function addPeople(world: Pick<World, 'send'>, count: number, prefix = 'Person'): Promise<string[]> {
  const names: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const fields = referenceFieldsSchema.parse(makeReference({ name: `${prefix} ${n}`, notes: 'ü'.repeat(n * 20) }));
    const result = await world.send('references:save', contract['references:save'].request.parse({ id: null, fields }));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    names.push(`${prefix} ${n}`);
  }
  return names;
}

/** What a launch of this app folder would open, read without writing anything. */
export function launchedDocument(appDir: string): { dir: string; document: RekindleDocument } {
  const place = readDataPlace(nodeFolderFileSystem, appDir);
  if (place.kind === 'missing') throw new Error(`The launch would find ${place.dir} missing`);
  const store = DataStore.open({ dir: place.dir, engine: confEngine, now: () => new Date('2026-03-02T08:00:00.000Z'), timers: manualTimers() });
  const document = store.document;
  store.close();
  return { dir: place.dir, document };
}

export function locationOf(result: Awaited<ReturnType<typeof sendTo>>): DataLocation {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return (result.value as { location: DataLocation }).location;
}

/** Every file of a folder tree with its bytes: equal before and after means nothing changed. */
export function folderBytes(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(dir.length)] = readFileSync(join(entry.parentPath, entry.name)).toString('base64');
  }
  return files;
}

export function makeFolder(...parts: string[]): string {
  const dir = join(...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}
