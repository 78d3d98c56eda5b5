// Backup files and imports: open and preview first, change only on confirmation.
import { readFile, stat, writeFile } from 'node:fs/promises';
import type { AppCore } from '../app-core';
import { commit } from '../commit';
import type { IpcHandlers } from '../ipc';
import {
  confirmApplicationsImport,
  confirmImport,
  openApplicationsImport,
  openBackup,
  openImport,
  PendingFiles,
  previewApplicationsImport,
  restoreBackup,
  saveBackup,
  type FileEnvironment,
} from '../services/data-files';

type Channels =
  | 'backup:save'
  | 'backup:open'
  | 'backup:restore'
  | 'import:open'
  | 'import:apply'
  | 'import:openApplications'
  | 'import:previewApplications'
  | 'import:applyApplications';

export function dataHandlers(core: AppCore): Pick<IpcHandlers, Channels> {
  const { options, store, context } = core;
  const pending = new PendingFiles(context.newId);
  const environment: FileEnvironment = {
    dialogs: options.dialogs,
    writeFile: options.writeFile ?? ((path, bytes) => writeFile(path, bytes)),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    fileSize: async (path) => (await stat(path)).size,
    now: options.now,
  };
  return {
    'backup:save': () => saveBackup(store.backupSource(), environment),
    'backup:open': () => openBackup(store.document, pending, environment),
    'backup:restore': ({ token, mode }) => {
      const next = restoreBackup(store.document, pending, token, mode);
      const safetyBackup = store.takeBackup();
      return { ...commit(core, () => ({ document: next })), safetyBackup };
    },
    'import:open': ({ source }) => openImport(store.document, source, pending, environment),
    'import:apply': (input) => {
      const result = confirmImport(store.document, pending, input, context);
      store.takeBackup();
      return commit(core, () => result);
    },
    'import:openApplications': () => openApplicationsImport(store.document, pending, environment),
    'import:previewApplications': (input) => previewApplicationsImport(store.document, pending, input),
    'import:applyApplications': (input) => {
      const result = confirmApplicationsImport(store.document, pending, input, context);
      store.takeBackup();
      return commit(core, () => result);
    },
  };
}
