import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { View } from '../../shared/ipc/channels';
import { emptyDocument, type RekindleDocument } from '../../shared/schema/document';
import { makeApplication, makeReference } from '../fixtures/documents';
import { closeBrowser, makeDataDir, openApp, removeDataDir, type OpenedApp } from './harness';
import { navigateTo } from './navigate';

const NOW = new Date('2026-11-28T09:30:00+01:00');

function writeDocument(dir: string, parts: Partial<RekindleDocument>) {
  writeFileSync(join(dir, 'rekindle-data.json'), JSON.stringify({ ...emptyDocument(), ...parts }));
}

const onePerson = { references: [makeReference({ id: 'p-maria', name: 'Maria Schäfer', rank: 0 })] };
const personAndApplication = { ...onePerson, applications: [makeApplication({ id: 'a-north', company: 'Northwind', role: 'Designer' })] };

async function openOn(dataDir: string, view: View): Promise<OpenedApp> {
  const app = await openApp({ dataDir, now: NOW });
  await navigateTo(app, view);
  await app.page.getByRole('heading', { level: 1 }).waitFor();
  return app;
}

/** The open modal dialog's name, once one is open: proves the form opened in place. */
async function openDialogName(page: Page): Promise<string> {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return (await dialog.getByRole('heading', { level: 2 }).first().textContent()) ?? '';
}

describe('empty states and Ctrl/Cmd+N', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('on an empty board, the button opens the new-person form on the board itself', async () => {
    const app = await openOn(dataDir, 'board');
    await app.page.getByRole('button', { name: 'Add the first person who could vouch for you' }).click();
    expect(await openDialogName(app.page)).toBe('New person');
    expect(await app.page.getByRole('heading', { level: 1 }).textContent()).toBe('Board');
    await app.close();
  });

  it('with people but no application, the board asks for an application and its button opens that form', async () => {
    writeDocument(dataDir, onePerson);
    const app = await openOn(dataDir, 'board');
    await app.page.getByRole('heading', { name: 'Next: the job you are going for' }).waitFor();
    await app.page.getByRole('button', { name: 'Add an application' }).click();
    expect(await openDialogName(app.page)).toBe('New application');
    await app.close();
  });

  it('with people but no application, a request for the whole search can still be made from the board', async () => {
    writeDocument(dataDir, onePerson);
    const app = await openOn(dataDir, 'board');
    await app.page.getByRole('button', { name: 'Ask someone for the search in general' }).click();
    expect(await openDialogName(app.page)).toBe('New reference request');
    await app.close();
  });

  it('with people and an application but no card, the board offers to link them and opens the new-request form', async () => {
    writeDocument(dataDir, personAndApplication);
    const app = await openOn(dataDir, 'board');
    await app.page.getByRole('heading', { name: 'Link a person to an application' }).waitFor();
    await app.page.getByRole('button', { name: 'Link a person to an application' }).click();
    expect(await openDialogName(app.page)).toBe('New reference request');
    await app.close();
  });

  it('Today tells a new user what will appear there and offers the same next step', async () => {
    const app = await openOn(dataDir, 'today');
    await app.page.getByRole('heading', { name: 'What will show up here' }).waitFor();
    expect(await app.page.getByText(/the first message ahead of an interview/).count()).toBe(1);
    await app.page.getByRole('button', { name: 'Add the first person who could vouch for you' }).click();
    expect(await openDialogName(app.page)).toBe('New person');
    expect(await app.page.getByRole('heading', { level: 1 }).textContent()).toBe('Today');
    await app.close();
  });

  it('the People and Applications empty states open their own forms', async () => {
    const app = await openOn(dataDir, 'people');
    await app.page.getByRole('button', { name: 'New person' }).click();
    expect(await openDialogName(app.page)).toBe('New person');
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('dialog').waitFor({ state: 'hidden' });
    await navigateTo(app, 'applications');
    await app.page.getByRole('button', { name: 'New application' }).first().click();
    expect(await openDialogName(app.page)).toBe('New application');
    await app.close();
  });

  it('Ctrl/Cmd+N opens the form of the next step on the board and on Today', async () => {
    writeDocument(dataDir, onePerson);
    const app = await openOn(dataDir, 'board');
    await app.sendCommand({ type: 'create' });
    expect(await openDialogName(app.page)).toBe('New application');
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('dialog').waitFor({ state: 'hidden' });
    await navigateTo(app, 'today');
    await app.page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await app.sendCommand({ type: 'create' });
    expect(await openDialogName(app.page)).toBe('New application');
    await app.close();
  });

  it('Ctrl/Cmd+N on an empty board with nobody yet opens the new-person form, and on People and Applications their own', async () => {
    const app = await openOn(dataDir, 'board');
    await app.sendCommand({ type: 'create' });
    expect(await openDialogName(app.page)).toBe('New person');
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('dialog').waitFor({ state: 'hidden' });
    await navigateTo(app, 'applications');
    await app.page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
    await app.sendCommand({ type: 'create' });
    expect(await openDialogName(app.page)).toBe('New application');
    await app.close();
  });
});
