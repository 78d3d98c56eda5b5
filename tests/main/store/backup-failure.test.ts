// A backup that cannot be written never fails or undoes the user's change: the change is
// answered ok and kept, the backup is retried later, and the failure is reported once.
// And a clock set back a day keeps the newest backup, and recovery still finds it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppCore, type AppCore } from '../../../main/app-core';
import { dispatch } from '../../../main/ipc';
import { DataStore } from '../../../main/store/data-store';
import { confEngine } from '../../../main/store/engine';
import { referenceFieldsSchema } from '../../../shared/schema/person';
import { makeReference } from '../../fixtures/documents';
import { addPersonTo, backupDirIn, backupNamesIn, dataFileIn, faultyFileSystem, idsOf, makeClock, manualTimers, reopen, type FaultyFileSystem } from './store-helpers';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-backup-failure-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date('2026-03-02T08:00:00.000Z');
const SENDER = { senderFrame: { url: 'http://127.0.0.1/', parent: null } };

function openCore(fs: FaultyFileSystem): AppCore {
  return openAppCore({
    dataDir: dir,
    engine: confEngine,
    fs,
    now: () => new Date(NOW),
    systemLanguage: 'en',
    dialogs: { save: async () => null, open: async () => null },
    openExternal: async () => undefined,
    openPath: async () => undefined,
  });
}

function savePerson(core: AppCore, name: string) {
  const fields = referenceFieldsSchema.parse(makeReference({ name }));
  return dispatch('references:save', SENDER, { id: null, fields }, core.handlers, { isTrustedUrl: () => true });
}

const namesIn = (store: DataStore) => store.document.references.map((person) => person.name);

describe('when backups cannot be written', () => {
  it('answers ok, keeps the change, retries the backup later and adds no duplicate', async () => {
    openCore(faultyFileSystem()).store.close(); // a first launch, with its backup
    const fs = faultyFileSystem();
    fs.limitPaths = /backups/;
    fs.spaceLeft = 0;
    const core = openCore(fs);

    const answer = await savePerson(core, 'Maria Schäfer');
    expect(answer.ok).toBe(true);
    expect(core.store.compact()).toBe(false); // the backup failed, so the journal is kept
    expect(namesIn(core.store)).toEqual(['Maria Schäfer']);
    expect(namesIn(reopen(dir))).toEqual(['Maria Schäfer']);
    expect(core.store.notice).toEqual({ kind: 'backup_failed' });
    expect(backupNamesIn(dir)).toHaveLength(1);

    fs.spaceLeft = null;
    expect(core.store.compact()).toBe(true);

    expect(namesIn(core.store)).toEqual(['Maria Schäfer']);
    expect(namesIn(reopen(dir))).toEqual(['Maria Schäfer']);
    // The first launch's backup, and the retried one holding the change once.
    const backups = backupNamesIn(dir).map(
      (name) => (JSON.parse(readFileSync(join(backupDirIn(dir), name), 'utf8')) as { references: { name: string }[] }).references.map((person) => person.name),
    );
    expect(backups.sort()).toEqual([[], ['Maria Schäfer']]);
  });

  it('tells an open window once when compaction backups start failing, however often they are retried, and takes it back after one succeeds', () => {
    const fs = faultyFileSystem();
    const timers = manualTimers();
    const health: boolean[] = [];
    const store = DataStore.open({ dir, engine: confEngine, now: () => NOW, timers, fs, onBackupHealth: (failing) => health.push(failing) });
    store.compact(); // the launch backup, written while the disk had room
    addPersonTo(store, 'kept');
    fs.limitPaths = /backups/;
    fs.spaceLeft = 0;

    expect(store.compact()).toBe(false);
    timers.runAll(); // the retry, as an idle window would run it
    addPersonTo(store, 'also-kept');
    timers.runAll();
    expect(timers.pending).toBe(1); // still retrying
    expect(health).toEqual([true]);
    expect(store.backupsFailing).toBe(true);
    expect(store.notice).toEqual({ kind: 'backup_failed' });
    expect(idsOf(reopen(dir).document)).toEqual(['kept', 'also-kept']);

    fs.spaceLeft = null;
    expect(store.compact()).toBe(true);
    expect(health).toEqual([true, false]);
    expect(store.backupsFailing).toBe(false);
    expect(store.notice).toBeNull();
  });

  it('refuses a restore with disk_full when the backup taken before it cannot be written, and changes nothing', () => {
    const fs = faultyFileSystem();
    const store = DataStore.open({ dir, engine: confEngine, now: () => NOW, timers: manualTimers(), fs });
    addPersonTo(store, 'kept');
    fs.limitPaths = /backups/;
    fs.spaceLeft = 0;

    expect(() => store.takeBackup()).toThrow(expect.objectContaining({ code: 'disk_full' }));
    expect(idsOf(reopen(dir).document)).toEqual(['kept']);
  });
});

describe('a clock set back a day', () => {
  it('keeps the newest backup, and recovery uses it rather than an older one with a later date', () => {
    const clock = makeClock('2026-03-10T09:00:00.000Z');
    const open = () => DataStore.open({ dir, engine: confEngine, now: clock.now, timers: manualTimers() });
    const first = open();
    addPersonTo(first, 'on-the-right-day');
    first.close();

    clock.set('2026-03-09T09:00:00.000Z');
    const second = open();
    addPersonTo(second, 'a-day-behind');
    second.close();

    expect(backupNamesIn(dir)).toHaveLength(2);
    writeFileSync(dataFileIn(dir), '{"broken": ');
    rmSync(join(dir, 'rekindle-data.journal'));
    const recovered = open();
    expect(idsOf(recovered.document)).toEqual(['on-the-right-day', 'a-day-behind']);
    expect(recovered.notice).toMatchObject({ kind: 'recovered_from_backup', backupTakenAt: '2026-03-09T09:00:00.000Z' });
  });
});
