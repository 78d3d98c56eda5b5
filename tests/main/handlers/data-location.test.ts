// Settings → Data folder through the real IPC boundary, on real temp folders: moving the
// data keeps every record and switches without a restart; a move the app must refuse
// changes nothing; the old copy stays until the user removes it.
import { existsSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataStore } from '../../../main/store/data-store';
import { confEngine } from '../../../main/store/engine';
import { makeDocument, makeReference } from '../../fixtures/documents';
import { manualTimers, reopen } from '../store/store-helpers';
import { LOCATION_FILE, type FolderFileSystem, nodeFolderFileSystem } from '../../../main/store/folder-files';
import { addPeople, folderBytes, launchedDocument, locationOf, makeFolder, useDataLocationWorld } from './data-location-world';

const world = useDataLocationWorld();
const names = () => world.core.store.document.references.map((person) => person.name).sort();

describe('moving the data folder', () => {
  it('copies every record into a Rekindle folder inside the one picked, switches to it, and keeps the old copy', async () => {
    await addPeople(world, 5);
    world.core.store.compact(); // backups/ has files too
    const before = world.core.store.document;
    writeFileSync(join(world.elsewhere, 'notes.txt'), 'the user’s own file');
    world.choose = world.elsewhere;

    const location = locationOf(await world.send('dataFolder:move'));

    const target = join(world.elsewhere, 'Rekindle');
    expect(location).toEqual({ folder: target, appFolder: world.appDir, previousFolder: world.appDir, missing: false });
    expect(world.core.store.document).toEqual(before);
    expect(readdirSync(join(target, 'backups')).length).toBeGreaterThan(0);
    // The next launch opens the new folder and finds everything; the old folder is still whole.
    expect(launchedDocument(world.appDir)).toEqual({ dir: target, document: before });
    expect(existsSync(join(world.appDir, 'rekindle-data.json'))).toBe(true);
    expect(existsSync(join(target, '.rekindle-copy-incomplete'))).toBe(false);
  });

  it('puts the data straight into an empty folder, and saves later changes there, not in the old one', async () => {
    await addPeople(world, 2);
    const empty = makeFolder(world.elsewhere, 'Sync');
    world.choose = empty;
    expect(locationOf(await world.send('dataFolder:move')).folder).toBe(empty);
    const oldBytes = folderBytes(world.appDir);

    await addPeople(world, 1, 'After the move');

    expect(launchedDocument(world.appDir).document.references.map((person) => person.name)).toContain('After the move 0');
    expect(folderBytes(world.appDir)).toEqual(oldBytes);
    // Handlers reached through the IPC boundary answer from the new folder too.
    const loaded = await world.send('app:load');
    expect(loaded.ok && loaded.value).toMatchObject({ dataFile: join(empty, 'rekindle-data.json') });
  });

  it('takes every data file whatever its name, and leaves Chromium’s own files in the app folder behind', async () => {
    await addPeople(world, 1);
    writeFileSync(join(world.appDir, 'rekindle-data.laptop-7f3a.journal'), 'another computer’s journal');
    writeFileSync(join(world.appDir, 'Preferences'), '{}');
    writeFileSync(join(world.appDir, 'first_party_sets.db'), 'sqlite');
    // This installation's id stays with the installation, never in a folder others may share.
    writeFileSync(join(world.appDir, 'rekindle-device.json'), '{"id":"desktop-0001"}');
    const first = makeFolder(world.elsewhere, 'first');
    world.choose = first;
    await world.send('dataFolder:move');
    expect(readdirSync(first).sort()).toEqual(['backups', 'rekindle-data.journal', 'rekindle-data.json', 'rekindle-data.laptop-7f3a.journal']);

    // Out of the app folder, every file of the data folder goes along.
    writeFileSync(join(first, 'window-state.json'), '{"width": 1200}');
    const second = makeFolder(world.elsewhere, 'second');
    world.choose = second;
    await world.send('dataFolder:move');
    expect(readdirSync(second)).toContain('window-state.json');
    expect(readdirSync(second)).toContain('rekindle-data.laptop-7f3a.journal');
    expect(existsSync(join(world.appDir, 'rekindle-device.json'))).toBe(true);
  });

  it('changes nothing when the dialog is cancelled', async () => {
    await addPeople(world, 1);
    const before = folderBytes(world.appDir);
    expect(await world.send('dataFolder:move')).toMatchObject({ ok: true, value: { done: false } });
    expect(folderBytes(world.appDir)).toEqual(before);
  });
});

