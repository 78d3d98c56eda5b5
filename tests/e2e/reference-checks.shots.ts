// The reference-check screens, in both languages and themes: Today's heads-up and
// how-did-it-go tasks, the announce form on an application, and the calls on a card.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, it } from 'vitest';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../fixtures/documents';
import { closeBrowser, makeDataDir, openApp, removeDataDir, writeSavedDocument } from './harness';

const OUT = resolve('screenshots');
const NOW = new Date('2026-11-30T10:00:00+01:00');
const agreed = { status: 'agreed' as const, askedOn: '2026-11-01', answeredOn: '2026-11-02' };

function document() {
  const address = (language: 'en' | 'de') => ({ salutation: 'ms' as const, pronouns: 'she' as const, formality: 'informal' as const, title: '', language });
  return makeDocument({
    profile: { name: 'Lena Fischer', email: 'lena@example.com', phone: '', city: 'Köln', links: [] },
    applications: [
      makeApplication({
        id: 'globex',
        company: 'Globex GmbH',
        role: 'Engineering Manager',
        status: 'interviewing',
        keyRequirements: ['delivery'],
        referenceCheck: { id: 'chk', announcedOn: '2026-11-30', expectedOn: '2026-12-03', caller: { name: 'Jana Vogt', title: 'Recruiter', email: 'jana@globex.example', phone: '' } },
      }),
    ],
    references: [
      makeReference({ id: 'anna', name: 'Anna Berg', consent: agreed, address: address('en'), talkingPoints: [{ id: 'a1', text: 'Shipped the checkout on time', themes: ['delivery'] }] }),
      makeReference({ id: 'birgit', name: 'Birgit Lang', consent: agreed, address: address('de'), talkingPoints: [{ id: 'b1', text: 'Hat die Migration geleitet', themes: ['delivery'] }] }),
    ],
    requests: [
      makeRequest({
        id: 'r-anna', referenceId: 'anna', applicationId: 'globex', stage: 'prep', headsUpSentOn: '2026-11-30',
        calls: [{ id: 'c1', on: '2026-11-29', caller: 'Jana Vogt', minutes: 25, asked: 'Leadership', told: '', debriefedOn: null }],
      }),
      makeRequest({ id: 'r-birgit', referenceId: 'birgit', applicationId: 'globex', stage: 'prep' }),
    ],
  });
}

afterAll(closeBrowser);

for (const language of ['en', 'de'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const viewport of [{ width: 1024, height: 700 }, { width: 1920, height: 1080 }]) {
      it(`captures the reference-check screens in ${language}, ${colorScheme}, ${viewport.width}`, async () => {
        mkdirSync(OUT, { recursive: true });
        const dataDir = makeDataDir();
        writeSavedDocument(dataDir, document());
        const app = await openApp({ dataDir, systemLanguage: language, colorScheme, now: NOW, viewport });
        const name = (what: string) => join(OUT, `checks-${what}-${language}-${colorScheme}-${viewport.width}.png`);
        await app.sendCommand({ type: 'navigate', view: 'today' });
        await app.page.locator('[data-group="checks"]').waitFor();
        await app.page.waitForTimeout(150);
        await app.page.screenshot({ path: name('today') });

        await app.sendCommand({ type: 'navigate', view: 'applications' });
        await app.page.getByRole('button', { name: /Globex/ }).click();
        await app.page.getByRole('dialog').waitFor();
        await app.page.getByRole('button', { name: language === 'en' ? 'Announce a new check' : 'Neue Prüfung ankündigen' }).click();
        await app.page.getByRole('button', { name: language === 'en' ? 'Announce' : 'Ankündigen', exact: true }).scrollIntoViewIfNeeded();
        await app.page.waitForTimeout(100);
        await app.page.screenshot({ path: name('announce') });
        await app.page.keyboard.press('Escape');

        await app.sendCommand({ type: 'navigate', view: 'board' });
        await app.page.getByRole('listitem', { name: /Anna Berg/ }).getByRole('button').first().click();
        await app.page.getByRole('region', { name: language === 'en' ? 'Employer calls' : 'Anrufe des Unternehmens' }).scrollIntoViewIfNeeded();
        await app.page.waitForTimeout(100);
        await app.page.screenshot({ path: name('calls') });
        await app.close();
        removeDataDir(dataDir);
      });
    }
  }
}
