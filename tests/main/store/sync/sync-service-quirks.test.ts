// What sync services leave in a folder: conflict copies, files that are still arriving
// (cut off, empty, failing their checksums), and a folder that goes away for a while.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../../main/errors';
import { nodeFileSystem, type FileSystem } from '../../../../main/store/file-system';
import { addPerson, editPerson, openComputer, person, removeFolder, tempFolder } from './sync-helpers';

let dir: string;
let elsewhere: string;
beforeEach(() => {
  dir = tempFolder('quirks');
  elsewhere = tempFolder('quirks-fork');
});
afterEach(() => {
  removeFolder(dir);
  removeFolder(elsewhere);
});

const ids = (computer: { store: { document: { references: Array<{ id: string }> } } }) => computer.store.document.references.map((record) => record.id).sort();

describe('conflict copies', () => {
  it.each([
    ['Dropbox', 'rekindle-data.desk-2 (Anna’s conflicted copy 2026-12-03).journal'],
    ['Nextcloud', 'rekindle-data.desk-2 (conflicted copy 2026-12-03 101500).journal'],
    ['Google Drive and OneDrive', 'rekindle-data.desk-2 (1).journal'],
    ['Syncthing', 'rekindle-data.desk-2.sync-conflict-20261203-101500-ABCDEF7.journal'],
  ])('folds in a %s conflict copy of a journal, then moves it into backups/conflicts', (_service, name) => {
    // The same computer's journal in two versions: the one in the folder, and a fork the
    // sync service kept as a copy (the other side of the conflict).
    const fork = openComputer(elsewhere, 'desk-2', 'Desktop');
    addPerson(fork, 'only-in-the-copy');
    copyFileSync(join(elsewhere, 'rekindle-data.desk-2.journal'), join(dir, name));
    const desk = openComputer(dir, 'desk-2', 'Desktop');
    addPerson(desk, 'in-the-journal');
    const laptop = openComputer(dir, 'lap-1', 'Laptop');
    expect(ids(laptop)).toEqual(['in-the-journal', 'only-in-the-copy']);
    // Once this computer's snapshot holds it, the copy is tidied away, not deleted.
    expect(laptop.store.compact()).toBe(true);
    expect(existsSync(join(dir, name))).toBe(false);
    expect(readdirSync(join(dir, 'backups', 'conflicts'))).toEqual([name]);
    const again = openComputer(dir, 'lap-1', 'Laptop');
    expect(ids(again)).toEqual(['in-the-journal', 'only-in-the-copy']);
  });

  it('folds in a conflict copy that arrives while the app runs, and says where it came from', () => {
    const desk = openComputer(dir, 'desk-2', 'Desktop');
    addPerson(desk, 'in-the-journal');
    const laptop = openComputer(dir, 'lap-1', 'Laptop');
    const fork = openComputer(elsewhere, 'desk-2', 'Desktop');
    fork.clock.advance(5000);
    addPerson(fork, 'only-in-the-copy');
    copyFileSync(join(elsewhere, 'rekindle-data.desk-2.journal'), join(dir, 'rekindle-data.desk-2 (1).journal'));
    const changes = laptop.store.absorbExternal();
    expect(changes?.from.map((source) => source.deviceName)).toEqual(['Desktop']);
    expect(changes?.patch.references?.upsert.map((record) => record.id)).toEqual(['only-in-the-copy']);
    expect(ids(laptop)).toEqual(['in-the-journal', 'only-in-the-copy']);
  });

  it('folds in a conflict copy of a snapshot, and never mistakes backups for computers', () => {
    const fork = openComputer(elsewhere, 'desk-2', 'Desktop');
    addPerson(fork, 'from-the-copy');
    fork.store.compact();
    copyFileSync(join(elsewhere, 'rekindle-data.desk-2.json'), join(dir, 'rekindle-data.desk-2 (1).json'));
    mkdirSync(join(dir, 'backups'), { recursive: true });
    const laptop = openComputer(dir, 'lap-1', 'Laptop');
    expect(ids(laptop)).toEqual(['from-the-copy']);
    expect(laptop.store.notice).toBeNull();
  });
});

