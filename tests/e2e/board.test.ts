import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, toIsoDate } from '../../shared/dates';
import type { RekindleDocument } from '../../shared/schema/document';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../fixtures/documents';
import { expectNoSeriousAxeViolations } from './axe';
import { closeBrowser, makeDataDir, openApp, readSavedDocument, removeDataDir, savedBytes, writeSavedDocument } from './harness';

const NOW = new Date('2026-03-10T11:00:00+01:00');
const TODAY = toIsoDate(NOW);

function writeDocument(dataDir: string, document: RekindleDocument): void {
  writeSavedDocument(dataDir, document);
}

function readDocument(dataDir: string): RekindleDocument {
  return readSavedDocument(dataDir);
}

/** Anna (not asked yet) for Northwind and Fabrikam; Maria (agreed) preparing for Contoso. */
function boardDocument(): RekindleDocument {
  const northwind = makeApplication({ id: 'app-northwind', company: 'Northwind', role: 'Design Lead', status: 'applied' });
  const fabrikam = makeApplication({ id: 'app-fabrikam', company: 'Fabrikam', role: 'Product Designer', status: 'applied' });
  const contoso = makeApplication({ id: 'app-contoso', company: 'Contoso', role: 'Staff Designer', status: 'interviewing' });
  const anna = makeReference({ id: 'ref-anna', name: 'Anna Ivanova', rank: 0, lastContactedOn: addDays(TODAY, -20) });
  const maria = makeReference({
    id: 'ref-maria',
    name: 'Maria Schäfer',
    rank: 1,
    lastContactedOn: addDays(TODAY, -5),
    consent: { status: 'agreed', askedOn: addDays(TODAY, -9), answeredOn: addDays(TODAY, -7) },
  });
  return makeDocument({
    applications: [northwind, fabrikam, contoso],
    references: [anna, maria],
    requests: [
      makeRequest({ id: 'req-anna-northwind', referenceId: 'ref-anna', applicationId: 'app-northwind', stage: 'reconnect', position: 1 }),
      makeRequest({ id: 'req-anna-fabrikam', referenceId: 'ref-anna', applicationId: 'app-fabrikam', stage: 'reconnect', position: 2 }),
      makeRequest({ id: 'req-maria-contoso', referenceId: 'ref-maria', applicationId: 'app-contoso', stage: 'prep', position: 1 }),
    ],
  });
}

const column = (page: Page, stage: string) => page.getByRole('list', { name: new RegExp(`^${stage},`) });

async function namesIn(page: Page, stage: string): Promise<string[]> {
  return column(page, stage)
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? '').filter(Boolean));
}

