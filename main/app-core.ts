// Everything main does for the window, without Electron: the data store, the use cases
// and the IPC handlers, with the outside world (clock, dialogs, shell) injected. index.ts
// wires it to Electron; the end-to-end harness wires the same core to Chromium. It is the
// one place that assembles them: each handler group is handed only what it uses. When the
// data folder changes while the app runs, the store is replaced and the handlers are
// assembled again over it, in place, so every later request reaches the new folder.
import { dirname } from 'node:path';
import type { AppCommand, View } from '../shared/ipc/channels';
import type { Language } from '../shared/schema/fields';
import type { RekindleDocument } from '../shared/schema/document';
import { appHandlers } from './handlers/app';
import { checkHandlers } from './handlers/checks';
import { closeSearchHandlers } from './handlers/close-search';
import { dataHandlers } from './handlers/data';
import { dataFolderHandlers } from './handlers/data-folders';
import { dataLocationHandlers } from './handlers/data-location';
import { documentHandlers } from './handlers/documents';
import { recordHandlers } from './handlers/records';
import { requestHandlers } from './handlers/requests';
import { spellcheckHandlers } from './handlers/spellcheck';
import type { IpcHandlers } from './ipc';
import type { Dialogs, SpellChecker, WatchFolder, WriteFile } from './ports';
import { createServiceContext, type ServiceContext } from './services/context';
import { dataFolders } from './services/data-folders';
import { dataLocationService, type DataLocationService } from './services/data-location/data-location';
import { startLiveSync, type LiveSync } from './services/live-sync';
import { UndoShelf } from './services/undo';
import { WrittenFiles } from './services/written-files';
import { NO_SPELLCHECKER } from './spellcheck';
import { translator } from '../shared/i18n';
import { DataStore } from './store/data-store';
import { readDataPlace } from './store/data-location';
import { writeFileVerified } from './store/durable';
import type { StoreEngineFactory } from './store/engine';
import { nodeFileSystem, type FileSystem } from './store/file-system';
import { nodeFolderFileSystem, type FolderFileSystem } from './store/folder-files';
import { refusingWrites } from './store/read-only-fs';
import { unitOfWork } from './store/unit-of-work';

// The ports live in ports.ts; re-exported for the modules that still import them from here.
export type { Dialogs, FileFilter } from './ports';

export interface AppCoreOptions {
  /** The app's own folder: the data is here unless the user moved it (its pointer says where). */
  dataDir: string;
  engine: StoreEngineFactory;
  now: () => Date;
  systemLanguage: Language;
  dialogs: Dialogs;
  openExternal: (url: string) => Promise<void>;
  /** Opens a file in the system's default app (the PDF viewer for printing). */
  openPath: (path: string) => Promise<void>;
  /** Shows a file in the system's file manager ("Show in folder" after an export). */
  showInFolder?: (path: string) => Promise<void>;
  /** Where exports are written: only paths the user chose in a save dialog, or the temp folder. */
  writeFile?: WriteFile;
  /** The data folder's file system; tests pass one that runs out of space. */
  fs?: FileSystem;
  /** The file system a move copies folders with; tests pass one that fails at a chosen call. */
  folderFs?: FolderFileSystem;
  /** The folder holding fonts/ for PDF exports. */
  resourcesDir?: string;
  /** The user's IANA time zone for calendar exports; the system's when not given. */
  timeZone?: () => string;
  /** Called after every saved change, e.g. to relabel the menu or retitle the window. */
  onDocumentChanged?: (document: RekindleDocument) => void;
  /** Told when backups start failing and when they work again, to tell an open window. */
  onBackupHealth?: (failing: boolean) => void;
  /** This installation's id and name, for a data folder other computers share (see main/store/sync). */
  device?: { id: string; name?: string };
  /** Follows the language of the focused text field; none without a window. */
  spellChecker?: SpellChecker;
  /** Told which view the window shows (the reminders stay quiet while it is Today). */
  onViewShown?: (view: View) => void;
}

export interface AppCore {
  /** The store in use; replaced when the user moves the data or opens another folder. */
  store: DataStore;
  /** Where the data lives, and moving it. */
  location: DataLocationService;
  context: ServiceContext;
  /** The options as given, with exports and saved backups written through a verified write. */
  options: AppCoreOptions & { writeFile: WriteFile };
  /** Undo of the folder in use; a new shelf when the folder changes. */
  undo: UndoShelf;
  /** What main wrote in this run: the only files the window may open or show. */
  writtenFiles: WrittenFiles;
  handlers: IpcHandlers;
  /** Told when the store is replaced (a moved or newly opened data folder), e.g. to watch the new folder. */
  storeSwitched: Set<(store: DataStore) => void>;
}

const NO_TIMERS = { set: () => null, clear: () => undefined };

