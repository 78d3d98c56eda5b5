import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RekindleDocument } from '../../shared/schema/document';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../fixtures/documents';
import { writeSampleData } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, readSavedDocument, removeDataDir, type OpenedApp } from './harness';

const NOW = new Date('2026-11-28T09:30:00+01:00');
const dataFile = (dir: string) => join(dir, 'rekindle-data.json');
const readData = (dir: string): RekindleDocument => readSavedDocument(dir);
const focusedLabel = (app: OpenedApp) =>
  app.page.evaluate(() => {
    const active = document.activeElement as HTMLInputElement | null;
    return active?.labels?.[0]?.textContent?.trim() ?? null;
  });

async function openPeople(app: OpenedApp) {
  await app.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'People' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
}

describe('unsaved edits', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('asks before Escape throws away a new person, keeps the text on Keep editing and saves nothing on Discard', async () => {
    writeSampleData(dataDir, NOW);
    const before = readData(dataDir).references.length;
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await openPeople(app);

    // Ctrl/Cmd+N: the keyboard lands in Name, so typing starts at once.
    await app.sendCommand({ type: 'create' });
    const dialog = page.getByRole('dialog', { name: 'New person' });
    await dialog.waitFor();
    await expect.poll(() => focusedLabel(app)).toBe('Name');
    await page.keyboard.type('Zeynep Kaya');
    const name = dialog.getByLabel('Name', { exact: true });
    expect(await name.inputValue()).toBe('Zeynep Kaya');

    await page.keyboard.press('Escape');
    const prompt = dialog.getByRole('alertdialog', { name: 'Discard your changes?' });
    await prompt.waitFor();
    const keep = prompt.getByRole('button', { name: 'Keep editing' });
    await expect.poll(() => keep.evaluate((button) => button === document.activeElement)).toBe(true);
    await keep.click();
    await prompt.waitFor({ state: 'hidden' });
    expect(await dialog.isVisible()).toBe(true);
    expect(await name.inputValue()).toBe('Zeynep Kaya');

    // The Cancel button asks the same question.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await prompt.waitFor();
    await prompt.getByRole('button', { name: 'Keep editing' }).click();

    await page.keyboard.press('Escape');
    await prompt.getByRole('button', { name: 'Discard' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(readData(dataDir).references).toHaveLength(before);
    expect(await page.getByRole('button', { name: 'Edit Zeynep Kaya' }).count()).toBe(0);

    // Untouched, the form closes on Escape without asking.
    await app.sendCommand({ type: 'create' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await app.close();
  });

  it('focuses Name when editing a person and closes an unchanged edit at once', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await openPeople(app);
    await page.getByRole('button', { name: 'Edit Maria Schäfer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Maria Schäfer' });
    await dialog.waitFor();
    await expect.poll(() => focusedLabel(app)).toBe('Name');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await app.close();
  });

  it('asks before Escape or Close throws away a new application, and a saved one closes at once', async () => {
    writeSampleData(dataDir, NOW);
    const before = readData(dataDir).applications.length;
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await app.sendCommand({ type: 'navigate', view: 'applications' });
    await app.sendCommand({ type: 'create' });
    const dialog = page.getByRole('dialog', { name: 'New application' });
    await dialog.waitFor();
    await expect.poll(() => focusedLabel(app)).toBe('Company');
    await page.keyboard.type('Tailspin Toys');

    await page.keyboard.press('Escape');
    const prompt = dialog.getByRole('alertdialog', { name: 'Discard your changes?' });
    await prompt.getByRole('button', { name: 'Keep editing' }).click();
    expect(await dialog.getByLabel('Company').inputValue()).toBe('Tailspin Toys');
    // Back in the field the prompt interrupted.
    await expect.poll(() => focusedLabel(app)).toBe('Company');

    await dialog.getByRole('button', { name: 'Close' }).click();
    await prompt.getByRole('button', { name: 'Discard' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(readData(dataDir).applications).toHaveLength(before);

    // Once created, the application stays open and closes on Escape without a question.
    await app.sendCommand({ type: 'create' });
    await dialog.getByLabel('Company').fill('Tailspin Toys');
    await dialog.getByLabel('Role', { exact: true }).fill('Product Designer');
    await dialog.getByRole('button', { name: 'Create application' }).click();
    const saved = page.getByRole('dialog', { name: 'Tailspin Toys · Product Designer' });
    await saved.waitFor();
    await page.keyboard.press('Escape');
    await saved.waitFor({ state: 'hidden' });
    expect(readData(dataDir).applications).toHaveLength(before + 1);
    await app.close();
  });

  it('asks before Escape throws away an edited message in the composer', async () => {
    const reference = makeReference({ id: 'ref-maria', name: 'Maria Schäfer', email: 'maria@example.com' });
    const application = makeApplication({ id: 'app-fabrikam', company: 'Fabrikam', role: 'Design Lead' });
    const request = makeRequest({ id: 'req-1', referenceId: reference.id, applicationId: application.id, stage: 'reconnect' });
    const document = makeDocument({ references: [reference], applications: [application], requests: [request] });
    writeFileSync(dataFile(dataDir), JSON.stringify(document), { mode: 0o600 });
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await page.getByRole('listitem', { name: /^Maria Schäfer, Fabrikam/ }).getByRole('button').first().click();
    await page.getByRole('dialog', { name: 'Maria Schäfer' }).getByRole('button', { name: 'Write a message…' }).click();
    const composer = page.getByRole('dialog', { name: 'Message to Maria Schäfer' });
    const body = composer.getByRole('textbox', { name: 'Message' });
    const edited = `${await body.inputValue()}\n\nSee you soon.`;
    await body.fill(edited);

    await page.keyboard.press('Escape');
    const prompt = composer.getByRole('alertdialog', { name: 'Discard your changes?' });
    await prompt.getByRole('button', { name: 'Keep editing' }).click();
    expect(await body.inputValue()).toBe(edited);

    await page.keyboard.press('Escape');
    await prompt.getByRole('button', { name: 'Discard' }).click();
    await composer.waitFor({ state: 'hidden' });
    await app.close();
  });

  it('keeps the row buttons of a person with an 80-character name inside the table', async () => {
    const long = 'Maximiliane Konstanze Wilhelmina Aurelia von Hohenzollern-Sigmaringen-Brandenbur';
    expect(long).toHaveLength(80);
    const people = [
      makeReference({ id: 'ref-long', name: long, organisation: 'Internationale Gesellschaft für Zusammenarbeit und Entwicklungshilfe GmbH', rank: 0 }),
      makeReference({ id: 'ref-short', name: 'Ana Lima', rank: 1 }),
    ];
    writeFileSync(dataFile(dataDir), JSON.stringify(makeDocument({ references: people })), { mode: 0o600 });
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await openPeople(app);
    const table = page.getByRole('table');
    const remove = page.getByRole('button', { name: `Delete ${long}` });
    await remove.waitFor();
    const tableBox = await table.boundingBox();
    const container = await table.evaluate((element) => element.parentElement!.getBoundingClientRect().toJSON() as DOMRect);
    const buttonBox = await remove.boundingBox();
    const viewport = page.viewportSize();
    expect(tableBox && buttonBox && viewport).toBeTruthy();
    expect(tableBox!.x + tableBox!.width).toBeLessThanOrEqual(container.right + 1);
    expect(buttonBox!.x + buttonBox!.width).toBeLessThanOrEqual(container.right + 1);
    expect(buttonBox!.x + buttonBox!.width).toBeLessThanOrEqual(viewport!.width);
    expect(await remove.isVisible()).toBe(true);
    await app.close();
  });

  it('keeps every column of an application with a long company and role inside the view', async () => {
    // One word with nowhere to break: only overflow-wrap lets it wrap.
    const company = 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaftsverein'.repeat(2);
    const applications = [
      makeApplication({ id: 'app-long', company, role: 'Senior-Produktdesignerin-für-barrierefreie-Verwaltungsportale', location: 'Frankfurt am Main' }),
    ];
    writeFileSync(dataFile(dataDir), JSON.stringify(makeDocument({ applications })), { mode: 0o600 });
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await app.sendCommand({ type: 'navigate', view: 'applications' });
    const table = page.getByRole('table');
    await table.getByRole('button', { name: new RegExp(company) }).waitFor();
    const lastHeader = table.getByRole('columnheader').last();
    const container = await table.evaluate((element) => element.parentElement!.getBoundingClientRect().toJSON() as DOMRect);
    const tableBox = await table.boundingBox();
    const headerBox = await lastHeader.boundingBox();
    expect(tableBox!.x + tableBox!.width).toBeLessThanOrEqual(container.right + 1);
    expect(headerBox!.x + headerBox!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await app.close();
  });
});
