// Where the keyboard is after each action (the WAI-ARIA dialog pattern): on what was just
// created, or back on the control that opened the dialog; never lost on <body>.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDocument, type RekindleDocument } from '../../shared/schema/document';
import { makeApplication, makeReference, makeRequest } from '../fixtures/documents';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';
import { navigateTo } from './navigate';

const NOW = new Date('2026-11-28T09:30:00+01:00');

function writeDocument(dir: string, parts: Partial<RekindleDocument>) {
  writeFileSync(join(dir, 'rekindle-data.json'), JSON.stringify({ ...emptyDocument(), ...parts }));
}

const maria = makeReference({ id: 'p-maria', name: 'Maria Schäfer', rank: 0 });
const northwind = makeApplication({ id: 'a-north', company: 'Northwind', role: 'Designer' });
const askedCard = makeRequest({ id: 'r-maria', referenceId: 'p-maria', applicationId: 'a-north', askedOn: '2026-11-20', checklist: { own_disconnect: true, say_why: true, give_context: true, ask_sent: true } });

/** Resolves once the element has the keyboard. */
async function expectFocused(locator: Locator): Promise<void> {
  await expect.poll(() => locator.evaluate((element) => element === document.activeElement)).toBe(true);
}

const bodyHasFocus = (page: Page) => page.evaluate(() => document.activeElement === document.body || document.activeElement === null);

const dialogScrollTop = (dialog: Locator) => dialog.locator('[data-dialog-body]').evaluate((body) => body.scrollTop);

