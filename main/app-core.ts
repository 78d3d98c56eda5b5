// Everything main does for the window, without Electron: the data store, the use cases
// and the IPC handlers, with the outside world (clock, dialogs, shell) injected. index.ts
// wires it to Electron; the end-to-end harness wires the same core to Chromium.
import type { AppSnapshot } from '../shared/ipc/contract';
import type { Language, RekindleDocument } from '../shared/schema';
import type { IpcHandlers } from './ipc';
import { openExternalUrl } from './security';
import { createServiceContext, type ServiceContext } from './services/context';
import { updateProfile, updateSettings } from './services/settings';
import { DataStore } from './store/data-store';
import type { StoreEngineFactory } from './store/engine';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Native file dialogs; each resolves to the chosen path, or null when cancelled. */
export interface Dialogs {
  save(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  open(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
}

export interface AppCoreOptions {
  dataDir: string;
  engine: StoreEngineFactory;
  now: () => Date;
  systemLanguage: Language;
  dialogs: Dialogs;
  openExternal: (url: string) => Promise<void>;
  /** Opens a file in the system's default app (the PDF viewer for printing). */
  openPath: (path: string) => Promise<void>;
  /** Called after every saved change, e.g. to relabel the menu or retitle the window. */
  onDocumentChanged?: (document: RekindleDocument) => void;
}

export interface AppCore {
  store: DataStore;
  context: ServiceContext;
  options: AppCoreOptions;
  handlers: IpcHandlers;
}

export function openAppCore(options: AppCoreOptions): AppCore {
  const store = DataStore.open({ dir: options.dataDir, engine: options.engine, now: options.now });
  const context = createServiceContext(options.now);
  const core = { store, context, options } as AppCore;
  core.handlers = createHandlers(core);
  return core;
}

function save(core: AppCore, change: (document: RekindleDocument) => RekindleDocument) {
  const document = core.store.update(change);
  core.options.onDocumentChanged?.(document);
  return { document };
}

function createHandlers(core: AppCore): IpcHandlers {
  const { store, options } = core;
  return {
    'app:load': (): AppSnapshot => ({
      document: store.document,
      notice: store.notice,
      readOnly: store.readOnly,
      systemLanguage: options.systemLanguage,
      dataFile: store.path,
    }),
    'settings:update': (patch) => save(core, (document) => updateSettings(document, patch)),
    'profile:update': (profile) => save(core, (document) => updateProfile(document, profile)),
    'links:open': async ({ url }) => ({ opened: await openExternalUrl(url, options.openExternal) }),
  };
}
