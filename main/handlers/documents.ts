// Reference sheets, prep briefs, note prompts and spreadsheets.
import { mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toIsoDate } from '../../shared/dates';
import type { AppCore } from '../app-core';
import { defaultResourcesDir } from '../exports';
import type { IpcHandlers } from '../ipc';
import { DomainError } from '../services/context';
import {
  exportCsv,
  exportNotePrompts,
  exportPrepBrief,
  exportReferenceSheet,
  referenceSheetModel,
  type ExportEnvironment,
} from '../services/document-exports';

type Channels =
  | 'exports:sheetPreview'
  | 'exports:referenceSheet'
  | 'exports:prepBrief'
  | 'exports:notePrompts'
  | 'exports:csv'
  | 'files:open'
  | 'files:showInFolder';

export function exportEnvironment(core: AppCore): ExportEnvironment {
  const { options } = core;
  let printDir: string | null = null;
  const write = options.writeFile ?? ((path: string, bytes: Uint8Array) => writeFile(path, bytes));
  return {
    dialogs: options.dialogs,
    writeFile: async (path, bytes) => {
      await write(path, bytes);
      core.writtenFiles.remember(path);
    },
    openPath: options.openPath,
    tempDir: () => (printDir ??= mkdtempSync(join(tmpdir(), 'rekindle-print-'))),
    resourcesDir: options.resourcesDir ?? defaultResourcesDir(),
    now: options.now,
  };
}

export function documentHandlers(core: AppCore): Pick<IpcHandlers, Channels> {
  const environment = exportEnvironment(core);
  const document = () => core.store.document;
  return {
    'exports:sheetPreview': (input) => {
      const { header, title, asOf, entries } = referenceSheetModel(document(), input, toIsoDate(core.options.now()));
      return { header, title, asOf, entries };
    },
    'exports:referenceSheet': (input) => exportReferenceSheet(document(), input, environment),
    'exports:prepBrief': (input) => exportPrepBrief(document(), input, environment),
    'exports:notePrompts': (input) => exportNotePrompts(document(), input, environment),
    'exports:csv': (input) => exportCsv(document(), input, environment),
    'files:open': async ({ savedTo }) => {
      await core.options.openPath(core.writtenFiles.check(savedTo));
      return { opened: true };
    },
    'files:showInFolder': async ({ savedTo }) => {
      const checked = core.writtenFiles.check(savedTo);
      if (!core.options.showInFolder) throw new DomainError('io_error', 'This system has no file manager to show the file in.');
      await core.options.showInFolder(checked);
      return { shown: true };
    },
  };
}
