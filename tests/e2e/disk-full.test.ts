// A full disk as the user meets it: saving a new person says plainly that it was not saved
// and why, the form stays open with what they typed, and once space is freed the same
// save works and is still there after the app is closed and opened again.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { faultyFileSystem } from '../main/store/store-helpers';
import { closeBrowser, makeDataDir, openApp, readSavedDocument, removeDataDir } from './harness';

const NOW = new Date('2026-11-28T09:30:00+01:00');

describe('saving on a full disk', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it.each([
    ['en', 'People', 'New person', 'Name', 'Add person', 'Not saved: your disk is full.'],
    ['de', 'Personen', 'Neue Person', 'Name', 'Person hinzufügen', 'Nicht gespeichert: Deine Festplatte ist voll.'],
  ] as const)('shows the change was not saved, keeps the form filled, and saves once space is freed (%s)', async (language, people, newPerson, nameLabel, addLabel, message) => {
    const fs = faultyFileSystem();
    const app = await openApp({ dataDir, now: NOW, systemLanguage: language, fs });
    const { page } = app;
    await page.getByRole('navigation').getByRole('button', { name: people }).click();
    await page.getByRole('button', { name: newPerson }).first().click();
    const dialog = page.getByRole('dialog', { name: newPerson });
    await dialog.getByLabel(nameLabel, { exact: true }).fill('Grace Hopper');
    await dialog.getByLabel(language === 'en' ? 'Current organisation' : 'Aktuelle Organisation').fill('Navy');

    fs.spaceLeft = 0;
    await dialog.getByRole('button', { name: addLabel }).click();

    await dialog.getByText(message).waitFor();
    expect(await dialog.getByLabel(nameLabel, { exact: true }).inputValue()).toBe('Grace Hopper');
    expect(await dialog.isVisible()).toBe(true);
    expect(app.core.store.document.references).toEqual([]);
    expect(readSavedDocument(dataDir).references).toEqual([]);

    fs.spaceLeft = null;
    await dialog.getByRole('button', { name: addLabel }).click();
    await page.getByRole('dialog', { name: language === 'en' ? 'Edit Grace Hopper' : 'Grace Hopper bearbeiten' }).waitFor();
    await app.close();

    const reopened = await openApp({ dataDir, now: NOW, systemLanguage: language });
    await reopened.page.getByRole('navigation').getByRole('button', { name: people }).click();
    await reopened.page.getByRole('table').getByText('Grace Hopper').waitFor();
    expect(readSavedDocument(dataDir).references.map((person) => [person.name, person.organisation])).toEqual([['Grace Hopper', 'Navy']]);
    await reopened.close();
  });
});
