// Two computers on one data folder (as a sync service keeps it): each writes only its own
// journal and snapshot, and each one's changes reach the other, merged field by field.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPerson, deliver, editPerson, openComputer, person, removeFolder, removePerson, tempFolder } from './sync-helpers';

let dir: string;
beforeEach(() => {
  dir = tempFolder('shared');
});
afterEach(() => removeFolder(dir));

describe('two computers on one folder', () => {
  it('each writes only its own files, named after its id', () => {
    const laptop = openComputer(dir, 'laptop-1', 'Laptop');
    const desktop = openComputer(dir, 'desktop-2', 'Desktop');
    addPerson(laptop, 'anna');
    addPerson(desktop, 'bert');
    laptop.store.compact();
    desktop.store.compact();
    const names = readdirSync(dir).filter((name) => name !== 'backups').sort();
    expect(names).toEqual(['rekindle-data.desktop-2.journal', 'rekindle-data.desktop-2.json', 'rekindle-data.laptop-1.journal', 'rekindle-data.laptop-1.json']);
    expect(laptop.store.isOwnFile(join(dir, 'rekindle-data.laptop-1.journal'))).toBe(true);
    expect(laptop.store.isOwnFile(join(dir, 'rekindle-data.laptop-1.json'))).toBe(true);
    expect(laptop.store.isOwnFile(join(dir, 'rekindle-data.desktop-2.journal'))).toBe(false);
    expect(laptop.store.isOwnFile(join(dir, 'elsewhere', 'rekindle-data.laptop-1.journal'))).toBe(false);
  });

  it('brings in a person added on the other computer, saying from where and how many', () => {
    const laptop = openComputer(dir, 'laptop-1', 'Laptop');
    const desktop = openComputer(dir, 'desktop-2', 'Desktop');
    addPerson(laptop, 'anna');
    addPerson(laptop, 'carl');
    const changes = desktop.store.absorbExternal();
    expect(changes?.from).toEqual([{ deviceId: 'laptop-1', deviceName: 'Laptop', changes: 2 }]);
    expect(changes?.patch.references?.upsert.map((record) => record.id)).toEqual(['anna', 'carl']);
    expect(desktop.store.document.references.map((record) => record.id)).toEqual(['anna', 'carl']);
    // Nothing new: cheap, and null.
    expect(desktop.store.absorbExternal()).toBeNull();
  });

  it('keeps concurrent edits of different fields of one person, both of them', () => {
    const laptop = openComputer(dir, 'laptop-1', 'Laptop');
    addPerson(laptop, 'anna');
    const desktop = openComputer(dir, 'desktop-2', 'Desktop');
    expect(person(desktop.store.document, 'anna')).toBeDefined();
    editPerson(laptop, 'anna', { email: 'anna@new.example' });
    desktop.clock.advance(1000);
    editPerson(desktop, 'anna', { phone: '+49 30 999' });
    laptop.store.absorbExternal();
    desktop.store.absorbExternal();
    for (const computer of [laptop, desktop]) {
      const anna = person(computer.store.document, 'anna');
      expect(anna?.email).toBe('anna@new.example');
      expect(anna?.phone).toBe('+49 30 999');
      expect(anna?.overwritten).toBeUndefined();
    }
    expect(laptop.store.document).toEqual(desktop.store.document);
  });

  it('lets the later of two concurrent edits of one field win, and keeps the earlier value as overwritten', () => {
    const laptop = openComputer(dir, 'laptop-1', 'Laptop');
    addPerson(laptop, 'anna', { notes: 'first' });
    const desktop = openComputer(dir, 'desktop-2', 'Desktop');
    editPerson(laptop, 'anna', { notes: 'from the laptop' });
    desktop.clock.advance(60_000);
    editPerson(desktop, 'anna', { notes: 'from the desktop' });
    laptop.store.absorbExternal();
    desktop.store.absorbExternal();
    for (const computer of [laptop, desktop]) {
      const anna = person(computer.store.document, 'anna');
      expect(anna?.notes).toBe('from the desktop');
      expect(anna?.overwritten).toEqual([{ field: 'notes', value: 'from the laptop', device: 'Laptop', at: '2026-03-02T08:00:00.000Z' }]);
    }
    expect(laptop.store.document).toEqual(desktop.store.document);
  });

  it('does not call a value overwritten when the change that replaced it was made after seeing it', () => {
    const laptop = openComputer(dir, 'laptop-1', 'Laptop');
    addPerson(laptop, 'anna', { notes: 'first' });
    const desktop = openComputer(dir, 'desktop-2', 'Desktop');
    desktop.clock.advance(1000);
    editPerson(desktop, 'anna', { notes: 'second' });
    laptop.store.absorbExternal();
    expect(person(laptop.store.document, 'anna')?.notes).toBe('second');
    expect(person(laptop.store.document, 'anna')?.overwritten).toBeUndefined();
  });

  it('orders a change after every change it has seen, even from a computer whose clock runs ahead', () => {
    const ahead = openComputer(dir, 'ahead-1', 'Ahead', { start: '2026-03-05T08:00:00.000Z' });
    addPerson(ahead, 'anna', { notes: 'from the clock ahead' });
    const behind = openComputer(dir, 'behind-2', 'Behind', { start: '2026-03-02T08:00:00.000Z' });
    editPerson(behind, 'anna', { notes: 'made after seeing it' });
    ahead.store.absorbExternal();
    expect(person(ahead.store.document, 'anna')?.notes).toBe('made after seeing it');
  });

  it('removes a person on both, and a concurrent later edit brings them back rather than being lost', () => {
    const laptop = openComputer(dir, 'laptop-1', 'Laptop');
    addPerson(laptop, 'anna');
    addPerson(laptop, 'bert');
    const desktop = openComputer(dir, 'desktop-2', 'Desktop');
    removePerson(laptop, 'anna');
    removePerson(laptop, 'bert');
    desktop.clock.advance(1000);
    editPerson(desktop, 'bert', { notes: 'called him today' });
    desktop.store.absorbExternal();
    laptop.store.absorbExternal();
    for (const computer of [laptop, desktop]) {
      expect(person(computer.store.document, 'anna')).toBeUndefined();
      expect(person(computer.store.document, 'bert')?.notes).toBe('called him today');
    }
  });

  it('opens with everything both computers saved, after both quit', () => {
    const laptop = openComputer(dir, 'laptop-1', 'Laptop');
    const desktop = openComputer(dir, 'desktop-2', 'Desktop');
    addPerson(laptop, 'anna');
    addPerson(desktop, 'bert');
    editPerson(desktop, 'bert', { notes: 'before the compaction' });
    desktop.store.compact();
    editPerson(desktop, 'bert', { phone: '+49 1' });
    laptop.store.close();
    desktop.store.close();
    const again = openComputer(dir, 'laptop-1', 'Laptop');
    expect(again.store.document.references.map((record) => record.id).sort()).toEqual(['anna', 'bert']);
    expect(person(again.store.document, 'bert')).toMatchObject({ notes: 'before the compaction', phone: '+49 1' });
    const third = openComputer(dir, 'other-3', 'Other');
    expect(third.store.document).toEqual(again.store.document);
  });

  it('keeps a removal in the snapshot, so an earlier edit arriving later does not bring the person back', () => {
    const other = tempFolder('shared-other');
    try {
      const laptop = openComputer(dir, 'laptop-1', 'Laptop');
      addPerson(laptop, 'anna');
      deliver(dir, other);
      const desktop = openComputer(other, 'desktop-2', 'Desktop');
      desktop.clock.advance(1000);
      editPerson(desktop, 'anna', { notes: 'an edit made before the removal' });
      laptop.clock.advance(10_000);
      removePerson(laptop, 'anna');
      expect(laptop.store.compact()).toBe(true);
      deliver(dir, other);
      deliver(other, dir);
      laptop.store.absorbExternal();
      desktop.store.absorbExternal();
      for (const computer of [laptop, desktop]) expect(person(computer.store.document, 'anna')).toBeUndefined();
      laptop.store.close();
      expect(person(openComputer(dir, 'laptop-1', 'Laptop').store.document, 'anna')).toBeUndefined();
    } finally {
      removeFolder(other);
    }
  });
});
