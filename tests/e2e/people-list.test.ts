// The list of people: shortcuts, the user's order, long lists and accessibility.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDocument, makeReference } from '../fixtures/documents';
import { writeSampleData } from '../fixtures/sample-data';
import { expectNoSeriousAxeViolations } from './axe';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';
import { NOW, openPeople, readData } from './people-page';

const dataFile = (dir: string) => join(dir, 'rekindle-data.json');

describe('people', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('opens the new-person form with Ctrl/Cmd+N, focuses search with Ctrl/Cmd+F and closes on Escape', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW });
    const page = await openPeople(app);
    await app.sendCommand({ type: 'create' });
    const dialog = page.getByRole('dialog', { name: 'New person' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Check in every (months)').inputValue()).toBe('6');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await app.sendCommand({ type: 'find' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('people-search');
    await page.keyboard.type('aegean');
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBe(2);
    await page.getByRole('row').filter({ hasText: 'Ελένη Παπαδοπούλου' }).waitFor();
    await app.close();
  });

  it('moves a person up in the user order, which the data file keeps for the reference sheets', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW });
    const page = await openPeople(app);
    await page.getByRole('button', { name: 'Move Ελένη Παπαδοπούλου up' }).click();
    await expect
      .poll(() => readData(dataDir).references.sort((a, b) => a.rank - b.rank).slice(0, 3).map((person) => person.id))
      .toEqual(['ref-maria', 'ref-eleni', 'ref-lukasz']);
    const firstRow = page.getByRole('table').getByRole('row').nth(2);
    expect(await firstRow.textContent()).toContain('Ελένη Παπαδοπούλου');
    // The keyboard stays on the arrow, so pressing Enter again moves her on.
    await page.keyboard.press('Enter');
    await expect
      .poll(() => readData(dataDir).references.sort((a, b) => a.rank - b.rank)[0]?.id)
      .toBe('ref-eleni');
    await app.close();
  });

  it('shows a hundred people at a time and keeps a person moved past the last row in view', async () => {
    const people = Array.from({ length: 150 }, (_, index) =>
      makeReference({ id: `ref-${index}`, name: `Person ${String(index).padStart(3, '0')}`, rank: index }),
    );
    writeFileSync(dataFile(dataDir), JSON.stringify(makeDocument({ references: people })), { mode: 0o600 });
    const app = await openApp({ dataDir, now: NOW });
    const page = await openPeople(app);
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(101);
    expect(await page.getByRole('row', { name: /Person 100/ }).count()).toBe(0);

    // Moving the last shown person down brings them, and the focus, one row further.
    await page.getByRole('button', { name: 'Move Person 099 down' }).click();
    await expect.poll(() => readData(dataDir).references.find((person) => person.id === 'ref-99')?.rank).toBe(100);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move Person 099 down');

    await page.getByRole('button', { name: /^Show the last 4[89]$/ }).click();
    await expect.poll(() => rows.count()).toBe(151);
    await app.close();
  });

  it('has no serious accessibility violations on the list and in the open form', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW });
    const page = await openPeople(app);
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Edit Maria Schäfer' }).click();
    await page.getByRole('dialog', { name: 'Edit Maria Schäfer' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.keyboard.press('Escape');
    await app.sendCommand({ type: 'create' });
    const dialog = page.getByRole('dialog', { name: 'New person' });
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await dialog.getByText('Please fill this in.').waitFor();
    await expectNoSeriousAxeViolations(page);
    await app.close();
  });
});
