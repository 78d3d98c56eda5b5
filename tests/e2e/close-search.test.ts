// Closing the search end to end: recording an offer offers the flow; confirming it gives
// everyone who helped, on any application, one thank-you in Today and on the board, ends
// their other cards, eases their cadence, and prints each person's note in their language.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfPages } from '../main/exports/read-back';
import { expectNoSeriousAxeViolations } from './axe';
import { closeBrowser, makeDataDir, openApp, readSavedDocument, removeDataDir, writeSavedDocument } from './harness';
import { navigateTo } from './navigate';
import { searchDocument } from './close-search-data';

const NOW = new Date('2026-11-30T10:00:00+01:00');
const TODAY = '2026-11-30';
const flat = (pages: string[]) => pages.join('\n').replace(/\s+/g, ' ');

describe('closing the search', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('thanks everyone who helped once the user accepts the recorded offer, and closes their open cards', async () => {
    writeSavedDocument(dataDir, searchDocument());
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await navigateTo(app, 'applications');
    await page.getByRole('button', { name: /Globex/ }).click();
    const application = page.getByRole('dialog', { name: 'Globex · Engineering Manager' });
    await application.getByRole('button', { name: 'Got an offer' }).click();
    // An offer is not yet a yes: the way to close the search appears, and nothing closes by itself.
    await application.getByRole('region', { name: 'Close the search' }).getByText(/^Accepted this offer\?/).waitFor();
    expect(readSavedDocument(dataDir).requests.every((request) => request.stage !== 'done')).toBe(true);
    await application.getByRole('status').getByRole('button', { name: 'Close the search…' }).click();

    const flow = page.getByRole('dialog', { name: 'Close the search: Engineering Manager at Globex' });
    await flow.waitFor();
    await flow.getByText('This search means every open card, for any application or for your search in general.', { exact: false }).waitFor();
    const helpers = flow.getByRole('group', { name: 'Everyone who helped' });
    for (const name of ['Anna Berg', 'Birgit Lang', 'Chloe Martin']) await expect.poll(() => helpers.getByRole('checkbox', { name: `Thank ${name}` }).isChecked()).toBe(true);
    expect(await helpers.getByRole('checkbox', { name: /Dana/ }).count()).toBe(0);
    await helpers.getByText('German · 2 open cards · check in every 12 months, as now').waitFor();
    await helpers.getByText('English · one open card · check in every 6 months instead of 2').waitFor();
    await flow.getByText('One card of someone you never asked ends quietly', { exact: false }).waitFor();
    await flow.getByText('3 thank-you tasks appear in Today and on the board under Thank-you.').waitFor();
    await flow.getByText('2 other open cards move to Done.').waitFor();
    await expectNoSeriousAxeViolations(page);

    await flow.getByRole('button', { name: 'Close the search' }).click();
    const done = page.getByRole('dialog', { name: 'The search is closed' });
    await done.getByText('3 thank-yous are waiting in Today. A handwritten note means more than an email.').waitFor();
    await done.getByText('Note prompts, each in the person’s language: English (2), German (1).').waitFor();
    await expectNoSeriousAxeViolations(page);
    await done.getByRole('button', { name: 'Print note prompts' }).click();
    await expect.poll(() => app.openedPaths.length).toBe(2);
    expect(app.openedPaths.map((path) => basename(path)).sort()).toEqual(['Dankeskarten – 2026-11-30.pdf', 'Thank-you notes – 2026-11-30.pdf']);
    for (const path of app.openedPaths) {
      const text = flat(await pdfPages(new Uint8Array(readFileSync(path))));
      if (basename(path).startsWith('Danke')) {
        expect(text).toContain('Birgit');
        expect(text).toContain('Ich habe das Angebot von Globex angenommen');
      } else {
        expect(text).toContain('Anna');
        // Chloe's card was for Acme; her note still tells where the search ended.
        expect(text).toContain('Chloe');
        expect(text).toContain("I've accepted the role of Engineering Manager at Globex");
        expect(text).not.toContain('Birgit');
      }
      rmSync(path, { force: true });
    }
    await done.getByRole('button', { name: 'Close', exact: true }).click();
    // Saving the form afterwards keeps the offer the buttons above it recorded.
    await application.getByRole('button', { name: 'Save application' }).click();
    await application.waitFor({ state: 'detached' });

    await navigateTo(app, 'today');
    // Today speaks of people by first name.
    for (const name of ['Anna', 'Birgit', 'Chloe']) await page.getByText(`Thank ${name} and share how Globex went`).waitFor();
    expect(await page.getByText(/Dana/).count()).toBe(0);
    await navigateTo(app, 'board');
    await page.getByRole('list', { name: 'Thank-you, 3 cards' }).waitFor();
    expect(await page.getByRole('list', { name: /^Prep,/ }).getByRole('listitem').filter({ hasText: /Berg|Lang|Martin/ }).count()).toBe(0);

    const saved = readSavedDocument(dataDir);
    const stage = (id: string) => saved.requests.find((request) => request.id === id)?.stage;
    expect(['anna-globex', 'birgit-globex', 'chloe-acme'].map(stage)).toEqual(['thanks', 'thanks', 'thanks']);
    expect(['birgit-acme', 'dana-acme'].map(stage)).toEqual(['done', 'done']);
    expect(saved.references.map((person) => [person.id, person.cadenceMonths])).toEqual([
      ['anna', 6],
      ['birgit', 12],
      ['chloe', 6],
      ['dana', 6],
    ]);
    expect(saved.applications.find((application) => application.id === 'globex')).toMatchObject({ status: 'offer', acceptedOn: TODAY });
    await app.close();
  });

  it('runs by keyboard in a German window, later from the application, leaving out someone the user unticks', async () => {
    writeSavedDocument(dataDir, searchDocument('de', 'offer'));
    const app = await openApp({ dataDir, now: NOW, systemLanguage: 'de' });
    const { page } = app;
    await navigateTo(app, 'applications');
    await page.getByRole('button', { name: /Globex/ }).click();
    const application = page.getByRole('dialog', { name: 'Globex · Engineering Manager' });
    await application.getByRole('region', { name: 'Suche abschließen' }).waitFor();
    await application.getByRole('button', { name: 'Suche abschließen …' }).focus();
    await page.keyboard.press('Enter');

    const flow = page.getByRole('dialog', { name: 'Suche abschließen: Engineering Manager bei Globex' });
    await flow.getByText('Zur Suche gehört jede offene Karte – zu jeder Bewerbung und zur Suche allgemein.', { exact: false }).waitFor();
    const chloe = flow.getByRole('checkbox', { name: 'Chloe Martin danken' });
    await chloe.focus();
    await page.keyboard.press('Space');
    await flow.getByText('Ihre Karten werden ohne Dank abgeschlossen.').waitFor();
    await flow.getByText('2 Aufgaben zum Danke sagen erscheinen unter „Heute“ und auf dem Board in „Danke sagen“.').waitFor();
    await expectNoSeriousAxeViolations(page);
    await flow.getByRole('button', { name: 'Suche abschließen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Die Suche ist abgeschlossen' }).waitFor();
    await page.keyboard.press('Escape');
    // Escape closes only the flow; focus lands on its section, whose button has gone.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Suche abschließen');
    expect(await application.getByRole('button', { name: 'Suche abschließen …' }).count()).toBe(0);
    await application.getByText(/^Suche am (Montag, )?30\. November 2026 abgeschlossen\./).waitFor();
    await page.keyboard.press('Escape');

    await navigateTo(app, 'today');
    await page.getByText('Birgit danken und vom Ausgang bei Globex erzählen').waitFor();
    expect(await page.getByText(/Chloe danken/).count()).toBe(0);
    const saved = readSavedDocument(dataDir);
    expect(saved.requests.find((request) => request.id === 'chloe-acme')?.stage).toBe('done');
    expect(saved.references.find((person) => person.id === 'chloe')?.cadenceMonths).toBe(2);
    expect(existsSync(join(dataDir, 'rekindle-data.json'))).toBe(true);
    await app.close();
  });
});
