// Backup files and imports: open and preview first, change only on confirmation.
import { readFile, stat } from 'node:fs/promises';
import type { Dialogs, WriteFile } from '../ports';
import type { ServiceContext } from '../services/context';
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
import type { DataStore } from '../store/data-store';
import type { UnitOfWork } from '../store/unit-of-work';
import { defineHandlers } from './define';

export interface DataHandlerNeeds {
  store: Pick<DataStore, 'document' | 'backupSource' | 'takeBackup'>;
  work: UnitOfWork;
  context: ServiceContext;
  dialogs: Dialogs;
  writeFile: WriteFile;
  now: () => Date;
}

export function dataHandlers({ store, work, context, dialogs, writeFile, now }: DataHandlerNeeds) {
  const pending = new PendingFiles(context.newId);
  const environment: FileEnvironment = {
    dialogs,
    writeFile,
    readFile: async (path) => new Uint8Array(await readFile(path)),
    fileSize: async (path) => (await stat(path)).size,
    now,
  };
  return defineHandlers({
    'backup:save': () => saveBackup(store.backupSource(), environment),
    'backup:open': () => openBackup(store.document, pending, environment),
    'backup:restore': ({ token, mode }) => {
      const next = restoreBackup(store.document, pending, token, mode);
      const safetyBackup = store.takeBackup();
      return { ...work.commit(() => ({ document: next })), safetyBackup };
    },
    'import:open': ({ source }) => openImport(store.document, source, pending, environment),
    'import:apply': (input) => {
      const result = confirmImport(store.document, pending, input, context);
      store.takeBackup();
      return work.commit(() => result);
    },
    'import:openApplications': () => openApplicationsImport(store.document, pending, environment),
    'import:previewApplications': (input) => previewApplicationsImport(store.document, pending, input),
    'import:applyApplications': (input) => {
      const result = confirmApplicationsImport(store.document, pending, input, context);
      store.takeBackup();
      return work.commit(() => result);
    },
  });
}
