// A data folder written before sync (one snapshot, one journal, no merge state) opens as
// it is, keeps its file names for the computer that made it, and merges with a second one.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataStore } from '../../../../main/store/data-store';
import { confEngine } from '../../../../main/store/engine';
import { encodeLine, sha256 } from '../../../../main/store/journal';
import { snapshotBytes } from '../../../../main/store/snapshot';
import { makeDocument, makeReference } from '../../../fixtures/documents';
import { makeClock, manualTimers } from '../store-helpers';
import { addPerson, editPerson, openComputer, person, removeFolder, tempFolder } from './sync-helpers';

let dir: string;
beforeEach(() => {
  dir = tempFolder('older');
  writeOlderFolder(dir);
});
afterEach(() => removeFolder(dir));

const anna = makeReference({ id: 'anna', name: 'Anna', rank: 0 });
const bert = makeReference({ id: 'bert', name: 'Bert', rank: 1 });
const carl = makeReference({ id: 'carl', name: 'Carl', rank: 2 });

/** Byte for byte what the version before sync wrote: no merge state, no change notes, no device name. */
function writeOlderFolder(target: string): void {
  const snapshot = snapshotBytes(makeDocument({ references: [anna, bert] }), { seq: 2, deviceId: 'old-install', hlc: [1_772_000_000_000, 0] });
  writeFileSync(join(target, 'rekindle-data.json'), snapshot);
  const lines = [
    encodeLine({ type: 'header', format: 1, snapshotSeq: 2, snapshotSum: sha256(snapshot), deviceId: 'old-install' }),
    encodeLine({ seq: 3, hlc: [1_772_000_001_000, 0], device: 'old-install', patch: { references: { upsert: [carl], remove: [] } } }),
    encodeLine({ seq: 4, hlc: [1_772_000_002_000, 0], device: 'old-install', patch: { references: { upsert: [{ ...bert, notes: 'edited before sync' }], remove: [] } } }),
  ];
  writeFileSync(join(target, 'rekindle-data.journal'), Buffer.concat(lines));
}

const ids = (store: DataStore) => store.document.references.map((record) => record.id);

it('opens unchanged without an installation id, as before sync', () => {
  const store = DataStore.open({ dir, engine: confEngine, now: makeClock().now, timers: manualTimers() });
  expect(ids(store)).toEqual(['anna', 'bert', 'carl']);
  expect(person(store.document, 'bert')?.notes).toBe('edited before sync');
  expect(store.notice).toBeNull();
});

it('stays with the computer that wrote it: same file names, every record, and a merge state after the next snapshot', () => {
  const own = openComputer(dir, 'old-install', 'Old laptop');
  expect(ids(own.store)).toEqual(['anna', 'bert', 'carl']);
  addPerson(own, 'dora');
  own.store.close();
  expect(readdirSync(dir).filter((name) => name.startsWith('rekindle-data.')).sort()).toEqual(['rekindle-data.journal', 'rekindle-data.json']);
  const meta = (JSON.parse(readFileSync(join(dir, 'rekindle-data.json'), 'utf8')) as { storeMeta: { sync?: { v: number } } }).storeMeta;
  expect(meta.sync?.v).toBe(1);
  const again = openComputer(dir, 'old-install', 'Old laptop');
  expect(ids(again.store)).toEqual(['anna', 'bert', 'carl', 'dora']);
  expect(person(again.store.document, 'bert')?.notes).toBe('edited before sync');
});

it('merges with a second computer that opens the same folder, losing nothing on either side', () => {
  const own = openComputer(dir, 'old-install', 'Old laptop');
  const second = openComputer(dir, 'new-desktop', 'New desktop');
  expect(second.store.document).toEqual(own.store.document);
  expect(existsSync(join(dir, 'rekindle-data.new-desktop.journal'))).toBe(true);
  editPerson(own, 'anna', { email: 'anna@laptop.example' });
  second.clock.advance(5000);
  editPerson(second, 'anna', { phone: '+49 40 1' });
  addPerson(second, 'emil');
  own.store.absorbExternal();
  second.store.absorbExternal();
  expect(own.store.document).toEqual(second.store.document);
  expect(ids(own.store)).toEqual(['anna', 'bert', 'carl', 'emil']);
  expect(person(own.store.document, 'anna')).toMatchObject({ email: 'anna@laptop.example', phone: '+49 40 1' });
  expect(person(own.store.document, 'bert')?.notes).toBe('edited before sync');
});

describe('a data file from before the journal, with nothing beside it', () => {
  let bare: string;
  beforeEach(() => {
    bare = tempFolder('bare');
    writeFileSync(join(bare, 'rekindle-data.json'), JSON.stringify(makeDocument({ references: [anna, bert] })));
  });
  afterEach(() => removeFolder(bare));

  it('is claimed by the first computer that opens it: its people show and its next change goes into the same pair', () => {
    const first = openComputer(bare, 'first-install', 'Laptop');
    expect(ids(first.store)).toEqual(['anna', 'bert']);
    addPerson(first, 'dora');
    first.store.close();
    expect(readdirSync(bare).filter((name) => name.startsWith('rekindle-data.')).sort()).toEqual(['rekindle-data.journal', 'rekindle-data.json']);
    const again = openComputer(bare, 'first-install', 'Laptop');
    expect(ids(again.store)).toEqual(['anna', 'bert', 'dora']);
  });

  it('is not claimed again by a second computer once the first has opened it', () => {
    const first = openComputer(bare, 'first-install', 'Laptop');
    addPerson(first, 'dora');
    const second = openComputer(bare, 'second-install', 'Desktop');
    expect(ids(second.store)).toEqual(['anna', 'bert', 'dora']);
    addPerson(second, 'emil');
    second.store.close();
    expect(existsSync(join(bare, 'rekindle-data.second-install.journal'))).toBe(true);
    first.store.absorbExternal();
    expect(ids(first.store)).toEqual(['anna', 'bert', 'dora', 'emil']);
  });

  it('is never claimed when it names the computer that wrote it, even with that computer\'s journal not yet synced', () => {
    const named = tempFolder('named');
    try {
      writeFileSync(join(named, 'rekindle-data.json'), snapshotBytes(makeDocument({ references: [anna] }), { seq: 1, deviceId: 'other-install', hlc: [1_772_000_000_000, 0] }));
      const mine = openComputer(named, 'my-install', 'Desktop');
      addPerson(mine, 'dora');
      mine.store.close();
      expect(readFileSync(join(named, 'rekindle-data.json'), 'utf8')).toContain('"other-install"');
      expect(existsSync(join(named, 'rekindle-data.journal'))).toBe(false);
      expect(existsSync(join(named, 'rekindle-data.my-install.journal'))).toBe(true);
    } finally {
      removeFolder(named);
    }
  });
});
