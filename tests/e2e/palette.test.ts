// Quick open, as a user drives it: the menu's Ctrl/Cmd+K command (sent as the native menu
// would), typing, the arrow keys, Enter and Escape, with a screen reader's view checked by axe.
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../fixtures/documents';
import { writeSampleData } from '../fixtures/sample-data';
import { expectNoSeriousAxeViolations } from './axe';
import { closeBrowser, makeDataDir, openApp, removeDataDir, writeSavedDocument, type OpenedApp } from './harness';
import { navigateTo } from './navigate';

const NOW = new Date('2026-11-28T09:30:00+01:00');

// Every refusal of the page's Content Security Policy, kept where the test can read it.
const RECORD_CSP_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
  });
`;

async function expectFocused(locator: Locator): Promise<void> {
  await expect.poll(() => locator.evaluate((element) => element === document.activeElement)).toBe(true);
}

const paletteOf = (page: Page) => page.getByRole('dialog', { name: 'Quick open' });

async function openPalette(app: OpenedApp): Promise<Locator> {
  await app.page.getByRole('navigation').waitFor();
  await app.sendCommand({ type: 'palette' });
  const palette = paletteOf(app.page);
  await expectFocused(palette.getByRole('combobox'));
  return palette;
}

const optionNames = (palette: Locator) => palette.getByRole('option').allTextContents();

describe('quick open', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('finds Łukasz Żółć by typing "lukasz", and Enter opens his form', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW });
    const palette = await openPalette(app);

    await app.page.keyboard.type('lukasz');
    await expect.poll(async () => (await optionNames(palette))[0]).toContain('Łukasz Żółć');
    await app.page.keyboard.press('Enter');

    const form = app.page.getByRole('dialog', { name: 'Edit Łukasz Żółć' });
    await form.waitFor();
    expect(await paletteOf(app.page).count()).toBe(0);
    expect(await form.getByLabel('Name', { exact: true }).inputValue()).toBe('Łukasz Żółć');
    await app.close();
  });

  it('runs "New application" from the palette: its form opens, ready for the company', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW });
    await openPalette(app);

    await app.page.keyboard.type('new appl');
    await app.page.keyboard.press('Enter');

    const form = app.page.getByRole('dialog', { name: 'New application' });
    await expectFocused(form.getByLabel('Company'));
    await app.close();
  });

  it('goes to another screen from the palette, as the View menu does', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW });
    await openPalette(app);

    await app.page.keyboard.type('go to people');
    await app.page.keyboard.press('Enter');

    await app.page.locator('nav button[data-view="people"][aria-current="page"]').waitFor();
    await expectFocused(app.page.getByRole('heading', { level: 1, name: 'People' }));
    await app.close();
  });

  it('opens a card in the same card dialog the board opens', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW });
    await navigateTo(app, 'people');
    const palette = await openPalette(app);

    await app.page.keyboard.type('maria adatum');
    await expect.poll(() => optionNames(palette)).toEqual([expect.stringContaining('Maria Schäfer')]);
    await app.page.keyboard.press('Enter');

    const card = app.page.getByRole('dialog', { name: 'Maria Schäfer' });
    await card.waitFor();
    await expect.poll(() => card.textContent()).toContain('Adatum');
    await app.close();
  });

  it('moves through the matches with the arrow keys and opens the one chosen', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW });
    const palette = await openPalette(app);
    const input = palette.getByRole('combobox');

    await app.page.keyboard.type('maria');
    const options = palette.getByRole('option');
    await expect.poll(() => options.count()).toBe(3);
    await expect.poll(() => options.nth(0).getAttribute('aria-selected')).toBe('true');
    await app.page.keyboard.press('ArrowDown');
    await expect.poll(() => options.nth(1).getAttribute('aria-selected')).toBe('true');
    // The field keeps the keyboard; it tells a screen reader which option is active.
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
    expect(await input.getAttribute('aria-controls')).toBe(await palette.getByRole('listbox').getAttribute('id'));
    expect(await options.nth(1).textContent()).toContain('Card');
    await app.page.keyboard.press('Enter');

    await app.page.getByRole('dialog', { name: 'Maria Schäfer' }).waitFor();
    await app.close();
  });

  it('closes on Escape and gives the keyboard back to where it was', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW });
    const newRequest = app.page.getByRole('button', { name: 'New request' });
    await newRequest.focus();
    await openPalette(app);

    await app.page.keyboard.press('Escape');

    await paletteOf(app.page).waitFor({ state: 'detached' });
    await expectFocused(newRequest);
    await app.close();
  });

  it('returns the keyboard to where it was after the dialog it opened closes', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW });
    const newRequest = app.page.getByRole('button', { name: 'New request' });
    await newRequest.focus();
    await openPalette(app);
    await app.page.keyboard.type('lukasz');
    await app.page.keyboard.press('Enter');
    const form = app.page.getByRole('dialog', { name: 'Edit Łukasz Żółć' });
    await form.waitFor();

    await app.page.keyboard.press('Escape');

    await form.waitFor({ state: 'detached' });
    await expectFocused(newRequest);
    await app.close();
  });

  it('opens with Ctrl+K too, once however often it is pressed, and never over another dialog', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW });
    await app.page.getByRole('navigation').waitFor();

    await app.page.keyboard.press('Control+K');
    await expectFocused(paletteOf(app.page).getByRole('combobox'));
    await app.page.keyboard.type('anna');
    // The menu's command arriving as well, and the key again: the same palette stays, with what was typed.
    await app.sendCommand({ type: 'palette' });
    await app.page.keyboard.press('Control+K');
    expect(await app.page.getByRole('dialog').count()).toBe(1);
    expect(await paletteOf(app.page).getByRole('combobox').inputValue()).toBe('anna');

    await app.page.keyboard.press('Escape');
    await app.sendCommand({ type: 'help' });
    const help = app.page.getByRole('dialog', { name: 'How Rekindle works' });
    await help.waitFor();
    await app.page.keyboard.press('Control+K');
    await app.sendCommand({ type: 'palette' });
    expect(await paletteOf(app.page).count()).toBe(0);
    await app.close();
  });

  it('says "No matches" when nothing fits, in German "Keine Treffer"', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW, systemLanguage: 'de' });
    await app.page.getByRole('navigation').waitFor();
    await app.sendCommand({ type: 'palette' });
    const palette = app.page.getByRole('dialog', { name: 'Schnellzugriff' });
    await expectFocused(palette.getByRole('combobox', { name: 'Person, Bewerbung, Karte oder Aktion finden' }));

    await app.page.keyboard.type('qqqq');

    await palette.getByText('Keine Treffer. Versuch es mit einem Teil eines Namens, einer Firma oder einer Stelle.').waitFor();
    expect(await palette.getByRole('option').count()).toBe(0);
    await app.close();
  });

  it('has no serious or critical accessibility problems, with matches and without, light and dark', async () => {
    writeSampleData(dataDir, NOW);
    for (const colorScheme of ['light', 'dark'] as const) {
      const app = await openApp({ dataDir, now: NOW, colorScheme });
      await openPalette(app);
      await expectNoSeriousAxeViolations(app.page);
      await app.page.keyboard.type('maria');
      await expect.poll(() => paletteOf(app.page).getByRole('option').count()).toBe(3);
      await expectNoSeriousAxeViolations(app.page);
      await app.page.keyboard.type('qqq');
      await paletteOf(app.page).getByText('No matches').waitFor();
      await expectNoSeriousAxeViolations(app.page);
      await app.close();
    }
  });

  it('breaks none of the Content Security Policy while searching and opening', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW, initScript: RECORD_CSP_VIOLATIONS });
    await app.page.getByRole('navigation').waitFor();
    // Whatever launch reported is not the palette's doing (zod is told not to probe for eval; renderer/zod-without-eval.ts).
    const before = await app.page.evaluate(() => window.__cspViolations);
    await openPalette(app);
    await app.page.keyboard.type('lukasz');
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('dialog', { name: 'Łukasz Żółć' }).waitFor();

    expect(await app.page.evaluate(() => window.__cspViolations)).toEqual(before);
    await app.close();
  });

  it('shows at most fifty of thousands of matches, the closest first', async () => {
    const people = Array.from({ length: 2500 }, (_, index) => makeReference({ id: `p${index}`, name: `Sample Person ${index}`, rank: index }));
    const applications = Array.from({ length: 1500 }, (_, index) => makeApplication({ id: `a${index}`, company: `Company ${index}`, role: 'Sample role' }));
    const requests = people.map((person, index) => makeRequest({ id: `r${index}`, referenceId: person.id, applicationId: `a${index % 1500}`, position: index }));
    writeSavedDocument(dataDir, makeDocument({ references: [...people, makeReference({ id: 'exact', name: 'Sample', rank: 2500 })], applications, requests }));
    const app = await openApp({ dataDir, now: NOW });
    const palette = await openPalette(app);

    await app.page.keyboard.type('sample');

    // The person called just "Sample" first, before the many whose name only starts so.
    await expect.poll(async () => (await optionNames(palette))[0]).toContain('Sample');
    expect((await optionNames(palette))[0]).not.toMatch(/Sample Person/);
    expect(await palette.getByRole('option').count()).toBe(50);
    await app.page.keyboard.type(' person 1234');
    await expect.poll(async () => (await optionNames(palette))[0]).toContain('Sample Person 1234');
    await app.close();
  });
});
