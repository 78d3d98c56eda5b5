import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeBrowser, makeDataDir, openApp, readSavedDocument, removeDataDir } from './harness';

describe('settings and profile', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('keeps German and the profile name "Łukasz Żółć" after the app is closed and reopened', async () => {
    const first = await openApp({ dataDir });
    const { page } = first;
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language of the app').selectOption('de');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Einstellungen');
    await page.getByLabel('Dein Name').fill('Łukasz Żółć');
    await page.getByRole('button', { name: 'Profil speichern' }).click();
    await page.getByText('Profil gespeichert.').waitFor();
    await first.close();

    const onDisk = readSavedDocument(dataDir);
    expect(onDisk.settings.language).toBe('de');
    expect(onDisk.profile.name).toBe('Łukasz Żółć');

    const second = await openApp({ dataDir });
    await second.page.getByRole('button', { name: 'Einstellungen' }).click();
    await expect.poll(() => second.page.getByLabel('Dein Name').inputValue()).toBe('Łukasz Żółć');
    await second.close();
  });

  it('follows the system language until the user picks one', async () => {
    const app = await openApp({ dataDir, systemLanguage: 'de' });
    await app.page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    expect(await app.page.locator('html').getAttribute('lang')).toBe('de');
    await app.close();
  });

  it('shows an inline message for an invalid email and saves nothing', async () => {
    const app = await openApp({ dataDir });
    await app.page.getByRole('button', { name: 'Settings' }).click();
    await app.page.getByLabel('Email').fill('jane.example.com');
    await app.page.getByRole('button', { name: 'Save profile' }).click();
    await app.page.getByText('This does not look like an email address.').waitFor();
    expect(readSavedDocument(dataDir).profile.email).toBe('');
    await app.close();
  });

  it('opens the help with the five steps from the Help menu', async () => {
    const app = await openApp({ dataDir });
    await app.page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await app.sendCommand({ type: 'help' });
    const dialog = app.page.getByRole('dialog', { name: 'How Rekindle works' });
    await dialog.waitFor();
    expect(await dialog.getByRole('listitem').count()).toBe(5);
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await app.close();
  });
});
