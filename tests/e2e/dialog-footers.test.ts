// At 1024×700, a form whose save fails keeps its footer whole: every button stays on screen,
// inside the dialog, clear of the others and of the error, and is the element a click hits.
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/schema/fields';
import { writeSampleData } from '../fixtures/sample-data';
import { faultyFileSystem, type FaultyFileSystem } from '../main/store/store-helpers';
import { closeBrowser, makeDataDir, openApp, removeDataDir, type OpenedApp } from './harness';
import { navigateTo } from './navigate';

const NOW = new Date('2026-11-28T09:30:00+01:00');
const VIEWPORT = { width: 1024, height: 700 };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return box;
}

/** Problems with the open dialog's footer and the error it shows, in words; none when all is well. */
async function footerProblems(dialog: Locator, message: Locator): Promise<string[]> {
  const page = dialog.page();
  const problems: string[] = [];
  const screen: Box = { x: 0, y: 0, ...VIEWPORT };
  const dialogBox = await boxOf(dialog);
  const footer = dialog.locator('footer');
  const footerBox = await boxOf(footer);
  if (!inside(dialogBox, screen)) problems.push('the dialog runs off the window');
  if (!inside(footerBox, dialogBox)) problems.push('the footer runs out of the dialog');
  const buttons = await footer.getByRole('button').all();
  if (buttons.length === 0) problems.push('the footer has no buttons');
  const boxes: { name: string; box: Box }[] = [];
  for (const button of buttons) {
    const name = (await button.textContent()) ?? '';
    const box = await boxOf(button);
    boxes.push({ name, box });
    if (!inside(box, footerBox)) problems.push(`"${name}" sticks out of the footer`);
    if (!inside(box, screen)) problems.push(`"${name}" is off screen`);
    // The button itself must be what a click at its centre reaches: nothing lies over it.
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x as number, y as number)?.closest('button')?.textContent ?? null,
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    if (hit !== name) problems.push(`a click on "${name}" lands on ${hit === null ? 'something else' : `"${hit}"`}`);
  }
  for (const [index, { name, box }] of boxes.entries()) {
    for (const other of boxes.slice(index + 1)) if (overlaps(box, other.box)) problems.push(`"${name}" overlaps "${other.name}"`);
  }
  // The error the user must read is wholly in view: in the scrolled body or by the buttons.
  const messageBox = await boxOf(message);
  const shownIn = (await message.evaluate((element) => element.closest('footer') !== null)) ? footerBox : await boxOf(dialog.locator('[data-dialog-body]'));
  if (!inside(messageBox, shownIn)) problems.push(`the error "${await message.textContent()}" is cut off`);
  for (const { name, box } of boxes) if (overlaps(messageBox, box)) problems.push(`the error "${await message.textContent()}" covers "${name}"`);
  return problems;
}

const WORDS = {
  en: {
    people: 'People',
    newPerson: 'New person',
    addPerson: 'Add person',
    savePerson: 'Save person',
    name: 'Name',
    edit: (name: string) => `Edit ${name}`,
    newApplication: 'New application',
    createApplication: 'Create application',
    saveApplication: 'Save application',
    company: 'Company',
    role: 'Role',
    newRequest: 'New request',
    newRequestTitle: 'New reference request',
    createRequest: 'Create card',
    person: 'Person',
    for: 'For',
    diskFull: 'Not saved: your disk is full.',
  },
  de: {
    people: 'Personen',
    newPerson: 'Neue Person',
    addPerson: 'Person hinzufügen',
    savePerson: 'Person speichern',
    name: 'Name',
    edit: (name: string) => `${name} bearbeiten`,
    newApplication: 'Neue Bewerbung',
    createApplication: 'Bewerbung anlegen',
    saveApplication: 'Bewerbung speichern',
    company: 'Firma',
    role: 'Stelle',
    newRequest: 'Neue Anfrage',
    newRequestTitle: 'Neue Referenzanfrage',
    createRequest: 'Karte anlegen',
    person: 'Person',
    for: 'Für',
    diskFull: 'Nicht gespeichert: Deine Festplatte ist voll.',
  },
} as const;

type Words = (typeof WORDS)[Language];

interface Form {
  name: string;
  /** Opens the form and returns it; the disk is still fine. */
  open(app: OpenedApp, words: Words): Promise<Locator>;
  /** Makes the form invalid and saves, so a field error shows. Null when the form cannot be invalid. */
  breakField: ((form: Locator, words: Words) => Promise<void>) | null;
  /** Saves a valid form; the disk is full by then. */
  save(form: Locator, words: Words): Promise<void>;
}

