// A backup that fails while the window is open: the window says so once, calmly, in its
// language, while the change stays saved; retries add no second notice, and the notice
// goes away by itself once a backup is written again.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { faultyFileSystem } from '../main/store/store-helpers';
import { closeBrowser, makeDataDir, openApp, readSavedDocument, removeDataDir } from './harness';

const NOW = new Date('2026-11-28T09:30:00+01:00');

describe('a backup that fails during use', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it.each([
    ['en', 'People', 'New person', 'Name', 'Add person', 'Your changes are saved. Only the backup copy could not be written'],
    ['de', 'Personen', 'Neue Person', 'Name', 'Person hinzufügen', 'Deine Änderungen sind gespeichert. Nur die Sicherungskopie konnte'],
  ] as const)('shows one calm notice while the change stays saved, and clears it after a backup succeeds (%s)', async (language, people, newPerson, nameLabel, addLabel, message) => {
    const fs = faultyFileSystem();
    const app = await openApp({ dataDir, now: NOW, systemLanguage: language, fs });
    const { page } = app;
    await page.getByRole('navigation').getByRole('button', { name: people }).click();
    await page.getByRole('button', { name: newPerson }).first().click();
    const dialog = page.getByRole('dialog', { name: newPerson });
    await dialog.getByLabel(nameLabel, { exact: true }).fill('Grace Hopper');
    await dialog.getByRole('button', { name: addLabel }).click();
    await page.getByRole('dialog', { name: language === 'en' ? 'Edit Grace Hopper' : 'Grace Hopper bearbeiten' }).waitFor();

    fs.limitPaths = /backups/;
    fs.spaceLeft = 0;
    // The compaction the idle timer runs, failed at its backup step, then retried twice.
    expect(app.core.store.compact()).toBe(false);
    expect(app.core.store.compact()).toBe(false);
    expect(app.core.store.compact()).toBe(false);

    const notice = page.getByRole('status').filter({ hasText: message });
    await notice.waitFor();
    expect(await notice.count()).toBe(1);
    expect(readSavedDocument(dataDir).references.map((person) => person.name)).toEqual(['Grace Hopper']);

    fs.spaceLeft = null;
    expect(app.core.store.compact()).toBe(true);
    await notice.waitFor({ state: 'detached' });
    expect(readSavedDocument(dataDir).references.map((person) => person.name)).toEqual(['Grace Hopper']);
    await app.close();
  });
});
