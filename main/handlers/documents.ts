// Reference sheets, prep briefs, note prompts and spreadsheets.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toIsoDate } from '../../shared/dates';
import type { RekindleDocument } from '../../shared/schema/document';
import { defaultResourcesDir } from '../exports/fonts';
import type { Dialogs, WriteFile } from '../ports';
import { DomainError } from '../services/context';
import { isKnownTimeZone } from '../exports/calendar/time-zone';
import {
  exportCalendar,
  exportCsv,
  exportNotePrompts,
  exportPrepBrief,
  exportReferenceSheet,
  referenceSheetModel,
  type ExportEnvironment,
} from '../services/document-exports';
import type { WrittenFiles } from '../services/written-files';
import { defineHandlers } from './define';

export interface DocumentHandlerNeeds {
  store: { readonly document: RekindleDocument };
  dialogs: Dialogs;
  writeFile: WriteFile;
  openPath: (path: string) => Promise<void>;
  showInFolder?: ((path: string) => Promise<void>) | undefined;
  /** The folder holding fonts/ for PDF exports. */
  resourcesDir?: string | undefined;
  now: () => Date;
  /** What main wrote in this run: the only files the window may open or show. */
  writtenFiles: WrittenFiles;
  /** The user's IANA time zone, for calendar exports; the system's when not given. */
  timeZone?: (() => string) | undefined;
}

/** The system's zone, or UTC on a platform that names none Intl knows. */
function systemTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isKnownTimeZone(zone) ? zone : 'UTC';
}

function exportEnvironment({ dialogs, writeFile, openPath, resourcesDir, now, writtenFiles }: DocumentHandlerNeeds): ExportEnvironment {
  let printDir: string | null = null;
  return {
    dialogs,
    writeFile: async (path, bytes) => {
      await writeFile(path, bytes);
      writtenFiles.remember(path);
    },
    openPath,
    tempDir: () => (printDir ??= mkdtempSync(join(tmpdir(), 'rekindle-print-'))),
    resourcesDir: resourcesDir ?? defaultResourcesDir(),
    now,
  };
}

export function documentHandlers(needs: DocumentHandlerNeeds) {
  const { store, openPath, showInFolder, now, writtenFiles, timeZone = systemTimeZone } = needs;
  const environment = exportEnvironment(needs);
  return defineHandlers({
    'exports:sheetPreview': (input) => {
      const { header, title, asOf, entries } = referenceSheetModel(store.document, input, toIsoDate(now()));
      return { header, title, asOf, entries };
    },
    'exports:referenceSheet': (input) => exportReferenceSheet(store.document, input, environment),
    'exports:prepBrief': (input) => exportPrepBrief(store.document, input, environment),
    'exports:notePrompts': (input) => exportNotePrompts(store.document, input, environment),
    'exports:csv': (input) => exportCsv(store.document, input, environment),
    'exports:calendar': (input) => exportCalendar(store.document, input, environment, timeZone()),
    'files:open': async ({ savedTo }) => {
      await openPath(writtenFiles.check(savedTo));
      return { opened: true as const };
    },
    'files:showInFolder': async ({ savedTo }) => {
      const checked = writtenFiles.check(savedTo);
      if (!showInFolder) throw new DomainError('io_error', 'This system has no file manager to show the file in.');
      await showInFolder(checked);
      return { shown: true as const };
    },
  });
}
