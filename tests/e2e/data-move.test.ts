// Moving the data folder from Settings, in the real renderer over the real core: the saved
// document in the new folder deep-equals the one before, the window keeps working without a
// restart, and a change after the move is saved in the new folder, not the old one.
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSampleData } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, readSavedDocument, removeDataDir } from './harness';

const NOW = new Date('2026-03-02T08:00:00.000Z');

describe('moving the data folder from Settings', () => {
  let dataDir: string;
  let syncFolder: string;
  beforeEach(() => {
    dataDir = makeDataDir();
    syncFolder = mkdtempSync(join(tmpdir(), 'rekindle-e2e-sync-'));
  });
  afterEach(() => {
    removeDataDir(dataDir);
    removeDataDir(syncFolder);
  });
  afterAll(closeBrowser);

  it('copies everything into the chosen folder and saves the next change there', async () => {
    const seeded = writeSampleData(dataDir, NOW);
    writeFileSync(join(syncFolder, 'Resume.pdf'), 'the user’s own file');
    const app = await openApp({ dataDir, now: NOW, dialogs: { chooseFolder: () => syncFolder } });
    await app.sendCommand({ type: 'navigate', view: 'settings' });
    const section = app.page.getByRole('region', { name: 'Data folder' });
    await expect.poll(() => section.getByTestId('data-folder-path').textContent()).toBe(dataDir);
    const before = readSavedDocument(dataDir);
    expect(before.references.length).toBe(seeded.references.length);

    await section.getByRole('button', { name: 'Move…' }).click();

    const target = join(syncFolder, 'Rekindle');
    await expect.poll(() => section.getByTestId('data-folder-path').textContent()).toBe(target);
    await section.getByText(`Your data now lives in ${target}.`).waitFor();
    expect(readSavedDocument(target)).toEqual(before);
    await section.getByRole('button', { name: 'Remove the old copy' }).waitFor();
    // The folder buttons follow the data: both open the new folder.
    await section.getByRole('button', { name: 'Show in file manager' }).click();
    await app.page.getByRole('region', { name: 'Your data' }).getByRole('button', { name: 'Open data folder' }).click();
    await expect.poll(() => app.openedPaths).toEqual([target, target]);

    // A change after the move: the language, chosen in the same window.
    await app.page.getByLabel('Language of the app').selectOption('de');
    await app.page.getByRole('region', { name: 'Datenordner' }).waitFor();
    expect(readSavedDocument(target).settings.language).toBe('de');
    expect(readSavedDocument(dataDir).settings.language).toBe(before.settings.language);
    // The board still shows every card the data had, read from the new folder.
    await app.sendCommand({ type: 'navigate', view: 'people' });
    await app.page.getByText(seeded.references[0]?.name ?? '').first().waitFor();
    await app.close();
  });

  it('names a missing data folder at launch, finds it when it is back, and can fall back to this computer’s folder', async () => {
    const seeded = writeSampleData(dataDir, NOW);
    const usb = join(syncFolder, 'usb');
    mkdirSync(usb);
    const first = await openApp({ dataDir, now: NOW, dialogs: { chooseFolder: () => usb } });
    await first.sendCommand({ type: 'navigate', view: 'settings' });
    await first.page.getByRole('region', { name: 'Data folder' }).getByRole('button', { name: 'Move…' }).click();
    await first.page.getByRole('button', { name: 'Remove the old copy' }).waitFor();
    await first.close();
    first.core.store.close();
    renameSync(usb, join(syncFolder, 'unplugged'));

    const app = await openApp({ dataDir, now: NOW });
    const notice = app.page.getByRole('alert');
    await notice.getByText(`Rekindle cannot find your data folder ${usb}.`, { exact: false }).waitFor();
    await notice.getByRole('button', { name: 'Look again' }).click();
    await notice.getByText('The folder is still not there.').waitFor();

    renameSync(join(syncFolder, 'unplugged'), usb);
    await notice.getByRole('button', { name: 'Look again' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await app.sendCommand({ type: 'navigate', view: 'people' });
    await app.page.getByText(seeded.references[0]?.name ?? '').first().waitFor();
    await app.close();
    app.core.store.close();

    // Gone again; this time the user goes on with the folder on this computer.
    renameSync(usb, join(syncFolder, 'unplugged'));
    const fallback = await openApp({ dataDir, now: NOW });
    await fallback.page.getByRole('alert').getByRole('button', { name: 'Use the folder on this computer' }).click();
    await expect.poll(() => fallback.page.getByRole('alert').count()).toBe(0);
    expect(fallback.core.location.location()).toMatchObject({ folder: dataDir, missing: false });
    await fallback.close();
    fallback.core.store.close();
  });
});