describe('a move the app refuses, with nothing changed', () => {
  async function expectRefused(code: string, cause: string) {
    await addPeople(world, 2);
    const before = { app: folderBytes(world.appDir), elsewhere: folderBytes(world.elsewhere) };
    const result = await world.send('dataFolder:move');
    expect(result).toMatchObject({ ok: false, error: { code, issues: [{ code: cause }] } });
    expect(folderBytes(world.appDir)).toEqual(before.app);
    expect(folderBytes(world.elsewhere)).toEqual(before.elsewhere);
    expect(existsSync(join(world.appDir, LOCATION_FILE))).toBe(false);
    expect(names()).toEqual(['Person 0', 'Person 1']);
  }

  it('refuses a folder inside the data folder', async () => {
    world.choose = makeFolder(world.appDir, 'backups');
    await expectRefused('conflict', 'folder_inside_data');
  });

  it('refuses a folder that already holds Rekindle data, and opens that one instead when asked', async () => {
    const other = join(useOtherComputer(world.elsewhere), 'Rekindle');
    world.choose = join(world.elsewhere, 'laptop');
    await expectRefused('conflict', 'folder_has_rekindle');

    const opened = await world.send('dataFolder:openOffered');

    expect(locationOf(opened)).toMatchObject({ folder: other, previousFolder: null });
    expect(names()).toEqual(['Elsewhere']);
    // The folder used before is left as it was: its people are all still there.
    expect(launchedDocument(world.appDir).dir).toBe(other);
  });

  it('refuses a folder Rekindle may not write to', async () => {
    const locked = makeFolder(world.elsewhere, 'locked');
    const refusing: FolderFileSystem = {
      ...nodeFolderFileSystem,
      openSync: (path, flags, mode) => {
        if (path.startsWith(locked) && flags !== 'r') throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
        return nodeFolderFileSystem.openSync(path, flags, mode);
      },
    };
    world.open({ folderFs: refusing });
    world.choose = locked;
    await expectRefused('io_error', 'folder_not_writable');
  });

  it('refuses a disk without room for the copy', async () => {
    world.open({ folderFs: { ...nodeFolderFileSystem, freeBytes: () => 4_096 } });
    world.choose = world.elsewhere;
    await expectRefused('disk_full', 'disk_full');
  });

  it('refuses a folder named Rekindle that holds other files', async () => {
    writeFileSync(join(makeFolder(world.elsewhere, 'Rekindle'), 'holiday.jpg'), 'jpeg');
    world.choose = world.elsewhere;
    await expectRefused('conflict', 'folder_not_empty');
  });
});

describe('removing the old copy', () => {
  it('removes only Rekindle’s data there, after the move, and stops offering it', async () => {
    await addPeople(world, 3);
    world.core.store.compact();
    const oldFolder = makeFolder(world.elsewhere, 'old');
    world.choose = oldFolder;
    await world.send('dataFolder:move');
    world.choose = makeFolder(world.elsewhere, 'new');
    expect(locationOf(await world.send('dataFolder:move')).previousFolder).toBe(oldFolder);
    // Something that arrived there after the move (the user's, or a sync service's) is not the copy.
    writeFileSync(join(oldFolder, 'keep-me.txt'), 'mine');

    const result = await world.send('dataFolder:removeOldCopy');

    expect(result).toMatchObject({ ok: true, value: { left: 0, location: { previousFolder: null } } });
    expect(readdirSync(oldFolder)).toEqual(['keep-me.txt']);
    expect(launchedDocument(world.appDir).document.references).toHaveLength(3);
    expect(await world.send('dataFolder:removeOldCopy')).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('opening a Rekindle folder from another computer', () => {
  it('refuses a folder without Rekindle data and switches to one with it, leaving the current one as it was', async () => {
    await addPeople(world, 2);
    world.core.store.compact();
    const before = folderBytes(world.appDir);
    world.choose = makeFolder(world.elsewhere, 'photos');
    expect(await world.send('dataFolder:openOther')).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ code: 'not_rekindle_folder' }] } });

    // A folder made by another computer: its own data and backups.
    const otherApp = useOtherComputer(world.elsewhere);
    world.choose = otherApp;
    expect(locationOf(await world.send('dataFolder:openOther'))).toMatchObject({ folder: join(otherApp, 'Rekindle'), previousFolder: null });

    expect(names()).toEqual(['Elsewhere']);
    // The folder used before still holds its own people; only the pointer beside it is new.
    expect(Object.keys(folderBytes(world.appDir)).sort()).toEqual([...Object.keys(before), `/${LOCATION_FILE}`].sort());
    expect(reopen(world.appDir).document.references.map((person) => person.name)).toEqual(['Person 0', 'Person 1']);
  });
});