describe('the reference board', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('moves both reconnect cards of a person to prep when their yes is recorded on one', async () => {
    writeDocument(dataDir, boardDocument());
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    const reconnect = column(page, 'Reconnect');
    await reconnect.waitFor();
    expect(await reconnect.getByRole('listitem', { name: /Anna Ivanova/ }).count()).toBe(2);

    await reconnect.getByRole('listitem', { name: /Anna Ivanova, Northwind/ }).getByRole('button').first().click();
    const dialog = page.getByRole('dialog', { name: 'Anna Ivanova' });
    await dialog.getByRole('button', { name: 'They agreed' }).click();
    await dialog.getByRole('heading', { name: /Checklist · Prep/ }).waitFor();
    await page.keyboard.press('Escape');

    await expect.poll(() => reconnect.getByRole('listitem', { name: /Anna Ivanova/ }).count()).toBe(0);
    expect(await column(page, 'Prep').getByRole('listitem', { name: /Anna Ivanova/ }).count()).toBe(2);
    const saved = readDocument(dataDir);
    expect(saved.requests.filter((request) => request.referenceId === 'ref-anna').map((request) => request.stage)).toEqual(['prep', 'prep']);
    await app.close();
  });

  it('asks before recording a no, and Cancel leaves everything as it was', async () => {
    writeDocument(dataDir, boardDocument());
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    const before = savedBytes(dataDir).toString('utf8');
    await column(page, 'Reconnect').getByRole('listitem', { name: /Anna Ivanova, Northwind/ }).getByRole('button').first().click();
    const dialog = page.getByRole('dialog', { name: 'Anna Ivanova' });

    await dialog.getByRole('button', { name: 'They declined' }).click();
    await dialog.getByText(/^Record that Anna said no\?/).waitFor();
    const cancel = dialog.getByRole('button', { name: 'Cancel' });
    expect(await cancel.evaluate((element) => element === document.activeElement)).toBe(true);
    await cancel.click();
    await dialog.getByRole('button', { name: 'They declined' }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Record the no' }).count()).toBe(0);
    expect(savedBytes(dataDir).toString('utf8')).toBe(before);

    await dialog.getByRole('button', { name: 'They declined' }).click();
    await dialog.getByRole('button', { name: 'Record the no' }).click();
    await dialog.getByText('This person declined. The card is closed.').waitFor();
    await expect
      .poll(() => readDocument(dataDir).requests.filter((request) => request.referenceId === 'ref-anna').map((request) => request.closed))
      .toEqual(['declined', 'declined']);
    await app.close();
  });

  it('moves an application’s prep card to thank-you when it is rejected', async () => {
    writeDocument(dataDir, boardDocument());
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await column(page, 'Prep').getByRole('listitem', { name: /Maria Schäfer, Contoso/ }).getByRole('button').first().click();
    const dialog = page.getByRole('dialog', { name: 'Maria Schäfer' });
    await dialog.getByRole('button', { name: 'Not this time' }).click();
    await dialog.getByRole('heading', { name: /Checklist · Thank-you/ }).waitFor();
    await page.keyboard.press('Escape');

    await expect.poll(() => namesIn(page, 'Thank-you')).toEqual([expect.stringMatching(/^Maria Schäfer, Contoso/)]);
    expect(await column(page, 'Prep').getByRole('listitem', { name: /Maria/ }).count()).toBe(0);
    expect(readDocument(dataDir).applications.find((application) => application.id === 'app-contoso')?.status).toBe('rejected');
    await app.close();
  });

  it('keeps a card where the mouse dropped it after the app is reopened', async () => {
    writeDocument(dataDir, boardDocument());
    const first = await openApp({ dataDir, now: NOW });
    const { page } = first;
    const card = page.locator('[data-request-id="req-anna-fabrikam"]');
    const target = page.locator('[data-request-id="req-maria-contoso"]');
    await card.waitFor();
    const from = await card.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('cards are not on screen');

    await page.mouse.move(from.x + from.width / 2, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 10, from.y + 30, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + 10, { steps: 20 });
    // Let go once the board shows the card over Prep, where the drop will put it. The board
    // says it is busy from here until main's answer is on it; only then do the cards show
    // what was saved (the due date of the new step among it).
    await column(page, 'Prep').locator('[data-request-id="req-anna-fabrikam"]').waitFor();
    const board = page.locator('[aria-busy="true"]');
    await board.waitFor();
    await page.mouse.up();
    await board.waitFor({ state: 'detached' });
    expect(readDocument(dataDir).requests.find((request) => request.id === 'req-anna-fabrikam')?.stage).toBe('prep');
    const orderAfterDrop = await namesIn(page, 'Prep');
    expect(orderAfterDrop).toHaveLength(2);
    expect(orderAfterDrop.some((name) => name.startsWith('Anna Ivanova, Fabrikam'))).toBe(true);
    await first.close();

    const second = await openApp({ dataDir, now: NOW });
    await column(second.page, 'Prep').waitFor();
    expect(await namesIn(second.page, 'Prep')).toEqual(orderAfterDrop);
    expect(await namesIn(second.page, 'Reconnect')).toEqual([expect.stringMatching(/^Anna Ivanova, Northwind/)]);
    await second.close();
  });

  it('moves a card to the next column with the keyboard alone', async () => {
    writeDocument(dataDir, boardDocument());
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    const handle = page.getByRole('button', { name: 'Drag Anna Ivanova' }).first();
    await handle.focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(150);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(150);
    await page.keyboard.press('Space');

    await expect.poll(() => readDocument(dataDir).requests.filter((request) => request.stage === 'prep').length).toBe(2);
    await expect.poll(() => column(page, 'Prep').getByRole('listitem', { name: /Anna Ivanova/ }).count()).toBe(1);
    const moved = readDocument(dataDir).requests.find((request) => request.referenceId === 'ref-anna' && request.stage === 'prep');
    expect(moved?.log.some((entry) => entry.kind === 'moved' && entry.text === 'reconnect->prep')).toBe(true);
    await app.close();
  });

  it('moves a card with the "Move to…" choice in its detail', async () => {
    writeDocument(dataDir, boardDocument());
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await column(page, 'Reconnect').getByRole('listitem', { name: /Anna Ivanova, Fabrikam/ }).getByRole('button').first().focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Anna Ivanova' });
    await dialog.getByRole('combobox', { name: 'Move to…' }).selectOption('done');
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await dialog.getByText('Moved from Reconnect to Done').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => namesIn(page, 'Done')).toEqual([expect.stringMatching(/^Anna Ivanova, Fabrikam/)]);
    await app.close();
  });

  it('shows a long column 50 cards at a time, with a keyboard button that says how many remain', async () => {
    const people = Array.from({ length: 120 }, (_, index) =>
      makeReference({ id: `ref-${index}`, name: `Person ${String(index).padStart(3, '0')}`, rank: index }),
    );
    writeDocument(
      dataDir,
      makeDocument({
        references: people,
        requests: people.map((person, index) =>
          makeRequest({ id: `req-${index}`, referenceId: person.id, applicationId: null, stage: 'reconnect', position: index }),
        ),
      }),
    );
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    const reconnect = column(page, 'Reconnect');
    await reconnect.waitFor();
    // The column still speaks of all its cards, while only the first 50 are drawn.
    expect(await page.getByRole('list', { name: 'Reconnect, 120 cards' }).count()).toBe(1);
    await expect.poll(async () => (await namesIn(page, 'Reconnect')).length).toBe(50);
    expect((await namesIn(page, 'Reconnect'))[49]).toMatch(/^Person 049,/);
    await expectNoSeriousAxeViolations(page);

    const more = page.getByRole('button', { name: 'Show 50 more 70 not shown yet' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await namesIn(page, 'Reconnect')).length).toBe(100);
    await page.getByRole('button', { name: 'Show the last 20' }).click();
    await expect.poll(async () => (await namesIn(page, 'Reconnect')).length).toBe(120);
    expect(await page.getByRole('button', { name: /^Show / }).count()).toBe(0);

    // A search looks through every card, not only those drawn.
    await app.close();
    const second = await openApp({ dataDir, now: NOW, systemLanguage: 'de' });
    await second.page.getByRole('button', { name: '50 weitere anzeigen 70 noch ausgeblendet' }).waitFor();
    await second.page.getByRole('searchbox').fill('person 117');
    await expect.poll(() => namesIn(second.page, 'Wieder melden')).toEqual([expect.stringMatching(/^Person 117,/)]);
    expect(await second.page.getByRole('button', { name: /weitere anzeigen/ }).count()).toBe(0);
    await second.close();
  });

  it('has no serious accessibility violations on the board, an open card and Today', async () => {
    writeDocument(dataDir, boardDocument());
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await column(page, 'Reconnect').waitFor();
    await expectNoSeriousAxeViolations(page);

    await column(page, 'Prep').getByRole('listitem', { name: /Maria Schäfer/ }).getByRole('button').first().click();
    await page.getByRole('dialog', { name: 'Maria Schäfer' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.keyboard.press('Escape');

    await app.sendCommand({ type: 'navigate', view: 'today' });
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await app.close();
  });
});
