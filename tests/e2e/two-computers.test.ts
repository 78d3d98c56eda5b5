// Two computers on one synced data folder, each a window through openApp with its own
// device: what one saves shows up in the other while it runs, in place, without a restart,
// and an open form there keeps what the user typed.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataStore } from '../../main/store/data-store';
import { confEngine } from '../../main/store/engine';
import { writeSampleData } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, removeDataDir, type OpenedApp } from './harness';
import { seriousAxeViolations } from './axe';
import { addPerson, NOW, openPeople } from './people-page';

const LAPTOP = { id: 'device-laptop-0001', name: 'Annas-MacBook' };
const DESKTOP = { id: 'device-desktop-0002', name: 'Office-PC' };

describe('two computers on one data folder', () => {
  let dataDir: string;
  const opened: OpenedApp[] = [];
  beforeEach(() => {
    dataDir = makeDataDir();
    writeSampleData(dataDir, NOW);
    // As the app left it before the folder was shared: the data file and its journal.
    DataStore.open({ dir: dataDir, engine: confEngine, now: () => NOW }).close();
  });
  afterEach(async () => {
    for (const app of opened.splice(0)) await app.close();
    removeDataDir(dataDir);
  });
  afterAll(closeBrowser);

  async function openBoth(): Promise<{ laptop: OpenedApp; desktop: OpenedApp }> {
    const laptop = await openApp({ dataDir, now: NOW, device: LAPTOP });
    opened.push(laptop);
    const desktop = await openApp({ dataDir, now: NOW, device: DESKTOP });
    opened.push(desktop);
    return { laptop, desktop };
  }

  it('shows a person added on one computer in the other window while it runs, and says where it came from', async () => {
    const { laptop, desktop } = await openBoth();
    const desk = await openPeople(desktop);
    // The desktop's search box holds a filter: the view keeps it while the change comes in.
    await desk.getByLabel('Search people').fill('a');
    const lap = await openPeople(laptop);

    await lap.getByRole('button', { name: 'New person' }).click();
    await addPerson(lap, 'Ada Lovelace', { organisation: 'Analytical Engines' });

    await desk.getByRole('row', { name: /Ada Lovelace/ }).waitFor({ timeout: 5000 });
    await desk.getByRole('status').filter({ hasText: 'from Annas-MacBook' }).first().waitFor();
    expect(await desk.getByLabel('Search people').inputValue()).toBe('a');
    // Nothing was restarted: the desktop's core is the one that opened at first.
    expect(desktop.core.store.document.references.some((person) => person.name === 'Ada Lovelace')).toBe(true);
  });

  it("brings another computer's change into an open form: untouched fields take it, typed ones stay, and the form says so", async () => {
    const { laptop, desktop } = await openBoth();
    const desk = await openPeople(desktop);
    await desk.getByRole('button', { name: 'Edit Maria Schäfer' }).click();
    const form = desk.getByRole('dialog', { name: 'Edit Maria Schäfer' });
    await form.getByLabel('Notes').fill('Prefers a call before noon');

    const lap = await openPeople(laptop);
    await lap.getByRole('button', { name: 'Edit Maria Schäfer' }).click();
    const lapForm = lap.getByRole('dialog', { name: 'Edit Maria Schäfer' });
    await lapForm.getByLabel('Current organisation').fill('Zalando');
    await lapForm.getByRole('button', { name: 'Save person' }).click();
    await lapForm.waitFor({ state: 'hidden' });

    await form.getByText('changed on your other computer while you were editing').waitFor({ timeout: 5000 });
    expect(await form.getByLabel('Current organisation').inputValue()).toBe('Zalando');
    expect(await form.getByLabel('Notes').inputValue()).toBe('Prefers a call before noon');

    // Saving now keeps both: the other computer's organisation and what was typed here.
    await form.getByRole('button', { name: 'Save person' }).click();
    await form.waitFor({ state: 'hidden' });
    const maria = desktop.core.store.document.references.find((person) => person.id === 'ref-maria');
    expect(maria).toMatchObject({ organisation: 'Zalando', notes: 'Prefers a call before noon' });
  });

  it('shows the replaced values and the paused notice accessibly, in light and dark', async () => {
    const maria = { field: 'organisation', value: 'Blue Yonder', device: 'Annas-MacBook', at: '2026-11-26T18:05:00.000Z' };
    for (const colorScheme of ['light', 'dark'] as const) {
      const app = await openApp({ dataDir, now: NOW, device: LAPTOP, colorScheme });
      opened.push(app);
      app.core.store.update((document) => ({
        ...document,
        references: document.references.map((person) => (person.id === 'ref-maria' ? { ...person, overwritten: [maria] } : person)),
      }));
      await app.page.reload();
      await app.sendCommand({ type: 'savingPaused', paused: true });
      await app.page.locator('[data-saving-paused]').waitFor();
      expect(await seriousAxeViolations(app.page)).toEqual([]);
      await app.sendCommand({ type: 'savingPaused', paused: false });
      const page = await openPeople(app);
      await page.getByRole('button', { name: 'Edit Maria Schäfer' }).click();
      const history = page.getByRole('dialog').getByRole('region', { name: 'Changed on your other computer' });
      expect(await history.getByRole('listitem').textContent()).toContain('Organisation: was “Blue Yonder” on Annas-MacBook');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await app.close();
      opened.pop();
    }
  });
});