describe('focus after each action', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('after creating a person, focus is on "Ask for a reference for…", and on their new row once closed', async () => {
    writeDocument(dataDir, { applications: [northwind] });
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await navigateTo(app, 'people');
    await page.getByRole('button', { name: 'New person' }).click();
    const form = page.getByRole('dialog', { name: 'New person' });
    await expectFocused(form.getByLabel('Name', { exact: true }));
    await page.keyboard.type('Maria Schäfer');
    await page.keyboard.press('Enter');
    const edit = page.getByRole('dialog', { name: 'Edit Maria Schäfer' });
    await expectFocused(edit.getByLabel('Ask for a reference for…'));
    await page.keyboard.press('Escape');
    await edit.waitFor({ state: 'hidden' });
    await expectFocused(page.getByRole('button', { name: 'Edit Maria Schäfer' }));
    await app.close();
  });

  it('a new application opens at the top with Company focused, and after Create focus is on "Add a reference" at the top', async () => {
    writeDocument(dataDir, { references: [maria] });
    const app = await openApp({ dataDir, now: NOW, viewport: { width: 1024, height: 700 } });
    const { page } = app;
    await navigateTo(app, 'applications');
    await app.sendCommand({ type: 'create' });
    const dialog = page.getByRole('dialog', { name: 'New application' });
    await expectFocused(dialog.getByLabel('Company'));
    expect(await dialogScrollTop(dialog)).toBe(0);
    await page.keyboard.type('Northwind');
    await dialog.getByLabel('Role', { exact: true }).fill('Designer');
    // Create from the bottom of the form, as a user who tabbed through every field would.
    await dialog.getByLabel('Notes').focus();
    await dialog.getByRole('button', { name: 'Create application' }).click();
    const created = page.getByRole('dialog', { name: 'Northwind · Designer' });
    await expectFocused(created.getByLabel('Add a reference'));
    await expect.poll(() => dialogScrollTop(created)).toBe(0);
    await app.close();
  });

  it('after linking a person in an application, focus is on the new link', async () => {
    writeDocument(dataDir, { references: [maria], applications: [northwind] });
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await navigateTo(app, 'applications');
    await page.getByRole('button', { name: /Northwind/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Northwind · Designer' });
    await dialog.getByLabel('Add a reference').selectOption({ index: 1 });
    await dialog.getByRole('button', { name: 'Link' }).click();
    await expectFocused(dialog.getByRole('listitem').filter({ hasText: 'Maria Schäfer' }));
    await app.close();
  });

  it('a card linked from the board opens with focus inside it, and Escape puts focus on the new card', async () => {
    writeDocument(dataDir, { references: [maria], applications: [northwind] });
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await page.getByRole('button', { name: 'Link a person to an application' }).click();
    const form = page.getByRole('dialog', { name: 'New reference request' });
    await form.getByLabel('Person').selectOption({ label: 'Maria Schäfer' });
    await form.getByRole('button', { name: 'Create card' }).click();
    const detail = page.getByRole('dialog', { name: 'Maria Schäfer' });
    await detail.waitFor();
    await expect.poll(() => detail.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });
    await expectFocused(page.locator('[data-request-id] button').first());
    await app.close();
  });

  it('after "They agreed", focus is on the first step of prep, at the top of the card', async () => {
    writeDocument(dataDir, { references: [maria], applications: [northwind], requests: [askedCard] });
    const app = await openApp({ dataDir, now: NOW, viewport: { width: 1024, height: 700 } });
    const { page } = app;
    await page.locator('[data-request-id="r-maria"] button').first().click();
    const detail = page.getByRole('dialog', { name: 'Maria Schäfer' });
    await detail.getByRole('button', { name: 'They agreed' }).click();
    await expectFocused(detail.getByLabel('Share your interview dates'));
    await expect.poll(() => dialogScrollTop(detail)).toBe(0);
    await app.close();
  });

  it('after "They declined" is confirmed, focus stays in the card, not on <body>', async () => {
    writeDocument(dataDir, { references: [maria], applications: [northwind], requests: [askedCard] });
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await page.locator('[data-request-id="r-maria"] button').first().click();
    const detail = page.getByRole('dialog', { name: 'Maria Schäfer' });
    await detail.getByRole('button', { name: 'They declined' }).click();
    await detail.getByRole('button', { name: 'Record the no' }).click();
    await detail.getByText('Declined', { exact: true }).first().waitFor();
    await expect.poll(() => detail.evaluate((element) => element.contains(document.activeElement) && document.activeElement !== element)).toBe(true);
    await app.close();
  });

  it('Escape on the new-request form puts focus back on "New request"', async () => {
    writeDocument(dataDir, { references: [maria], applications: [northwind], requests: [askedCard] });
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    const opener = page.getByRole('button', { name: 'New request' });
    await opener.click();
    await page.getByRole('dialog', { name: 'New reference request' }).waitFor();
    await page.keyboard.press('Escape');
    await expectFocused(opener);
    expect(await bodyHasFocus(page)).toBe(false);
    await app.close();
  });

  it('Escape on a card puts focus back on that card, even after it moved to another column', async () => {
    writeDocument(dataDir, { references: [maria], applications: [northwind], requests: [askedCard] });
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await page.locator('[data-request-id="r-maria"] button').first().click();
    const detail = page.getByRole('dialog', { name: 'Maria Schäfer' });
    await detail.getByRole('button', { name: 'They agreed' }).click();
    await detail.getByLabel('Share your interview dates').waitFor();
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });
    const card = page.getByRole('region', { name: /Prep/ }).locator('[data-request-id="r-maria"] button').first();
    await expectFocused(card);
    await app.close();
  });
  it('after "Mark as sent", focus is on "They agreed", scrolled into view at 1024×700', async () => {
    const unsent = makeRequest({ id: 'r-maria', referenceId: 'p-maria', applicationId: 'a-north' });
    writeDocument(dataDir, { references: [maria], applications: [northwind], requests: [unsent] });
    const app = await openApp({ dataDir, now: NOW, viewport: { width: 1024, height: 700 } });
    const { page } = app;
    await page.locator('[data-request-id="r-maria"] button').first().click();
    const detail = page.getByRole('dialog', { name: 'Maria Schäfer' });
    await detail.getByRole('button', { name: 'Write a message…' }).click();
    const composer = page.getByRole('dialog', { name: /Message to Maria/ });
    await composer.getByRole('button', { name: 'Mark as sent' }).click();
    await composer.waitFor({ state: 'hidden' });
    const agreed = detail.getByRole('button', { name: 'They agreed' });
    await expectFocused(agreed);
    const box = await agreed.boundingBox();
    const body = await detail.locator('[data-dialog-body]').boundingBox();
    expect(box && body && box.y >= body.y && box.y + box.height <= body.y + body.height).toBe(true);
    await app.close();
  });
});