const FORMS: Form[] = [
  {
    name: 'the new-person form',
    async open(app, words) {
      await navigateTo(app, 'people');
      await app.page.getByRole('button', { name: words.newPerson }).first().click();
      return app.page.getByRole('dialog', { name: words.newPerson });
    },
    async breakField(form, words) {
      await form.getByRole('button', { name: words.addPerson }).click();
    },
    async save(form, words) {
      await form.getByLabel(words.name, { exact: true }).fill('Grace Hopper');
      await form.getByRole('button', { name: words.addPerson }).click();
    },
  },
  {
    name: 'the person form of someone saved',
    async open(app, words) {
      await navigateTo(app, 'people');
      await app.page.getByRole('button', { name: words.edit('Maria Schäfer') }).click();
      return app.page.getByRole('dialog', { name: words.edit('Maria Schäfer') });
    },
    async breakField(form, words) {
      await form.getByLabel(words.name, { exact: true }).fill('');
      await form.getByRole('button', { name: words.savePerson }).click();
    },
    async save(form, words) {
      await form.getByLabel(words.name, { exact: true }).fill('Maria Schäfer-Lindqvist');
      await form.getByRole('button', { name: words.savePerson }).click();
    },
  },
  {
    name: 'the new-application form',
    async open(app, words) {
      await navigateTo(app, 'applications');
      await app.page.getByRole('button', { name: words.newApplication }).first().click();
      return app.page.getByRole('dialog', { name: words.newApplication });
    },
    async breakField(form, words) {
      await form.getByRole('button', { name: words.createApplication }).click();
    },
    async save(form, words) {
      await form.getByLabel(words.company, { exact: true }).fill('Tailspin Toys');
      await form.getByLabel(words.role, { exact: true }).fill('Head of Design');
      await form.getByRole('button', { name: words.createApplication }).click();
    },
  },
  {
    name: 'the form of a saved application',
    async open(app) {
      await navigateTo(app, 'applications');
      await app.page.getByRole('button', { name: /Northwind Traders/ }).first().click();
      return app.page.getByRole('dialog', { name: /^Northwind Traders · / });
    },
    async breakField(form, words) {
      await form.getByLabel(words.company, { exact: true }).fill('');
      await form.getByRole('button', { name: words.saveApplication }).click();
    },
    async save(form, words) {
      await form.getByLabel(words.company, { exact: true }).fill('Northwind Traders GmbH');
      await form.getByRole('button', { name: words.saveApplication }).click();
    },
  },
  {
    name: 'the new-request form',
    async open(app, words) {
      await navigateTo(app, 'board');
      await app.page.getByRole('button', { name: words.newRequest }).first().click();
      return app.page.getByRole('dialog', { name: words.newRequestTitle });
    },
    async breakField(form, words) {
      await form.getByRole('button', { name: words.createRequest }).click();
    },
    async save(form, words) {
      // Litware has no cards yet, so only the full disk stands in the way.
      await form.getByLabel(words.person, { exact: true }).selectOption({ label: 'Maria Schäfer' });
      await form.getByLabel(words.for, { exact: true }).selectOption({ label: 'Litware · Principal Designer' });
      await form.getByRole('button', { name: words.createRequest }).click();
    },
  },
];

async function withApp(dataDir: string, language: Language, run: (app: OpenedApp, fs: FaultyFileSystem, page: Page) => Promise<void>) {
  const fs = faultyFileSystem();
  const app = await openApp({ dataDir, now: NOW, systemLanguage: language, fs, viewport: VIEWPORT });
  try {
    await run(app, fs, app.page);
  } finally {
    await app.close();
  }
}

describe('dialog footers when a save fails, at 1024×700', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
    writeSampleData(dataDir, NOW);
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  for (const language of ['en', 'de'] as const) {
    const words = WORDS[language];
    for (const form of FORMS) {
      if (form.breakField) {
        const breakField = form.breakField;
        it(`keeps the footer of ${form.name} whole beside a field error (${language})`, async () => {
          await withApp(dataDir, language, async (app) => {
            const dialog = await form.open(app, words);
            await breakField(dialog, words);
            // The keyboard lands on the first refused field, whose error must be read beside it.
            const focusedError = dialog.locator('[aria-invalid="true"]:focus');
            await focusedError.waitFor();
            const errorId = ((await focusedError.getAttribute('aria-describedby')) ?? '').split(' ').find((id) => id.endsWith('-error'));
            expect(errorId).toBeDefined();
            await expect.poll(() => footerProblems(dialog, dialog.locator(`[id="${errorId}"]`))).toEqual([]);
          });
        });
      }
      it(`keeps the footer of ${form.name} whole when the disk is full (${language})`, async () => {
        await withApp(dataDir, language, async (app, fs) => {
          const dialog = await form.open(app, words);
          fs.spaceLeft = 0;
          await form.save(dialog, words);
          const message = dialog.getByRole('alert').filter({ hasText: words.diskFull });
          await message.waitFor();
          // The form brings the message into view on the next frame: judge the settled layout.
          await expect.poll(() => footerProblems(dialog, message)).toEqual([]);
        });
      });
    }
  }
});
