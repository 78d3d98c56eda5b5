// The core (store, use cases, handlers) wired to Electron: the data folder, the locale, the
// shipped fonts, the dialogs and the shell. The end-to-end harness wires the same core to Node.
import { hostname } from 'node:os';
import { app, session } from 'electron';
import type { View } from '../../shared/ipc/channels';
import { languageFromLocale } from '../../shared/i18n';
import type { Language } from '../../shared/schema/fields';
import { openAppCore, type AppCore } from '../app-core';
import { deviceIdentity } from '../store/device-identity';
import type { GestureSourceLike } from '../security';
import { sessionSpellChecker } from '../spellcheck';
import { electronDialogs } from './dialogs';
import { electronShell } from './shell';
import { electronStoreEngine } from './store-engine';

export interface ElectronCoreOptions {
  /** The window's contents, asked whether a link request follows a user gesture. */
  page: () => GestureSourceLike | null | undefined;
  /** Told the window's language after every saved change. */
  onLanguage: (language: Language) => void;
  /** Told when backups start failing and when they work again. */
  onBackupHealth: (failing: boolean) => void;
  /** Told after every saved change (the reminders look again). */
  onSaved?: () => void;
  /** Told which view the window reports it shows. */
  onViewShown?: (view: View) => void;
}

export function openElectronCore({ page, onLanguage, onBackupHealth, onSaved, onViewShown }: ElectronCoreOptions): AppCore {
  const systemLanguage = languageFromLocale(app.getLocale());
  const { openExternal, openPath, showInFolder } = electronShell(page);
  const dataDir = app.getPath('userData');
  return openAppCore({
    dataDir,
    // Which journal in a shared data folder is this computer's, and the name other computers
    // show when its changes arrive.
    device: { id: deviceIdentity(dataDir), name: hostname() },
    engine: electronStoreEngine,
    now: () => new Date(),
    systemLanguage,
    // Packaged, the fonts ship as extra resources; in development they are in the repo.
    ...(app.isPackaged ? { resourcesDir: process.resourcesPath } : {}),
    openExternal,
    openPath,
    showInFolder,
    dialogs: electronDialogs,
    onDocumentChanged: (document) => {
      onLanguage(document.settings.language ?? systemLanguage);
      onSaved?.();
    },
    onBackupHealth,
    spellChecker: sessionSpellChecker(session.defaultSession, process.platform),
    ...(onViewShown ? { onViewShown } : {}),
  });
}

/** The window's language: the one chosen in settings, else the system's. */
export function languageOf(core: AppCore): Language {
  return core.store.document.settings.language ?? core.options.systemLanguage;
}
