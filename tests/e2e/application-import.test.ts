// Applications from a spreadsheet with its own column names, through the window: the
// mapping step, one choice changed, the import, and what the next launch finds.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApplication, makeDocument } from '../fixtures/documents';
import { expectNoSeriousAxeViolations } from './axe';
import { closeBrowser, makeDataDir, openApp, readSavedDocument, removeDataDir, type OpenedApp, writeSavedDocument } from './harness';
import { navigateTo } from './navigate';

const NOW = new Date('2026-11-28T09:30:00+01:00');
const GERMAN_SHEET = resolve('tests/fixtures/imports/bewerbungen-de.csv');

async function applicationRows(app: OpenedApp): Promise<string> {
  await navigateTo(app, 'applications');
  await app.page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
  return (await app.page.getByRole('table').getByRole('row').allInnerTexts()).join('\n');
}

describe('importing applications through the mapping step', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
    const document = makeDocument({ applications: [makeApplication({ id: 'kept', company: 'Stadtwerke Nord', role: 'Projektleiterin Energie' })] });
    writeSavedDocument(dataDir, document);
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('imports a German sheet after the user picks the notes column, and keeps it after reopening', async () => {
    const app = await openApp({ dataDir, now: NOW, dialogs: { open: () => GERMAN_SHEET } });
    await navigateTo(app, 'settings');
    await app.page.getByRole('button', { name: 'Import applications (CSV)…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Import applications' });
    await dialog.waitFor();
    await dialog.getByText('File: bewerbungen-de.csv').waitFor();
    const company = dialog.getByRole('combobox', { name: 'Company' });
    expect(await company.locator('option:checked').textContent()).toBe('Firma');
    const notes = dialog.getByRole('combobox', { name: 'Notes' });
    expect(await notes.locator('option:checked').textContent()).toBe('(not imported)');
    await dialog.getByText('3 new applications will be added.').waitFor();
    await dialog.getByText('1 is already in Rekindle (same company and role), so it is skipped.').waitFor();
    await dialog.getByText('Row 6 has no company or no role, so it cannot be imported.').waitFor();
    expect(await dialog.getByRole('row').filter({ hasText: 'Stadtwerke Nord' }).getByText('Already in Rekindle').count()).toBe(1);
    await expectNoSeriousAxeViolations(app.page);

    await notes.selectOption({ label: 'Bemerkung' });
    await dialog.getByRole('button', { name: 'Add 3 applications' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await app.page.getByText('Added 3 applications. Skipped: 1 already in Rekindle and 1 without company or role.').waitFor();

    const rows = await applicationRows(app);
    for (const name of ['Bäckerei Groß GmbH', 'Müller & Söhne KG', 'Ökostrom AG', 'Stadtwerke Nord']) expect(rows).toContain(name);
    await app.close();

    const saved = readSavedDocument(dataDir).applications;
    expect(saved.map((application) => [application.company, application.status, application.notes])).toEqual([
      ['Stadtwerke Nord', expect.any(String), expect.any(String)],
      ['Bäckerei Groß GmbH', 'applied', 'Kontakt über Messe'],
      ['Müller & Söhne KG', 'rejected', 'SUM(A1:A9)'],
      ['Ökostrom AG', 'planned', 'Frist 30.11.'],
    ]);
    const reopened = await openApp({ dataDir, now: NOW });
    expect(await applicationRows(reopened)).toContain('Bäckerei Groß GmbH');
    await reopened.close();
  });

  it('holds back the import until company and role both have a column', async () => {
    const app = await openApp({ dataDir, now: NOW, dialogs: { open: () => GERMAN_SHEET } });
    await navigateTo(app, 'settings');
    await app.page.getByRole('button', { name: 'Import applications (CSV)…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Import applications' });
    await dialog.getByRole('combobox', { name: 'Role' }).selectOption({ label: '(not imported)' });
    await dialog.getByText('Choose the columns for the company and the role to import.').waitFor();
    expect(await dialog.getByRole('button', { name: /^Add 0 applications$/ }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(readSavedDocument(dataDir).applications.map((application) => application.id)).toEqual(['kept']);
    await app.close();
  });

  it('says in the window’s language why a file of people is not a list of applications', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rekindle-e2e-people-'));
    const people = join(folder, 'kontakte.csv');
    writeFileSync(people, 'Vorname,Nachname,E-Mail\nAda,Lovelace,ada@example.com\n');
    const app = await openApp({ dataDir, now: NOW, systemLanguage: 'de', dialogs: { open: () => people } });
    await navigateTo(app, 'settings');
    await app.page.getByRole('button', { name: 'Bewerbungen importieren (CSV)…' }).click();
    const alert = app.page.getByRole('alert');
    await alert.getByText('Rekindle kann diese Datei nicht lesen').waitFor();
    await alert.getByText('Die erste Zeile nennt keine Spalte für Firma oder Stelle; das sieht nicht nach einer Liste von Bewerbungen aus.').waitFor();
    expect(await app.page.getByRole('dialog').count()).toBe(0);
    expect(readSavedDocument(dataDir).applications.map((application) => application.id)).toEqual(['kept']);
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  });
});
