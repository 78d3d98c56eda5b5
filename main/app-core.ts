// Everything main does for the window, without Electron: the data store, the use cases
// and the IPC handlers, with the outside world (clock, dialogs, shell) injected. index.ts
// wires it to Electron; the end-to-end harness wires the same core to Chromium. It is the
// one place that assembles them: each handler group is handed only what it uses.
import type { Language } from '../shared/schema/fields';
import type { RekindleDocument } from '../shared/schema/document';
import { appHandlers } from './handlers/app';
import { checkHandlers } from './handlers/checks';
import { closeSearchHandlers } from './handlers/close-search';
import { dataHandlers } from './handlers/data';
import { documentHandlers } from './handlers/documents';
import { recordHandlers } from './handlers/records';
import { requestHandlers } from './handlers/requests';
import type { IpcHandlers } from './ipc';
import type { Dialogs, WriteFile } from './ports';
import { createServiceContext, type ServiceContext } from './services/context';
import { UndoShelf } from './services/undo';
import { WrittenFiles } from './services/written-files';
import { DataStore } from './store/data-store';
import { writeFileVerified } from './store/durable';
import type { StoreEngineFactory } from './store/engine';
import type { FileSystem } from './store/file-system';
import { unitOfWork } from './store/unit-of-work';

// The ports live in ports.ts; re-exported for the modules that still import them from here.
export type { Dialogs, FileFilter } from './ports';

export interface AppCoreOptions {
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
  /** The folder holding fonts/ for PDF exports. */
  resourcesDir?: string;
  /** The user's IANA time zone for calendar exports; the system's when not given. */
  timeZone?: () => string;
  /** Called after every saved change, e.g. to relabel the menu or retitle the window. */
  onDocumentChanged?: (document: RekindleDocument) => void;
  /** Told when backups start failing and when they work again, to tell an open window. */
  onBackupHealth?: (failing: boolean) => void;
}

export interface AppCore {
  store: DataStore;
  context: ServiceContext;
  /** The options as given, with exports and saved backups written through a verified write. */
  options: AppCoreOptions & { writeFile: WriteFile };
  undo: UndoShelf;
  /** What main wrote in this run: the only files the window may open or show. */
  writtenFiles: WrittenFiles;
  handlers: IpcHandlers;
}

export function openAppCore(given: AppCoreOptions): AppCore {
  // Exports and saved backups go through a write that checks every byte landed.
  const options = { ...given, writeFile: given.writeFile ?? writeFileVerified };
  const store = DataStore.open({
    dir: options.dataDir,
    engine: options.engine,
    now: options.now,
    ...(options.fs ? { fs: options.fs } : {}),
    ...(options.onBackupHealth ? { onBackupHealth: options.onBackupHealth } : {}),
  });
  const work = unitOfWork(store, options.onDocumentChanged);
  const context = createServiceContext(options.now);
  const undo = new UndoShelf(context.newId);
  const writtenFiles = new WrittenFiles();
  const { dialogs, writeFile, now } = options;
  // Each group gets only what it uses; the type below checks that every channel is answered.
  const handlers: IpcHandlers = {
    ...appHandlers({ store, work, systemLanguage: options.systemLanguage, openExternal: options.openExternal }),
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
  };
  return { store, context, options, undo, writtenFiles, handlers };
}