describe('files still arriving', () => {
  it('uses the whole lines of a cut-off journal, leaves the file alone, and takes the rest once it is whole', () => {
    const desk = openComputer(elsewhere, 'desk-2', 'Desktop');
    addPerson(desk, 'anna');
    addPerson(desk, 'bert');
    const whole = readFileSync(join(elsewhere, 'rekindle-data.desk-2.journal'));
    const cut = whole.subarray(0, whole.length - 40);
    writeFileSync(join(dir, 'rekindle-data.desk-2.journal'), cut);
    const laptop = openComputer(dir, 'lap-1', 'Laptop');
    expect(ids(laptop)).toEqual(['anna']);
    expect(laptop.store.notice).toBeNull();
    expect(readFileSync(join(dir, 'rekindle-data.desk-2.journal')).equals(cut)).toBe(true);
    writeFileSync(join(dir, 'rekindle-data.desk-2.journal'), whole);
    expect(laptop.store.absorbExternal()?.from).toEqual([{ deviceId: 'desk-2', deviceName: 'Desktop', changes: 1 }]);
    expect(ids(laptop)).toEqual(['anna', 'bert']);
  });

  it('ignores a journal line that fails its checksum until the good version arrives', () => {
    const desk = openComputer(elsewhere, 'desk-2', 'Desktop');
    addPerson(desk, 'anna');
    addPerson(desk, 'bert');
    const whole = readFileSync(join(elsewhere, 'rekindle-data.desk-2.journal'));
    const damaged = Buffer.from(whole);
    damaged[damaged.length - 30] = damaged[damaged.length - 30] === 0x61 ? 0x62 : 0x61;
    writeFileSync(join(dir, 'rekindle-data.desk-2.journal'), damaged);
    const laptop = openComputer(dir, 'lap-1', 'Laptop');
    expect(ids(laptop)).toEqual(['anna']);
    writeFileSync(join(dir, 'rekindle-data.desk-2.journal'), whole);
    laptop.store.absorbExternal();
    expect(ids(laptop)).toEqual(['anna', 'bert']);
  });

  it('opens beside zero-length files of another computer, keeps them, and reads them once they arrive', () => {
    const desk = openComputer(elsewhere, 'desk-2', 'Desktop');
    addPerson(desk, 'anna');
    desk.store.close();
    writeFileSync(join(dir, 'rekindle-data.desk-2.journal'), '');
    writeFileSync(join(dir, 'rekindle-data.desk-2.json'), '');
    const laptop = openComputer(dir, 'lap-1', 'Laptop');
    addPerson(laptop, 'mine');
    expect(laptop.store.notice).toBeNull();
    expect(laptop.store.absorbExternal()).toBeNull();
    expect(readFileSync(join(dir, 'rekindle-data.desk-2.journal')).length).toBe(0);
    copyFileSync(join(elsewhere, 'rekindle-data.desk-2.journal'), join(dir, 'rekindle-data.desk-2.journal'));
    copyFileSync(join(elsewhere, 'rekindle-data.desk-2.json'), join(dir, 'rekindle-data.desk-2.json'));
    laptop.store.absorbExternal();
    expect(ids(laptop)).toEqual(['anna', 'mine']);
  });

  it('waits for a snapshot that is cut off, and merges it once whole', () => {
    const desk = openComputer(elsewhere, 'desk-2', 'Desktop');
    addPerson(desk, 'anna');
    desk.store.close();
    const whole = readFileSync(join(elsewhere, 'rekindle-data.desk-2.json'));
    writeFileSync(join(dir, 'rekindle-data.desk-2.json'), whole.subarray(0, whole.length >> 1));
    const laptop = openComputer(dir, 'lap-1', 'Laptop');
    expect(ids(laptop)).toEqual([]);
    expect(laptop.store.notice).toBeNull();
    writeFileSync(join(dir, 'rekindle-data.desk-2.json'), whole);
    laptop.store.absorbExternal();
    expect(ids(laptop)).toEqual(['anna']);
  });
});

/** The real file system, until `gone` is set: then every write fails as an unplugged drive's would. */
function unpluggable(code: string): FileSystem & { gone: boolean } {
  const refuse = () => {
    throw Object.assign(new Error(`${code}: the folder is not there`), { code });
  };
  const fs: FileSystem & { gone: boolean } = {
    ...nodeFileSystem,
    gone: false,
    openSync: (path, flags, mode) => (fs.gone && flags !== 'r' ? refuse() : nodeFileSystem.openSync(path, flags, mode)),
    writeSync: (fd, buffer, offset, length) => (fs.gone ? refuse() : nodeFileSystem.writeSync(fd, buffer, offset, length)),
    renameSync: (from, to) => (fs.gone ? refuse() : nodeFileSystem.renameSync(from, to)),
  };
  return fs;
}

describe('a folder that goes away', () => {
  it.each(['EROFS', 'EACCES', 'ENOENT'])('turns read-only with a notice on %s, refuses changes calmly, and resumes when it is back', (code) => {
    const fs = unpluggable(code);
    const laptop = openComputer(dir, 'lap-1', 'Laptop', { fs });
    addPerson(laptop, 'anna');
    fs.gone = true;
    const refused = () => {
      try {
        editPerson(laptop, 'anna', { notes: 'while away' });
        return null;
      } catch (error) {
        return error instanceof DomainError ? error.code : 'other';
      }
    };
    expect(refused()).toBe('read_only');
    expect(laptop.store.readOnly).toBe(true);
    expect(laptop.store.notice).toEqual({ kind: 'unwritable', dataFile: join(dir, 'rekindle-data.lap-1.json') });
    expect(refused()).toBe('read_only');
    expect(person(laptop.store.document, 'anna')?.notes).toBe('');
    expect(laptop.store.retryWritable()).toBe(false);
    fs.gone = false;
    // The watcher's next look at the folder finds it writable again.
    laptop.store.absorbExternal();
    expect(laptop.store.readOnly).toBe(false);
    expect(laptop.store.notice).toBeNull();
    editPerson(laptop, 'anna', { notes: 'back again' });
    const again = openComputer(dir, 'lap-1', 'Laptop');
    expect(person(again.store.document, 'anna')?.notes).toBe('back again');
  });
});
