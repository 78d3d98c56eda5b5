// "Add to calendar" over main's real core: when no app takes the file, the toast offers to
// save it instead, and that writes the same interviews where the user chose.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n';
import type { Language } from '../../../shared/schema/fields';
import { AddToCalendar } from '../../../renderer/features/applications/AddToCalendar';
import { Toasts } from '../../../renderer/components/Toasts';
import { setSnapshot } from '../../../renderer/state/app-state';
import { clearToasts } from '../../../renderer/state/toasts';
import { makeApplication, makeDocument } from '../../fixtures/documents';
import { readCalendar } from '../../main/exports/read-calendar';
import { answerWithCore, type CoreBridge } from '../bridge/bridge';

const application = makeApplication({
  id: 'app-1',
  company: 'Contoso',
  role: 'Staff Engineer',
  interviews: [{ id: 'int-1', date: '2027-10-29', time: '16:00', kind: 'phone', note: '' }],
});

let folder: string;
let bridge: CoreBridge | null = null;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'rekindle-add-to-calendar-'));
  clearToasts();
});
afterEach(() => {
  bridge?.dispose();
  bridge = null;
  rmSync(folder, { recursive: true, force: true });
});

function renderButton(language: Language, openPath: (path: string) => Promise<void>, dirty = false) {
  const document = makeDocument({ applications: [application] });
  bridge = answerWithCore(document, {
    openPath,
    dialogs: { save: async ({ defaultName }) => join(folder, defaultName), open: async () => null },
  });
  setSnapshot({ document, notice: null, readOnly: false, systemLanguage: language, dataFile: '/tmp/data.json' });
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <AddToCalendar application={application} dirty={dirty} />
      <Toasts />
    </I18nextProvider>,
  );
}

describe('Add to calendar', () => {
  it('offers to save the file when no app opens it, and the saved file holds the interview', async () => {
    const user = userEvent.setup();
    renderButton('de', async () => {
      throw new Error('No application is associated with the specified file');
    });

    await user.click(screen.getByRole('button', { name: 'Zum Kalender hinzufügen' }));
    await screen.findByText('Keine App auf diesem Computer hat die Kalenderdatei geöffnet. Speichere sie und importiere sie in deiner Kalender-App.');
    await user.click(screen.getByRole('button', { name: 'Speichern …' }));

    await screen.findByText(/^Kalender gespeichert unter/);
    const saved = join(folder, 'Gespräche – Contoso.ics');
    expect(readCalendar(readFileSync(saved, 'utf8')).events.map((event) => [event.uid, event.summary])).toEqual([
      ['interview-app-1-int-1@rekindle', 'Telefongespräch: Staff Engineer bei Contoso'],
    ]);
  });

  it('asks nothing of main while the form holds unsaved changes', async () => {
    const user = userEvent.setup();
    const opened: string[] = [];
    renderButton('en', async (path) => void opened.push(path), true);

    await user.click(screen.getByRole('button', { name: 'Add to calendar' }));

    await screen.findByText('Save your changes first, so the calendar gets the interviews you see here.');
    expect(bridge?.calls.filter((call) => call.channel === 'exports:calendar')).toEqual([]);
    expect(opened).toEqual([]);
  });

  it('is not offered for an application without interviews', () => {
    const document = makeDocument({ applications: [{ ...application, interviews: [] }] });
    setSnapshot({ document, notice: null, readOnly: false, systemLanguage: 'en', dataFile: '/tmp/data.json' });
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <AddToCalendar application={{ ...application, interviews: [] }} dirty={false} />
      </I18nextProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Add to calendar' })).toBeNull();
  });
});
