// This installation's id: made once and kept in the app's own folder, taken over from the
// journal an installation already wrote there, and made anew when its file is damaged.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DataStore } from '../../../main/store/data-store';
import { DEVICE_FILE, deviceIdentity } from '../../../main/store/device-identity';
import { confEngine } from '../../../main/store/engine';
import { readJournal } from '../../../main/store/journal';
import { nodeFileSystem, type FileSystem } from '../../../main/store/file-system';
import { makeDocument, makeReference } from '../../fixtures/documents';
import { manualTimers } from './store-helpers';

let appDir: string;
beforeEach(() => {
  appDir = mkdtempSync(join(tmpdir(), 'rekindle-device-'));
});
afterEach(() => rmSync(appDir, { recursive: true, force: true }));

const kept = () => (JSON.parse(readFileSync(join(appDir, DEVICE_FILE), 'utf8')) as { id: string }).id;

it('makes an id on first launch, keeps it in the app folder and answers the same one every launch after', () => {
  const id = deviceIdentity(appDir);
  expect(id).toMatch(/^[A-Za-z0-9-]{8,64}$/);
  expect(kept()).toBe(id);
  expect(deviceIdentity(appDir)).toBe(id);
  const other = mkdtempSync(join(tmpdir(), 'rekindle-device-other-'));
  try {
    expect(deviceIdentity(other)).not.toBe(id);
  } finally {
    rmSync(other, { recursive: true, force: true });
  }
});

it('takes the id the journal already in the app folder names, so that installation keeps its own files', () => {
  const store = DataStore.open({ dir: appDir, engine: confEngine, now: () => new Date('2026-03-01T08:00:00Z'), timers: manualTimers() });
  store.replace(makeDocument({ references: [makeReference({ name: 'Anna' })] }));
  store.close();
  const founder = readJournal(nodeFileSystem, join(appDir, 'rekindle-data.journal'))?.header?.deviceId;
  expect(founder).toBeTruthy();

  const id = deviceIdentity(appDir);
  expect(id).toBe(founder);
  // Opened as that installation, it finds its people and writes on in the same pair of files.
  const again = DataStore.open({ dir: appDir, engine: confEngine, now: () => new Date('2026-03-01T09:00:00Z'), timers: manualTimers(), deviceId: id });
  expect(again.document.references.map((person) => person.name)).toEqual(['Anna']);
  expect(again.isOwnFile(join(appDir, 'rekindle-data.journal'))).toBe(true);
  again.close();
});

it.each([
  ['is not JSON', '{"id": "desktop-'],
  ['holds an id that could name a file elsewhere', '{"id": "../../etc/passwd"}'],
  ['holds no id', '{"name": "Desktop"}'],
])('makes a new id, and keeps it, when the file %s', (_case, content) => {
  writeFileSync(join(appDir, DEVICE_FILE), content);
  const id = deviceIdentity(appDir);
  expect(id).toMatch(/^[A-Za-z0-9-]{8,64}$/);
  expect(kept()).toBe(id);
});

it('still answers an id when the app folder cannot be written, and the same one from the journal next time', () => {
  const store = DataStore.open({ dir: appDir, engine: confEngine, now: () => new Date('2026-03-01T08:00:00Z'), timers: manualTimers() });
  store.close();
  const refusing: FileSystem = { ...nodeFileSystem, openSync: (path, flags, mode) => {
    if (flags !== 'r') throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    return nodeFileSystem.openSync(path, flags, mode);
  } };
  const first = deviceIdentity(appDir, refusing);
  expect(deviceIdentity(appDir, refusing)).toBe(first);
});
