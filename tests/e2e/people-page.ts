// The People screen in e2e tests: the fixed clock, the saved document, and the two steps
// most people tests take (opening the screen, adding a person through the form).
import type { Page } from 'playwright-core';
import type { RekindleDocument } from '../../shared/schema/document';
import { readSavedDocument, type OpenedApp } from './harness';

export const NOW = new Date('2026-11-28T09:30:00+01:00');
export const readData = (dir: string): RekindleDocument => readSavedDocument(dir);

export async function openPeople(app: OpenedApp): Promise<Page> {
  await app.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'People' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
  return app.page;
}

/** Adds a person through the form and closes it again (a new person stays open as an edit). */
export async function addPerson(page: Page, name: string, fields: { organisation?: string; relationship?: string } = {}) {
  const dialog = page.getByRole('dialog', { name: 'New person' });
  await dialog.waitFor();
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  if (fields.relationship) await dialog.getByLabel('Relationship to you').selectOption({ label: fields.relationship });
  if (fields.organisation) await dialog.getByLabel('Current organisation').fill(fields.organisation);
  await dialog.getByRole('button', { name: 'Add person' }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${name}` });
  await edit.waitFor();
  await page.keyboard.press('Escape');
  await edit.waitFor({ state: 'hidden' });
}
