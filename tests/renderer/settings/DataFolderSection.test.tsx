// Settings → Data folder in jsdom over the real bridge and main's real core on temp folders:
// what the user reads and clicks, and what really happened to the folders.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFolderSection } from '../../../renderer/features/settings/DataFolderSection';
import { currentDocument, setSnapshot } from '../../../renderer/state/app-state';
import { createI18n } from '../../../shared/i18n';
import type { Language } from '../../../shared/schema/fields';
import { makeDocument, makeReference } from '../../fixtures/documents';
import { answerWithCore, type CoreBridge } from '../bridge/bridge';

if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function renderSection(language: Language = 'en') {
  const elsewhere = mkdtempSync(join(tmpdir(), 'rekindle-renderer-elsewhere-'));
  const dialog = { folder: elsewhere };
  const bridge: CoreBridge = answerWithCore(makeDocument({ references: [makeReference({ name: 'Ada Lovelace' })] }), {
    systemLanguage: language,
    dialogs: { save: async () => null, open: async () => null, chooseFolder: async () => dialog.folder },
  });
  cleanups.push(() => {
    bridge.core.store.close();
    bridge.dispose();
    rmSync(elsewhere, { recursive: true, force: true });
  });
  const appFolder = bridge.core.location.location().appFolder;
  setSnapshot({ document: makeDocument(), notice: null, readOnly: false, systemLanguage: language, dataFile: join(appFolder, 'rekindle-data.json') });
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <DataFolderSection />
    </I18nextProvider>,
  );
  return { bridge, elsewhere, dialog, appFolder, section: () => screen.getByRole('region', { name: language === 'de' ? 'Datenordner' : 'Data folder' }) };
}

describe('Settings → Data folder', () => {
  it('shows where the data is, moves it, reloads the window from the new folder and offers to remove the old copy', async () => {
    const user = userEvent.setup();
    const { bridge, elsewhere, appFolder, section } = renderSection();
    writeFileSync(join(elsewhere, 'cv.pdf'), 'the user’s own file');
    await waitFor(() => expect(within(section()).getByText(appFolder)).toBeTruthy());

    await user.click(within(section()).getByRole('button', { name: 'Move…' }));

    const target = join(elsewhere, 'Rekindle');
    await waitFor(() => expect(within(section()).getByText(target)).toBeTruthy());
    expect(within(section()).getByRole('status').textContent).toContain(`Your data now lives in ${target}.`);
    expect(bridge.calls.map((call) => call.channel)).toContain('app:load');
    await waitFor(() => expect(currentDocument().references.map((person) => person.name)).toEqual(['Ada Lovelace']));
    expect(within(section()).getByText(`The old copy is still in ${appFolder}. Rekindle no longer reads or saves it.`)).toBeTruthy();

    await user.click(within(section()).getByRole('button', { name: 'Remove the old copy' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove the old copy?' });
    expect(within(dialog).getByText(/Rekindle deletes its data files and backups from/)).toBeTruthy();
    expect(existsSync(join(appFolder, 'rekindle-data.json'))).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Remove old copy' }));

    await waitFor(() => expect(within(section()).getByRole('status').textContent).toBe('The old copy is gone.'));
    expect(within(section()).queryByRole('button', { name: 'Remove the old copy' })).toBeNull();
    expect(existsSync(join(appFolder, 'rekindle-data.json'))).toBe(false);
    expect(existsSync(join(target, 'rekindle-data.json'))).toBe(true);
  });

  it('explains a refused move in German and opens the Rekindle folder it found instead', async () => {
    const user = userEvent.setup();
    const { bridge, elsewhere, dialog, section } = renderSection('de');
    // The data moves away and on again; its first new place keeps the old copy.
    const first = join(elsewhere, 'one');
    mkdirSync(first);
    dialog.folder = first;
    await user.click(await within(section()).findByRole('button', { name: 'Verschieben…' }));
    await waitFor(() => expect(within(section()).getByText(first)).toBeTruthy());
    const second = join(elsewhere, 'two');
    mkdirSync(second);
    dialog.folder = second;
    await user.click(within(section()).getByRole('button', { name: 'Verschieben…' }));
    await waitFor(() => expect(within(section()).getByText(second)).toBeTruthy());

    dialog.folder = first;
    await user.click(within(section()).getByRole('button', { name: 'Verschieben…' }));

    await waitFor(() => expect(within(section()).getByRole('status').textContent).toContain(`In ${first} liegen schon Rekindle-Daten`));
    await user.click(within(section()).getByRole('button', { name: 'Stattdessen diesen Ordner öffnen' }));
    await waitFor(() => expect(within(section()).getByRole('status').textContent).toContain(`Rekindle verwendet jetzt die Daten in ${first}.`));
    expect(bridge.core.location.location().folder).toBe(first);
  });
});