function useOtherComputer(parent: string): string {
  const folder = makeFolder(parent, 'laptop', 'Rekindle');
  const store = DataStore.open({ dir: folder, engine: confEngine, now: () => new Date('2026-03-01T08:00:00.000Z'), timers: manualTimers() });
  store.replace(makeDocument({ references: [makeReference({ name: 'Elsewhere' })] }));
  store.close();
  return join(parent, 'laptop');
}

describe('a chosen data folder that is missing at launch', () => {
  async function moveThenLose() {
    await addPeople(world, 3);
    const chosen = makeFolder(world.elsewhere, 'usb-stick');
    world.choose = chosen;
    await world.send('dataFolder:move');
    const moved = world.core.store.document;
    world.core.store.close();
    // The drive is unplugged: its folder is gone.
    const unplugged = join(world.elsewhere, 'unplugged');
    renameSync(chosen, unplugged);
    world.open();
    return { chosen, unplugged, moved };
  }

  it('says which folder is missing, shows nothing as saved, and writes nowhere', async () => {
    const { chosen } = await moveThenLose();
    const appBytes = folderBytes(world.appDir);

    const loaded = await world.send('app:load');
    expect(loaded).toMatchObject({ ok: true, value: { notice: { kind: 'data_folder_missing', folder: chosen }, readOnly: true } });
    expect(await world.send('references:save', { id: null, fields: {} })).toMatchObject({ ok: false });
    expect(await world.send('dataFolder:move')).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect(existsSync(chosen)).toBe(false);
    expect(folderBytes(world.appDir)).toEqual(appBytes);
    expect(locationOf(await world.send('dataFolder:lookAgain'))).toMatchObject({ folder: chosen, missing: true });
  });

  it('opens the folder once it is back, when asked to look again', async () => {
    const { chosen, unplugged, moved } = await moveThenLose();
    renameSync(unplugged, chosen);

    expect(await world.send('dataFolder:lookAgain')).toMatchObject({ ok: true, value: { done: true, location: { folder: chosen, missing: false } } });
    expect(world.core.store.document).toEqual(moved);
    expect(world.core.store.notice).toBeNull();
  });

  it('uses the app’s own folder when the user says so, and leaves the missing one alone', async () => {
    const { unplugged } = await moveThenLose();
    const away = folderBytes(unplugged);

    expect(locationOf(await world.send('dataFolder:useDefault'))).toMatchObject({ folder: world.appDir, missing: false, previousFolder: null });
    await addPeople(world, 1, 'Here');

    expect(launchedDocument(world.appDir).dir).toBe(world.appDir);
    expect(names()).toContain('Here 0');
    expect(folderBytes(unplugged)).toEqual(away);
  });

  it('opens the app’s own folder when the pointer is damaged', async () => {
    await addPeople(world, 2);
    world.core.store.close();
    writeFileSync(join(world.appDir, LOCATION_FILE), '{"format": 1, "dataDir": ');
    world.open();
    expect(names()).toEqual(['Person 0', 'Person 1']);
    expect(world.core.store.notice).toBeNull();
  });
});

describe('a computer with its own id', () => {
  it('opens a folder that only another computer has written, showing its people, and writes beside its files', async () => {
    world.core.store.close();
    world.open({ device: { id: 'desktop-0001', name: 'Desktop' } });
    const folder = makeFolder(world.elsewhere, 'Synced', 'Rekindle');
    const laptop = DataStore.open({ dir: folder, engine: confEngine, now: () => new Date('2026-03-01T08:00:00.000Z'), timers: manualTimers(), deviceId: 'laptop-0001' });
    laptop.replace(makeDocument({ references: [makeReference({ name: 'From the laptop' })] }));
    laptop.close();
    world.choose = join(world.elsewhere, 'Synced');

    expect(locationOf(await world.send('dataFolder:openOther'))).toMatchObject({ folder });
    expect(names()).toEqual(['From the laptop']);
    await addPeople(world, 1, 'From the desktop');
    expect(readdirSync(folder).filter((name) => name.startsWith('rekindle-data.')).sort()).toEqual([
      'rekindle-data.desktop-0001.journal',
      'rekindle-data.desktop-0001.json',
      'rekindle-data.laptop-0001.journal',
      'rekindle-data.laptop-0001.json',
    ]);
  });
});
