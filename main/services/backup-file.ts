// Backup files the user saves and restores by hand: one pretty-printed JSON file holding
// the whole data document, plus the preview and the two ways of restoring it.
import { LIMITS } from '../../shared/schema/fields';
import type { RekindleDocument } from '../../shared/schema/document';
import { migrateDocument } from '../store/migrations';
import { DomainError } from '../errors';
import { decodeUploadedText } from './import-upload';
import type { RecordCounts, RestoreMode, RestorePreview } from '../../shared/ipc/data-responses';

const BACKUP_FORMAT = 'rekindle-backup';

/**
 * A backup the user saves ("Save backup…"): the document with what it is and when it was
 * made. Not to be confused with the store's BackupFile, a file in the automatic backups folder.
 */
interface ExportedBackup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  document: RekindleDocument;
}

export function serializeBackup(document: RekindleDocument, now: Date): Uint8Array {
  const backup: ExportedBackup = {
    format: BACKUP_FORMAT,
    schemaVersion: document.schemaVersion,
    exportedAt: now.toISOString(),
    document,
  };
  return new TextEncoder().encode(`${JSON.stringify(backup, null, 2)}\n`);
}

/** Reads a backup, or the data file itself, upgrading older formats on the way. */
export function parseBackup(bytes: Uint8Array): RekindleDocument {
  const text = decodeUploadedText(bytes, 'backup file');
  if (text.trim() === '') throw new DomainError('unreadable_file', 'The backup file is empty.', [{ path: 'file', code: 'backup_empty' }]);

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw endsEarly(text)
      ? new DomainError('unreadable_file', 'The file ends before the backup does: it was probably cut off while being copied or saved.', [
          { path: 'file', code: 'backup_cut_off' },
        ])
      : new DomainError('unreadable_file', 'The backup file is not valid JSON.', [{ path: 'file', code: 'not_a_backup' }]);
  }

  return migrateDocument(unwrap(parsed)).document;
}

// The reasons the window words in its own language (data.problem.reason.*).
const NOT_A_BACKUP = [{ path: 'file', code: 'not_a_backup' }];

function unwrap(parsed: unknown): unknown {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new DomainError('unreadable_file', 'This file is not a Rekindle backup.', NOT_A_BACKUP);
  }
  const record = parsed as Record<string, unknown>;
  if ('format' in record) {
    if (record.format !== BACKUP_FORMAT) {
      throw new DomainError('unreadable_file', `This file is not a Rekindle backup (its format is "${String(record.format).slice(0, 60)}").`, NOT_A_BACKUP);
    }
    if (!('document' in record)) throw new DomainError('unreadable_file', 'The backup file holds no data.', [{ path: 'file', code: 'backup_empty' }]);
    return record.document;
  }
  // A bare data file: every version has either a version number or its people.
  if ('schemaVersion' in record || 'references' in record || 'people' in record) return record;
  throw new DomainError('unreadable_file', 'This file is not a Rekindle backup.', NOT_A_BACKUP);
}

/**
 * True when the JSON is cut short rather than garbled: every bracket and string opened so
 * far is well formed, but some are still open at the end.
 */
function endsEarly(text: string): boolean {
  const open: string[] = [];
  let inString = false;
  let escaped = false;
  for (const char of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{' || char === '[') open.push(char);
    else if (char === '}' || char === ']') {
      if (open.pop() !== (char === '}' ? '{' : '[')) return false;
    }
  }
  return inString || open.length > 0;
}

const COLLECTIONS = { applications: 'applications', people: 'references', requests: 'requests' } as const;
type CountKey = keyof typeof COLLECTIONS;

function countBy(measure: (key: CountKey) => number): RecordCounts {
  return { applications: measure('applications'), people: measure('people'), requests: measure('requests') };
}

export function previewRestore(current: RekindleDocument, incoming: RekindleDocument): RestorePreview {
  const overlap = (key: CountKey): number => {
    const incomingIds = new Set(incoming[COLLECTIONS[key]].map((record) => record.id));
    return current[COLLECTIONS[key]].filter((record) => incomingIds.has(record.id)).length;
  };
  const replaced = countBy(overlap);
  const added = countBy((key) => incoming[COLLECTIONS[key]].length - overlap(key));
  const onlyCurrent = countBy((key) => current[COLLECTIONS[key]].length - overlap(key));
  const none = countBy(() => 0);
  return {
    inBackup: countBy((key) => incoming[COLLECTIONS[key]].length),
    current: countBy((key) => current[COLLECTIONS[key]].length),
    replace: { replaced, added, kept: none, removed: onlyCurrent, profileReplaced: true },
    merge: { replaced, added, kept: onlyCurrent, removed: none, profileReplaced: mergeTakesProfile(incoming) },
  };
}

/**
 * Replace: the backup becomes the data. Merge: records are matched by id, the backup's
 * version wins, and records only in the app stay. The app's settings are kept in a merge
 * (they belong to this computer); its profile only gives way to a backup that has one.
 */
export function applyRestore(current: RekindleDocument, incoming: RekindleDocument, mode: RestoreMode): RekindleDocument {
  if (mode === 'replace') return structuredClone(incoming);

  const merged: RekindleDocument = {
    schemaVersion: current.schemaVersion,
    profile: structuredClone(mergeTakesProfile(incoming) ? incoming.profile : current.profile),
    settings: structuredClone(current.settings),
    applications: mergeById(current.applications, incoming.applications),
    references: mergeById(current.references, incoming.references),
    requests: mergeById(current.requests, incoming.requests),
  };
  for (const key of ['applications', 'references', 'requests'] as const) {
    if (merged[key].length > LIMITS.records) {
      throw new DomainError('conflict', `Merging would keep more than ${LIMITS.records} ${key}; restore by replacing instead.`);
    }
  }
  return merged;
}

function mergeTakesProfile(incoming: RekindleDocument): boolean {
  return incoming.profile.name.trim() !== '';
}

/** Keeps the current order, swapping in the backup's version, then appends the backup's newcomers. */
function mergeById<T extends { id: string }>(current: readonly T[], incoming: readonly T[]): T[] {
  const incomingById = new Map(incoming.map((record) => [record.id, record]));
  const currentIds = new Set(current.map((record) => record.id));
  const merged = current.map((record) => incomingById.get(record.id) ?? record);
  merged.push(...incoming.filter((record) => !currentIds.has(record.id)));
  return structuredClone(merged);
}
