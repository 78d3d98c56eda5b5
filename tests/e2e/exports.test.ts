// Reference sheets and note prompts from the window to the file on disk: the user picks
// and orders people, main asks where to save (answered here), and the files read back.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSampleData } from '../fixtures/sample-data';
import { docxParagraphs, pdfPages } from '../main/exports/read-back';
import { expectNoSeriousAxeViolations } from './axe';
import { closeBrowser, makeDataDir, openApp, removeDataDir, type OpenedApp } from './harness';

const NOW = new Date('2026-11-28T09:30:00+01:00');

function inOrder(text: string, names: string[]): boolean {
  const positions = names.map((name) => text.indexOf(name));
  return positions.every((at, index) => at >= 0 && (index === 0 || at > positions[index - 1]!));
}

const flat = (pages: string[]) => pages.join('\n').replace(/\s+/g, ' ');

describe('document exports', () => {
  let dataDir: string;
  let outDir: string;
  /** What the save dialog answers next: a path, or null to cancel. */
  let saveAnswer: string | null;
  let offeredNames: string[];
  let app: OpenedApp;

  beforeEach(async () => {
    dataDir = makeDataDir();
    outDir = mkdtempSync(join(tmpdir(), 'rekindle-exported-'));
    writeSampleData(dataDir, NOW);
    saveAnswer = null;
    offeredNames = [];
    app = await openApp({
      dataDir,
      now: NOW,
      dialogs: {
        save: ({ defaultName }) => {
          offeredNames.push(defaultName);
          return saveAnswer;
        },
      },
    });
  });
  afterEach(async () => {
    await app.close();
    removeDataDir(dataDir);
    rmSync(outDir, { recursive: true, force: true });
  });
  afterAll(closeBrowser);

  async function openSheetForNorthwind() {
    const { page } = app;
    await app.sendCommand({ type: 'navigate', view: 'applications' });
    await page.getByRole('button', { name: /Northwind Traders/ }).click();
    await page.getByRole('dialog', { name: 'Northwind Traders · Senior Product Designer' }).getByRole('button', { name: 'Reference sheet…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reference sheet for Northwind Traders' });
    await dialog.waitFor();
    return dialog;
  }

  it('exports a sheet for an application as PDF and as Word, with the people picked in the order set', async () => {
    const { page } = app;
    const dialog = await openSheetForNorthwind();

    // The five people who agreed start ticked; those linked to Northwind come first.
    await dialog.getByText('5 people picked').waitFor();
    await dialog.getByText('Employers usually expect three to five references', { exact: false }).waitFor({ state: 'detached' });

    for (const name of ['Łukasz Żółć', '王小明']) await dialog.getByRole('checkbox', { name, exact: true }).check();
    await dialog.getByText('Employers usually expect three to five references', { exact: false }).waitFor();
    for (const name of ['فاطمة الزهراء', 'Sabine Müller-Lüdenscheidt', 'Kofi Mensah']) await dialog.getByRole('checkbox', { name, exact: true }).uncheck();
    await dialog.getByText('4 people picked').waitFor();

    // 王小明 moves two places up with the keyboard (the list starts in order of fit for Northwind).
    await dialog.getByRole('button', { name: 'Move 王小明 up' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const order = ['Maria Schäfer', 'Ελένη Παπαδοπούλου', 'Łukasz Żółć', '王小明'];
    const preview = dialog.getByTestId('sheet-preview');
    await expect.poll(async () => (await preview.getByRole('listitem').allTextContents()).map((text) => order.find((name) => text.startsWith(name)) ?? text)).toEqual(order);
    await preview.getByText('Jana Becker').waitFor();
    await preview.getByText('Former manager at Northwind Labs, 2018–2022').waitFor();
    await expectNoSeriousAxeViolations(page);

    saveAnswer = join(outDir, 'sheet.pdf');
    await dialog.getByRole('button', { name: 'Export PDF…' }).click();
    await page.getByText(`Saved to ${saveAnswer}`).waitFor();
    const pdfText = flat(await pdfPages(new Uint8Array(readFileSync(saveAnswer))));
    expect(pdfText).toContain('Jana Becker');
    expect(pdfText).toContain('References');
    expect(inOrder(pdfText, order)).toBe(true);
    expect(pdfText).not.toContain('Kofi Mensah');
    expect(offeredNames).toEqual(['References – Northwind Traders – Jana Becker.pdf']);

    // The same pick in German, as Word.
    await dialog.getByLabel('Language of the sheet').selectOption('de');
    await preview.getByText('Referenzen').waitFor();
    saveAnswer = join(outDir, 'Referenzen.docx');
    await dialog.getByRole('button', { name: 'Export Word…' }).click();
    await page.getByText(`Saved to ${saveAnswer}`).waitFor();
    const paragraphs = docxParagraphs(new Uint8Array(readFileSync(saveAnswer)));
    expect(paragraphs).toContain('Referenzen');
    expect(offeredNames[1]).toBe('Referenzen – Northwind Traders – Jana Becker.docx');
    expect(paragraphs).toContain('Ehemalige Vorgesetzte bei Northwind Labs, 2018–2022');
    expect(order.map((name) => paragraphs.indexOf(name))).toEqual(
      [...order.map((name) => paragraphs.indexOf(name))].sort((a, b) => a - b),
    );
    expect(order.every((name) => paragraphs.includes(name))).toBe(true);
  });

  it('writes nothing and says nothing when the save dialog is cancelled', async () => {
    const { page } = app;
    const dialog = await openSheetForNorthwind();
    saveAnswer = null;
    await dialog.getByRole('button', { name: 'Export PDF…' }).click();
    // The button returns from "Exporting…" once main has answered.
    await dialog.getByRole('button', { name: 'Export PDF…' }).waitFor();
    await expect.poll(() => dialog.getByRole('button', { name: 'Export PDF…' }).getAttribute('aria-busy')).toBe('false');
    expect(await page.getByText(/Saved to/).count()).toBe(0);
    expect(await dialog.getByRole('alert').count()).toBe(0);
  });

  it('names the missing font file when the font folder is gone, and writes nothing', async () => {
    await app.close();
    // An installation whose resources folder lost its fonts/.
    const brokenResources = mkdtempSync(join(tmpdir(), 'rekindle-no-fonts-'));
    app = await openApp({ dataDir, now: NOW, resourcesDir: brokenResources, dialogs: { save: () => saveAnswer } });
    try {
      const dialog = await openSheetForNorthwind();
      saveAnswer = join(outDir, 'References.pdf');
      await dialog.getByRole('button', { name: 'Export PDF…' }).click();
      const alert = dialog.getByRole('alert').filter({ hasText: 'fonts/DejaVuSans.ttf' });
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Reinstall Rekindle');
      expect(existsSync(saveAnswer)).toBe(false);
    } finally {
      rmSync(brokenResources, { recursive: true, force: true });
    }
  });

  it('exports a sheet for the search in general from People, in the user’s own order', async () => {
    const { page } = app;
    await app.sendCommand({ type: 'navigate', view: 'people' });
    await page.getByRole('button', { name: 'Reference sheet…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reference sheet', exact: true });
    await dialog.waitFor();
    for (const name of ['Łukasz Żółć', '王小明']) await dialog.getByRole('checkbox', { name, exact: true }).check();
    for (const name of ['فاطمة الزهراء', 'Sabine Müller-Lüdenscheidt', 'Kofi Mensah']) await dialog.getByRole('checkbox', { name, exact: true }).uncheck();

    saveAnswer = join(outDir, 'general.docx');
    await dialog.getByRole('button', { name: 'Export Word…' }).click();
    await page.getByText(`Saved to ${saveAnswer}`).waitFor();
    const paragraphs = docxParagraphs(new Uint8Array(readFileSync(saveAnswer)));
    const expected = ['Maria Schäfer', 'Łukasz Żółć', 'Ελένη Παπαδοπούλου', '王小明'];
    expect(paragraphs.filter((text) => expected.includes(text) || text === 'Kofi Mensah')).toEqual(expected);
  });

  it('saves the prep brief of a card in Prep from the card’s detail', async () => {
    const { page } = app;
    await app.sendCommand({ type: 'navigate', view: 'board' });
    await page.locator('[data-request-id="req-5"] button').first().click();
    saveAnswer = join(outDir, 'brief.pdf');
    await page.getByRole('dialog').getByRole('button', { name: 'Save prep brief (PDF)…' }).click();
    await page.getByText(`Saved to ${saveAnswer}`).waitFor();
    const text = flat(await pdfPages(new Uint8Array(readFileSync(saveAnswer))));
    expect(text).toContain('Maria Schäfer');
    expect(text).toContain('Northwind Traders');
    expect(text).toContain('Checkout redesign: conversion up 18 % in one quarter');
  });

  it('prints note prompts for two thank-you cards through the system viewer', async () => {
    const { page } = app;
    await app.sendCommand({ type: 'navigate', view: 'board' });
    await page.getByRole('button', { name: 'Note prompts…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Prompts for handwritten notes' });
    await dialog.waitFor();
    await dialog.getByRole('checkbox', { name: 'Kofi Mensah Tailspin Toys' }).uncheck();
    await expectNoSeriousAxeViolations(page);
    await dialog.getByRole('button', { name: 'Print…' }).click();
    await page.getByText('The prompts are open in your PDF viewer, ready to print.').waitFor();

    expect(app.openedPaths).toHaveLength(1);
    const printed = app.openedPaths[0]!;
    expect(basename(printed)).toBe('Thank-you notes – 2026-11-28.pdf');
    expect(existsSync(printed)).toBe(true);
    const text = flat(await pdfPages(new Uint8Array(readFileSync(printed))));
    expect(text).toContain('Sabine Müller-Lüdenscheidt');
    expect(text).toContain('Ελένη Παπαδοπούλου');
    expect(text).not.toContain('Kofi');
    rmSync(printed, { force: true });
  });
});
