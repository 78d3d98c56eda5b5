// Backups the user saves and restores, and people imported from LinkedIn or vCards. A file
// the user opens is parsed and previewed first; nothing changes until they confirm, and a
// restore or import always takes an automatic backup before it writes.
import { toIsoDate } from '../../shared/dates';
import type { ApplicationImportPreview, ColumnMapping } from '../../shared/ipc/application-import';
import type { BackupPreview, ImportPreview, ImportSource, RestoreMode } from '../../shared/ipc/data-responses';
import type { SavedFile } from '../../shared/ipc/responses';
import type { RekindleDocument } from '../../shared/schema/document';
import type { Dialogs } from '../ports';
import { safeFileName } from '../exports/file-name';
import { applyRestore, parseBackup, previewRestore, serializeBackup } from './backup-file';
import { DomainError, fileCauseOf, writeFailure } from '../errors';
import type { ServiceContext } from './context';
import { parseContactsCsv } from './import-contacts-csv';
import { parseLinkedInConnections } from './import-linkedin';
import { applyImport, planImport, type PeopleFile } from './import-people';
import { applyApplications, previewApplications, readApplicationsTable, type ApplicationsTable } from './import-applications';
import { proposeMapping } from './application-columns';
import { MAX_UPLOAD_BYTES } from './import-upload';
import { parseVCards } from './import-vcard';

export interface FileEnvironment {
  dialogs: Dialogs;
  writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
  readFile: (path: string) => Promise<Uint8Array>;
  fileSize: (path: string) => Promise<number>;
  now: () => Date;
}

const IMPORT_FILTERS: Record<ImportSource, { name: string; extensions: string[] }[]> = {
  linkedin: [{ name: 'LinkedIn Connections.csv', extensions: ['csv'] }],
  vcard: [{ name: 'vCard', extensions: ['vcf', 'vcard'] }],
  contacts_csv: [{ name: 'Google Contacts, Outlook (CSV)', extensions: ['csv'] }],
};

const PARSERS: Record<ImportSource, (bytes: Uint8Array) => PeopleFile> = {
  linkedin: parseLinkedInConnections,
  vcard: parseVCards,
  contacts_csv: parseContactsCsv,
};

interface PendingRestore {
  kind: 'restore';
  document: RekindleDocument;
}

interface PendingImport {
  kind: 'import';
  file: PeopleFile;
}

/** An applications file stays open while the user tries mappings, until it is imported. */
interface PendingApplications {
  kind: 'applications';
  fileName: string;
  table: ApplicationsTable;
}

type Pending = PendingRestore | PendingImport | PendingApplications;

/** Files opened and parsed, waiting for the user's confirmation, by token. */
export class PendingFiles {
  private readonly entries = new Map<string, Pending>();

  constructor(private readonly newToken: () => string) {}

  put(entry: Pending): string {
    const token = this.newToken();
    this.entries.clear(); // only the file the user is looking at now can be confirmed
    this.entries.set(token, entry);
    return token;
  }

  take<K extends Pending['kind']>(token: string, kind: K): Extract<Pending, { kind: K }> {
    const entry = this.peek(token, kind);
    this.entries.delete(token);
    return entry;
  }

  /** The open file, left open (a new mapping previews the same file again). */
  peek<K extends Pending['kind']>(token: string, kind: K): Extract<Pending, { kind: K }> {
    const entry = this.entries.get(token);
    if (!entry || entry.kind !== kind) {
      throw new DomainError('not_found', 'That file is no longer open; please choose it again.');
    }
    return entry as Extract<Pending, { kind: K }>;
  }
}

async function readChosenFile(path: string, environment: FileEnvironment): Promise<Uint8Array> {
  // The file may vanish, be locked or be unreadable between the dialog and the read.
  const explained = async <T>(step: () => Promise<T>): Promise<T> => {
    try {
      return await step();
    } catch (error) {
      const cause = fileCauseOf(error, path, 'read');
      throw new DomainError('io_error', `The file could not be read: ${error instanceof Error ? error.message : String(error)}`, cause ? [cause] : []);
    }
  };
  const size = await explained(() => environment.fileSize(path));
  if (size > MAX_UPLOAD_BYTES) {
    throw new DomainError('file_too_large', `The file is ${(size / 1024 / 1024).toFixed(1)} MB; Rekindle opens files up to 20 MB.`);
  }
  return explained(() => environment.readFile(path));
}

