import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeBackup } from '../../main/services/backup-file';
import type { RekindleDocument } from '../../shared/schema/document';
import { makeApplication } from '../fixtures/documents';
import { buildSampleDocument, writeSampleData } from '../fixtures/sample-data';
import { expectNoSeriousAxeViolations } from './axe';
import { closeBrowser, makeDataDir, openApp, readSavedDocument, removeDataDir, savedBytes, type OpenedApp } from './harness';

const NOW = new Date('2026-11-28T09:30:00+01:00');
const LINKEDIN_FIXTURE = resolve('tests/fixtures/imports/linkedin-connections.csv');
const readData = (dir: string): RekindleDocument => readSavedDocument(dir);

async function openSettings(app: OpenedApp): Promise<void> {
  await app.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Settings' }).click();
  await app.page.getByRole('heading', { level: 2, name: 'Backup and restore' }).waitFor();
}

async function peopleRows(app: OpenedApp): Promise<string[]> {
  await app.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'People' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
  return app.page.getByRole('table').getByRole('row').allInnerTexts();
}

describe('your data: restore and import through the window', () => {
  let dataDir: string;
  let files: string;
  beforeEach(() => {
    dataDir = makeDataDir();
    files = mkdtempSync(join(tmpdir(), 'rekindle-e2e-files-'));
  });
  afterEach(() => {
    removeDataDir(dataDir);
    rmSync(files, { recursive: true, force: true });
  });
  afterAll(closeBrowser);

  it('restores a backup chosen in the file dialog, replacing everything after a preview', async () => {
    const backup = buildSampleDocument(NOW);
    backup.applications.push(makeApplication({ id: 'app-from-backup', company: 'Adatum', role: 'Head of Design' }));
    const backupPath = join(files, 'Rekindle backup 2026-11-20.json');
    writeFileSync(backupPath, serializeBackup(backup, NOW));

    const app = await openApp({ dataDir, now: NOW, dialogs: { open: () => backupPath } });
    await openSettings(app);
    await app.page.getByRole('button', { name: 'Restore from a backup…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Restore from a backup' });
    await dialog.waitFor();
    await dialog.getByText('File: Rekindle backup 2026-11-20.json').waitFor();
    const holds = await dialog.getByText(/^This backup holds/).textContent();
    expect(holds).toContain(`${backup.applications.length} applications`);
    expect(holds).toContain(`${backup.references.length} people`);
    await expectNoSeriousAxeViolations(app.page);

    await dialog.getByRole('radio', { name: 'Replace everything' }).check();
    await dialog.getByRole('button', { name: 'Replace everything' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await app.page.getByText(/^Restored from Rekindle backup 2026-11-20\.json\. Your previous data was saved to .*backups/).waitFor();

    const onDisk = readData(dataDir);
    expect(onDisk.applications.map((application) => application.company)).toContain('Adatum');
    expect(onDisk.references.map((person) => person.id)).toEqual(backup.references.map((person) => person.id));
    const rows = (await peopleRows(app)).join('\n');
    for (const person of backup.references) expect(rows).toContain(person.name);
    await app.close();
  });

  it('imports LinkedIn connections chosen in the file dialog, each person once', async () => {
    const app = await openApp({ dataDir, now: NOW, dialogs: { open: () => LINKEDIN_FIXTURE } });
    await openSettings(app);
    await app.page.getByText('Settings → Data privacy → Get a copy of your data → Connections', { exact: false }).waitFor();
    await app.page.getByRole('button', { name: 'Import LinkedIn connections…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Import LinkedIn connections' });
    await dialog.waitFor();
    await dialog.getByText('Found 7 people in linkedin-connections.csv.').waitFor();
    await dialog.getByText('5 of 7 selected').waitFor();
    const repeated = dialog.getByRole('row').filter({ hasText: 'Listed twice in this file: same LinkedIn profile' });
    expect(await repeated.getByRole('checkbox').isChecked()).toBe(false);
    expect(await dialog.getByRole('checkbox', { name: 'Add Aylin Demir' }).isChecked()).toBe(true);
    await expectNoSeriousAxeViolations(app.page);

    await dialog.getByRole('button', { name: 'Add 5 people' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await app.page.getByText('Added 5 people. Not added: 2 listed twice in the file.').waitFor();

    const names = ['Jürgen Groß', 'Aylin Demir', 'Łukasz Żółć', 'Mei Chen', 'Tomás Ortega'];
    expect(readData(dataDir).references.map((person) => person.name)).toEqual(names);
    const rows = (await peopleRows(app)).join('\n');
    for (const name of names) expect(rows).toContain(name);

    await openSettings(app);
    await app.page.getByRole('button', { name: 'Import LinkedIn connections…' }).click();
    await dialog.getByText('0 of 7 selected').waitFor();
    expect(await dialog.getByText('Already in Rekindle as Jürgen Groß (same LinkedIn profile)').count()).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(readData(dataDir).references).toHaveLength(5);
    await app.close();
  });

  it('shows why a file is refused and changes nothing', async () => {
    writeSampleData(dataDir, NOW);
    const wrongCsv = join(files, 'Contacts.csv');
    writeFileSync(wrongCsv, 'Name,Mail,Firm\nJo Bloggs,jo@example.com,ACME\n');
    const cutBackup = join(files, 'cut.json');
    const whole = new TextDecoder().decode(serializeBackup(buildSampleDocument(NOW), NOW));
    writeFileSync(cutBackup, whole.slice(0, whole.length / 2));
    let chosen = wrongCsv;

    const app = await openApp({ dataDir, now: NOW, dialogs: { open: () => chosen } });
    await openSettings(app);
    const before = savedBytes(dataDir);

    await app.page.getByRole('button', { name: 'Import LinkedIn connections…' }).click();
    const alert = app.page.getByRole('alert');
    await alert.getByText('Rekindle cannot read this file').waitFor();
    expect(await alert.textContent()).toContain(
      'Columns that LinkedIn’s Connections.csv always has are missing here: “First Name”, “Last Name”, “Company”, and “Position”.',
    );
    expect(await app.page.getByRole('dialog').count()).toBe(0);

    chosen = cutBackup;
    await app.page.getByRole('button', { name: 'Restore from a backup…' }).click();
    const refusedBackup = app.page.getByRole('alert');
    await refusedBackup.getByText('Rekindle cannot read this file').waitFor();
    // The window words main's reason itself; main's English sentence is not shown.
    await refusedBackup.getByText(/stops before the backup ends, so it was probably cut short/).waitFor();
    expect(await refusedBackup.getByText(/ends before the backup does/).count()).toBe(0);
    await expectNoSeriousAxeViolations(app.page);
    expect(await app.page.getByRole('dialog').count()).toBe(0);

    expect(savedBytes(dataDir).equals(before)).toBe(true);
    await app.close();
  });
});
