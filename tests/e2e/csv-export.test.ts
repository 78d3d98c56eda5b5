// The German window exports people as a spreadsheet: the file says each relationship and
// consent with the very words the People table shows.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSampleData } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';

const NOW = new Date('2026-11-28T09:30:00+01:00');

describe('the people spreadsheet from the German window', () => {
  let dataDir: string;
  let files: string;
  beforeEach(() => {
    dataDir = makeDataDir();
    files = mkdtempSync(join(tmpdir(), 'rekindle-e2e-csv-'));
  });
  afterEach(() => {
    removeDataDir(dataDir);
    rmSync(files, { recursive: true, force: true });
  });
  afterAll(closeBrowser);

  it('names relationships and consent as the People table does', async () => {
    const document = writeSampleData(dataDir, NOW);
    const target = join(files, 'people.csv');
    const offered: { title: string; defaultName: string }[] = [];
    const save = (options: { title: string; defaultName: string }) => {
      offered.push(options);
      return target;
    };
    const app = await openApp({ dataDir, now: NOW, systemLanguage: 'de', dialogs: { save } });
    const nav = app.page.getByRole('navigation', { name: 'Hauptnavigation' });

    await nav.getByRole('button', { name: 'Einstellungen' }).click();
    await app.page.getByRole('button', { name: 'Personen exportieren (CSV)…' }).click();
    await app.page.getByText(`Gespeichert unter ${target}`).waitFor();
    expect(offered[0]?.title).toBe('Tabelle speichern');
    expect(offered[0]?.defaultName).toMatch(/^Personen/);

    const [header = [], ...rows] = Papa.parse<string[]>(readFileSync(target, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const cells = (name: string) => rows.map((row) => row[header.indexOf(name)]);
    const csvByName = new Map(rows.map((row) => [row[header.indexOf('Name')], row[header.indexOf('Beziehung')]]));

    await nav.getByRole('button', { name: 'Personen' }).click();
    const tableRows = app.page.getByRole('table').getByRole('row');
    await tableRows.nth(1).waitFor();
    for (const person of document.references) {
      const row = tableRows.filter({ hasText: person.name });
      const shown = await row.getByRole('cell').allInnerTexts();
      expect(shown).toContain(csvByName.get(person.name));
    }
    expect(cells('Beziehung')).toContain('Vorgesetzte·r');
    expect(cells('Beziehung')).toContain('Betreuer·in');
    expect(cells('Einverständnis')).toContain('Zugesagt');
  });
});