function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * Saves the document as a backup file. `source` may instead be the data file's own bytes:
 * a folder Rekindle may not write (a newer version's file) is saved as it is on disk.
 */
export async function saveBackup(source: RekindleDocument | Uint8Array, environment: FileEnvironment): Promise<SavedFile> {
  const now = environment.now();
  const path = await environment.dialogs.save({
    title: 'Rekindle',
    defaultName: safeFileName(['Rekindle backup', toIsoDate(now)], 'json'),
    filters: [{ name: 'Rekindle backup', extensions: ['json'] }],
  });
  if (path === null) return { savedTo: null };
  const bytes = source instanceof Uint8Array ? source : serializeBackup(source, now);
  try {
    await environment.writeFile(path, bytes);
  } catch (error) {
    const cause = fileCauseOf(error, path, 'write');
    if (cause) throw new DomainError('io_error', `The backup file could not be written to ${cause.path}.`, [cause]);
    throw writeFailure(error, 'the backup file');
  }
  return { savedTo: path };
}

export async function openBackup(
  current: RekindleDocument,
  pending: PendingFiles,
  environment: FileEnvironment,
): Promise<BackupPreview | null> {
  const path = await environment.dialogs.open({ title: 'Rekindle', filters: [{ name: 'Rekindle backup', extensions: ['json'] }] });
  if (path === null) return null;
  const document = parseBackup(await readChosenFile(path, environment));
  return { token: pending.put({ kind: 'restore', document }), fileName: fileNameOf(path), preview: previewRestore(current, document) };
}

export function restoreBackup(current: RekindleDocument, pending: PendingFiles, token: string, mode: RestoreMode): RekindleDocument {
  return applyRestore(current, pending.take(token, 'restore').document, mode);
}

export async function openImport(
  current: RekindleDocument,
  source: ImportSource,
  pending: PendingFiles,
  environment: FileEnvironment,
): Promise<ImportPreview | null> {
  const path = await environment.dialogs.open({ title: 'Rekindle', filters: IMPORT_FILTERS[source] });
  if (path === null) return null;
  const bytes = await readChosenFile(path, environment);
  const file = PARSERS[source](bytes);
  return { token: pending.put({ kind: 'import', file }), fileName: fileNameOf(path), plan: planImport(current, file) };
}

export function confirmImport(
  current: RekindleDocument,
  pending: PendingFiles,
  input: { token: string; indexes: number[] },
  context: ServiceContext,
) {
  return applyImport(current, pending.take(input.token, 'import').file, input.indexes, context);
}

export async function openApplicationsImport(
  current: RekindleDocument,
  pending: PendingFiles,
  environment: FileEnvironment,
): Promise<ApplicationImportPreview | null> {
  const path = await environment.dialogs.open({ title: 'Rekindle', filters: [{ name: 'Applications (CSV)', extensions: ['csv'] }] });
  if (path === null) return null;
  const table = readApplicationsTable(await readChosenFile(path, environment));
  const fileName = fileNameOf(path);
  const token = pending.put({ kind: 'applications', fileName, table });
  return { token, fileName, ...previewApplications(current, table, proposeMapping(table.header)) };
}

export function previewApplicationsImport(
  current: RekindleDocument,
  pending: PendingFiles,
  input: { token: string; mapping: ColumnMapping },
): ApplicationImportPreview {
  const { fileName, table } = pending.peek(input.token, 'applications');
  return { token: input.token, fileName, ...previewApplications(current, table, input.mapping) };
}

export function confirmApplicationsImport(
  current: RekindleDocument,
  pending: PendingFiles,
  input: { token: string; mapping: ColumnMapping },
  context: ServiceContext,
) {
  const result = applyApplications(current, pending.peek(input.token, 'applications').table, input.mapping, context);
  // Only once it worked: a refused mapping leaves the file open to try again.
  pending.take(input.token, 'applications');
  return result;
}
