// The bench's screens in both languages and themes, small and large: the sheet picker with
// fit notes, the person's page with calls and load, the new form fields (themes, the
// current-employer flag, key requirements, the call threshold) and the load when linking.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, it } from 'vitest';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../fixtures/documents';
import { closeBrowser, makeDataDir, openApp, removeDataDir, writeSavedDocument } from './harness';
import { navigateTo } from './navigate';

const OUT = resolve('screenshots');
const NOW = new Date('2026-11-30T10:00:00+01:00');
const agreed = { status: 'agreed' as const, askedOn: '2026-11-01', answeredOn: '2026-11-02' };
const call = (id: string, on: string, told: string) => ({ id, on, caller: 'Jana Vogt', minutes: 25, asked: 'Leadership and how she handles pressure', told, debriefedOn: on });

const WORDS = {
  en: { edit: 'Edit Anna Berg', bench: 'Reference checks and calls', themes: 'Themes of point 2', sheet: 'Reference sheet…', link: 'Add a reference', requirements: 'Key requirements', announce: 'Announce a new check', announceSave: 'Announce' },
  de: { edit: 'Anna Berg bearbeiten', bench: 'Referenzprüfungen und Anrufe', themes: 'Themen zu Punkt 2', sheet: 'Referenzliste …', link: 'Referenz hinzufügen', requirements: 'Wichtigste Anforderungen', announce: 'Neue Prüfung ankündigen', announceSave: 'Ankündigen' },
};

function document() {
  const address = { salutation: 'ms' as const, pronouns: 'she' as const, formality: 'informal' as const, title: '' };
  return makeDocument({
    settings: { language: null, paperSize: 'A4', callThreshold: 3 },
    applications: [
      makeApplication({
        id: 'globex',
        company: 'Globex Versicherungsgesellschaft',
        role: 'Leiterin Softwareentwicklung',
        status: 'interviewing',
        keyRequirements: ['delivery', 'Stakeholder-Management', 'hiring'],
        referenceCheck: { id: 'chk', announcedOn: '2026-11-28', expectedOn: '2026-12-03', caller: { name: 'Jana Vogt', title: 'Recruiter', email: '', phone: '' } },
      }),
      makeApplication({ id: 'initech', company: 'Initech', role: 'Platform Lead', status: 'applied' }),
    ],
    references: [
      makeReference({
        id: 'anna', name: 'Anna Berg', rank: 0, consent: agreed, address, currentTitle: 'Head of Engineering', organisation: 'Umbrella', detailsConfirmedOn: '2025-06-01',
        talkingPoints: [
          { id: 'a1', text: 'Shipped the checkout rewrite on time', themes: ['delivery', 'Stakeholder-Management'] },
          { id: 'a2', text: 'Hired and onboarded four engineers', themes: ['hiring'] },
        ],
      }),
      makeReference({ id: 'birgit', name: 'Birgit Lang', rank: 1, consent: agreed, address, relationship: 'manager', detailsConfirmedOn: '2026-10-01', talkingPoints: [{ id: 'b1', text: 'Led the migration with me', themes: ['delivery'] }] }),
      makeReference({ id: 'chloe', name: 'Chloe Martin', rank: 2, consent: agreed, address, atCurrentEmployer: true, detailsConfirmedOn: '2026-09-01', talkingPoints: [] }),
    ],
    requests: [
      makeRequest({ id: 'r-anna', referenceId: 'anna', applicationId: 'globex', stage: 'prep', calls: [call('c1', '2026-11-05', 'They asked about the checkout.'), call('c2', '2026-11-20', ''), call('c3', '2026-11-27', '')] }),
      makeRequest({ id: 'r-birgit', referenceId: 'birgit', applicationId: 'globex', stage: 'prep' }),
      makeRequest({ id: 'r-chloe', referenceId: 'chloe', applicationId: 'globex', stage: 'prep' }),
    ],
  });
}

afterAll(closeBrowser);

for (const language of ['en', 'de'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const viewport of [{ width: 1024, height: 700 }, { width: 1920, height: 1080 }]) {
      it(`captures the bench screens in ${language}, ${colorScheme}, ${viewport.width}`, async () => {
        mkdirSync(OUT, { recursive: true });
        const dataDir = makeDataDir();
        writeSavedDocument(dataDir, document());
        const app = await openApp({ dataDir, systemLanguage: language, colorScheme, now: NOW, viewport });
        const { page } = app;
        const words = WORDS[language];
        const name = (what: string) => join(OUT, `bench-${what}-${language}-${colorScheme}-${viewport.width}.png`);
        const settle = () => page.waitForTimeout(150);

        await navigateTo(app, 'applications');
        await page.getByRole('button', { name: /Globex/ }).first().click();
        const application = page.getByRole('dialog');
        await application.getByRole('button', { name: words.sheet }).click();
        await page.locator('[id^="fit-"], [class*="fitNote"]').first().waitFor();
        await settle();
        await page.screenshot({ path: name('sheet') });
        await page.keyboard.press('Escape');

        await page.getByRole('button', { name: /Globex/ }).first().click();
        await page.getByRole('list', { name: words.requirements }).scrollIntoViewIfNeeded();
        await settle();
        await page.screenshot({ path: name('requirements') });
        await page.keyboard.press('Escape');

        await page.getByRole('button', { name: /Initech/ }).click();
        await page.getByLabel(words.link).selectOption('anna');
        await settle();
        await page.screenshot({ path: name('link') });
        await page.keyboard.press('Escape');

        await navigateTo(app, 'board');
        await page.getByRole('listitem', { name: /Birgit Lang/ }).getByRole('button').first().click();
        await page.getByRole('dialog').getByRole('button', { name: words.announce }).click();
        await page.getByRole('dialog').getByRole('button', { name: words.announceSave, exact: true }).scrollIntoViewIfNeeded();
        await settle();
        await page.screenshot({ path: name('card') });
        await page.keyboard.press('Escape');

        await navigateTo(app, 'people');
        await page.getByRole('button', { name: words.edit }).click();
        const person = page.getByRole('dialog', { name: words.edit });
        await person.getByRole('region', { name: words.bench }).scrollIntoViewIfNeeded();
        await settle();
        await page.screenshot({ path: name('person') });
        const themes = person.getByRole('combobox', { name: words.themes });
        await themes.scrollIntoViewIfNeeded();
        await themes.fill('e');
        await settle();
        await page.screenshot({ path: name('themes') });
        await themes.press('Escape');
        await person.getByRole('checkbox').first().scrollIntoViewIfNeeded();
        await settle();
        await page.screenshot({ path: name('employer') });
        await app.close();

        const settings = await openApp({ dataDir, systemLanguage: language, colorScheme, now: NOW, viewport });
        await navigateTo(settings, 'settings');
        await settings.page.locator('#settings-call-threshold').scrollIntoViewIfNeeded();
        await settings.page.waitForTimeout(150);
        await settings.page.screenshot({ path: name('threshold') });
        await settings.close();
        removeDataDir(dataDir);
      });
    }
  }
}
