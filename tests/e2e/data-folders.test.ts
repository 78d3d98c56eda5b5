// The Settings screen opens the folders the data and its backups are kept in.
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';

describe('the data folders in Settings', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('opens the data folder and shows the newest backup in its folder', async () => {
    const app = await openApp({ dataDir });
    await app.sendCommand({ type: 'navigate', view: 'settings' });
    const section = app.page.getByRole('region', { name: 'Your data' });

    await section.getByRole('button', { name: 'Open data folder' }).click();
    await expect.poll(() => app.openedPaths).toEqual([dataDir]);

    await section.getByRole('button', { name: 'Show backups' }).click();
    await expect.poll(() => app.shownInFolder.length).toBe(1);
    expect(app.shownInFolder[0]?.startsWith(join(dataDir, 'backups'))).toBe(true);
    await app.close();
  });

  it('names the buttons in German in a German window', async () => {
    const app = await openApp({ dataDir, systemLanguage: 'de' });
    await app.sendCommand({ type: 'navigate', view: 'settings' });
    const section = app.page.getByRole('region', { name: 'Deine Daten' });

    expect(await section.getByRole('button', { name: 'Datenordner öffnen' }).isVisible()).toBe(true);
    expect(await section.getByRole('button', { name: 'Sicherungen anzeigen' }).isVisible()).toBe(true);
    await app.close();
  });
});
