// Whose file is which in a shared data folder. Each computer writes only its own snapshot
// and journal: `rekindle-data.<device id>.json` and `.journal`. The folder's first
// computer keeps the names it had before sync (`rekindle-data.json`, `.journal`; the
// journal's header names it), so a folder written before sync is already in this layout
// and opens unchanged. Sync services make conflict copies by renaming; those are found
// here and read like the file they were copied from.
import { join } from 'node:path';
import { DATA_FILE_BASE_NAME } from '../open-state';

export interface DeviceFileNames {
  snapshot: string;
  journal: string;
  /** What the file names start with: the prefix of this computer's temp files and backups. */
  base: string;
}

/** The unsuffixed pair of the folder's first computer; null for any other computer. */
export function deviceFileNames(deviceId: string | null): DeviceFileNames {
  const base = deviceId === null ? DATA_FILE_BASE_NAME : `${DATA_FILE_BASE_NAME}.${deviceId}`;
  return { snapshot: `${base}.json`, journal: `${base}.journal`, base };
}

export interface FolderFile {
  name: string;
  path: string;
  kind: 'snapshot' | 'journal';
  /** The device id in the name; null for the unsuffixed pair (its journal header names it). */
  device: string | null;
  /** A copy a sync service made when two versions met; read, folded in, then tidied away. */
  conflict: boolean;
}

const DEVICE_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Ids that are really our own other files: backups, damaged files set aside. */
const NOT_DEVICES = /^(backup-|corrupt-)/;

// Dropbox, Nextcloud, ownCloud: "name (Anna's conflicted copy 2026-12-03).journal";
// Google Drive, OneDrive, Windows: "name (1).journal"; iCloud: "name 2.journal";
// Syncthing: "name.sync-conflict-20261203-101500-ABCDEF7.journal".
const CONFLICT_MARKS = [/ \([^)]*conflict[^)]*\)/gi, / \(\d+\)/g, /\.sync-conflict-\d{8}-\d{6}(-[A-Za-z0-9]+)?/gi, / \d+(?=\.(json|journal)$)/g];

/** The name the file would have without a sync service's conflict mark. */
export function withoutConflictMark(name: string): string {
  return CONFLICT_MARKS.reduce((clean, mark) => clean.replace(mark, ''), name);
}

export function classifyFile(dir: string, name: string): FolderFile | null {
  const clean = withoutConflictMark(name);
  const kind = clean.endsWith('.journal') ? 'journal' : clean.endsWith('.json') ? 'snapshot' : null;
  if (kind === null || !clean.startsWith(`${DATA_FILE_BASE_NAME}.`)) return null;
  const stem = clean.slice(DATA_FILE_BASE_NAME.length + 1, clean.length - (kind === 'journal' ? '.journal'.length : '.json'.length));
  const conflict = clean !== name;
  if (stem === '') return { name, path: join(dir, name), kind, device: null, conflict };
  if (!DEVICE_ID.test(stem) || NOT_DEVICES.test(stem)) return null;
  return { name, path: join(dir, name), kind, device: stem, conflict };
}

/** Every snapshot and journal in the folder, conflict copies included, by name. */
export function listFolderFiles(names: readonly string[], dir: string): FolderFile[] {
  return names
    .map((name) => classifyFile(dir, name))
    .filter((file): file is FolderFile => file !== null)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