export function openAppCore(given: AppCoreOptions): AppCore {
  // Exports and saved backups go through a write that checks every byte landed.
  const options = { ...given, writeFile: given.writeFile ?? writeFileVerified };
  const folderFs = options.folderFs ?? nodeFolderFileSystem;
  const device = options.device ? { deviceId: options.device.id, ...(options.device.name ? { deviceName: options.device.name } : {}) } : {};
  const openStore = (dir: string) =>
    DataStore.open({
      dir,
      engine: options.engine,
      now: options.now,
      ...(options.fs ? { fs: options.fs } : {}),
      ...(options.onBackupHealth ? { onBackupHealth: options.onBackupHealth } : {}),
      ...device,
    });
  // Opened only to look: every write is refused, no timer runs. As this computer, so a folder
  // only other computers have written shows what this one would find there.
  const peekStore = (dir: string) => DataStore.open({ dir, engine: options.engine, now: options.now, fs: refusingWrites(options.fs ?? nodeFileSystem), timers: NO_TIMERS, ...device });
  const place = readDataPlace(folderFs, options.dataDir);
  const store = place.kind === 'found' ? openStore(place.dir) : holdWhileMissing(peekStore(place.dir), place.dir);
  const context = createServiceContext(options.now);
  const writtenFiles = new WrittenFiles();
  const language = () => core.store.document.settings.language ?? options.systemLanguage;
  const location = dataLocationService({
    fs: folderFs,
    appDir: options.dataDir,
    place,
    dialogs: options.dialogs,
    shell: { openPath: options.openPath },
    titles: () => {
      const t = translator(language());
      return { move: t('dataFolder.moveTitle'), open: t('dataFolder.openTitle') };
    },
    current: () => core.store,
    openStore,
    peekStore,
    switchTo: (next) => {
      const before = core.store;
      core.store = next;
      core.undo = new UndoShelf(context.newId);
      Object.assign(core.handlers, assemble(next, core.undo));
      before.close();
      for (const listener of core.storeSwitched) listener(next);
    },
  });
  const assemble = (current: DataStore, undo: UndoShelf) => coreHandlers(options, { store: current, context, undo, writtenFiles, location });
  const undo = new UndoShelf(context.newId);
  const core: AppCore = { store, location, context, options, undo, writtenFiles, handlers: assemble(store, undo), storeSwitched: new Set() };
  return core;
}

/** While the chosen folder is missing: what could be read of it (nothing), with every write refused. */
function holdWhileMissing(store: DataStore, folder: string): DataStore {
  store.notice = { kind: 'data_folder_missing', folder };
  return store;
}

interface CoreParts {
  store: DataStore;
  context: ServiceContext;
  undo: UndoShelf;
  writtenFiles: WrittenFiles;
  location: DataLocationService;
}

function coreHandlers(options: AppCore['options'], { store, context, undo, writtenFiles, location }: CoreParts): IpcHandlers {
  const work = unitOfWork(store, options.onDocumentChanged);
  const { dialogs, writeFile, now } = options;
  const dataDir = dirname(store.path);
  // Each group gets only what it uses; the type below checks that every channel is answered.
  return {
    ...appHandlers({ store, work, systemLanguage: options.systemLanguage, openExternal: options.openExternal, onViewShown: options.onViewShown }),
    ...recordHandlers({ work, context, undo }),
    ...requestHandlers({ work, context, undo }),
    ...documentHandlers({
      store,
      dialogs,
      writeFile,
      openPath: options.openPath,
      showInFolder: options.showInFolder,
      resourcesDir: options.resourcesDir,
      now,
      writtenFiles,
      timeZone: options.timeZone,
    }),
    ...dataHandlers({ store, work, context, dialogs, writeFile, now }),
    ...checkHandlers({ work, context }),
    ...closeSearchHandlers({ work, context }),
    ...spellcheckHandlers({ spellChecker: options.spellChecker ?? NO_SPELLCHECKER }),
    ...dataFolderHandlers({ folders: dataFolders({ openPath: options.openPath, showInFolder: showInFolderOr(options) }, dataDir) }),
    ...dataLocationHandlers({ location }),
  };
}

/**
 * Watches the core's data folder for other computers' changes and pushes what came in to
 * the window (`push` is Electron's send in the app, the page binding in the harness).
 */
export function watchDataFolder(core: AppCore, watch: WatchFolder, push: (command: AppCommand) => void): LiveSync {
  const start = (store: DataStore) => startLiveSync({ dir: dirname(store.path), store, watch, push });
  let current = start(core.store);
  // A moved data folder is watched from then on, with the store that writes it.
  core.storeSwitched.add((store) => {
    void current.close();
    current = start(store);
  });
  return {
    get ready() {
      return current.ready;
    },
    check: () => current.check(),
    close: () => current.close(),
  };
}

/** Without a file manager that selects a file, its folder is opened instead. */
function showInFolderOr({ showInFolder, openPath }: Pick<AppCoreOptions, 'showInFolder' | 'openPath'>): (path: string) => Promise<void> {
  return showInFolder ?? ((path) => openPath(dirname(path)));
}
