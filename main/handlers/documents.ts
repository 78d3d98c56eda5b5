// Reference sheets, prep briefs, note prompts and spreadsheets.
import { mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toIsoDate } from '../../shared/dates';
import type { AppCore } from '../app-core';
import { defaultResourcesDir } from '../exports';
import type { IpcHandlers } from '../ipc';
import {
  exportCsv,
  exportNotePrompts,
  exportPrepBrief,
  exportReferenceSheet,
  referenceSheetModel,
  type ExportEnvironment,
} from '../services/document-exports';

type Channels = 'exports:sheetPreview' | 'exports:referenceSheet' | 'exports:prepBrief' | 'exports:notePrompts' | 'exports:csv';

export function exportEnvironment(core: AppCore): ExportEnvironment {
  const { options } = core;
  let printDir: string | null = null;
  return {
    dialogs: options.dialogs,
    writeFile: options.writeFile ?? ((path, bytes) => writeFile(path, bytes)),
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
  };
}
