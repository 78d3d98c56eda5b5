// Asking a person for a reference from their form, in English and German.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSampleData } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';
import { NOW, openPeople, readData } from './people-page';

describe('people', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('asks a person for a reference, shows where the request starts, and unlinks it with Undo', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW });
    const page = await openPeople(app);

    // Maria agreed ten days ago: a new request skips reconnecting.
    await page.getByRole('button', { name: 'Edit Maria Schäfer' }).click();
    const maria = page.getByRole('dialog', { name: 'Edit Maria Schäfer' });
    const requests = maria.getByRole('region', { name: 'Reference requests' });
    await requests.getByText('Northwind Traders · Senior Product Designer').waitFor();
    await maria.getByLabel('Ask for a reference for…').selectOption({ label: 'Fabrikam · Design Lead' });
    await maria.getByRole('button', { name: 'Ask', exact: true }).click();
    await maria.getByText('Added for Fabrikam · Design Lead. It starts at: Prep.').waitFor();
    const linked = readData(dataDir).requests.find((request) => request.referenceId === 'ref-maria' && request.applicationId === 'app-fabrikam');
    expect(linked?.stage).toBe('prep');
    await page.keyboard.press('Escape');

    // Anna was never asked: she starts at reconnect, and a request for the whole search works too.
    await page.getByRole('button', { name: 'Edit Анна Иванова' }).click();
    const anna = page.getByRole('dialog', { name: 'Edit Анна Иванова' });
    await anna.getByLabel('Ask for a reference for…').selectOption({ label: 'Whole search' });
    await anna.getByRole('button', { name: 'Ask', exact: true }).click();
    await anna.getByText('Added for the whole search. It starts at: Reconnect.').waitFor();
    const general = readData(dataDir).requests.find((request) => request.referenceId === 'ref-anna' && request.applicationId === null);
    expect(general?.stage).toBe('reconnect');

    await anna.getByRole('button', { name: 'Unlink the whole search' }).click();
    await anna.getByText('Анна Иванова for the whole search: no longer linked.').waitFor();
    expect(readData(dataDir).requests.some((request) => request.id === general?.id)).toBe(false);
    await expect.poll(() => anna.getByRole('listitem').filter({ hasText: 'Whole search' }).count()).toBe(0);
    // The toast shows inside the open form, so Undo is within reach without closing it.
    await anna.getByRole('button', { name: 'Undo' }).click();
    await anna.getByText('Restored.').waitFor();
    expect(readData(dataDir).requests.some((request) => request.id === general?.id)).toBe(true);
    await app.close();
  });

  it('words a request for the whole search as a natural German sentence', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW, systemLanguage: 'de' });
    const { page } = app;
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('button', { name: 'Personen' }).click();
    await page.getByRole('button', { name: 'Анна Иванова bearbeiten' }).click();
    const anna = page.getByRole('dialog', { name: 'Анна Иванова bearbeiten' });
    await anna.getByLabel('Um eine Referenz bitten für …').selectOption({ label: 'Ganze Suche' });
    await anna.getByRole('button', { name: 'Anfragen', exact: true }).click();
    await anna.getByText('Für die ganze Suche hinzugefügt. Erster Schritt: Wieder melden.').waitFor();
    await anna.getByRole('button', { name: 'Verknüpfung mit der ganzen Suche lösen' }).click();
    await anna.getByText(/^Анна Иванова für die ganze Suche/).waitFor();
    await app.close();
  });
});
