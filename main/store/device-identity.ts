// This installation's id, kept in the app's own folder (never in the data folder, which other
// computers may share): it decides which journal in a shared folder is this computer's.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { writeFileDurably } from './durable';
import { nodeFileSystem, type FileSystem } from './file-system';
import { dataPaths } from './open-folder';
import { readJournalSafely } from './open-state';

export const DEVICE_FILE = 'rekindle-device.json';

const ID_PATTERN = /^[A-Za-z0-9-]{8,64}$/;

function readId(fs: FileSystem, path: string): string | null {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(path).toString('utf8'));
    const id = (parsed as { id?: unknown } | null)?.id;
    return typeof id === 'string' && ID_PATTERN.test(id) ? id : null;
  } catch {
    return null;
  }
}

/**
 * The id this installation writes under. The first time, an installation that already kept
 * its data in its own folder takes the id that folder's journal names, so its files stay its
 * own and nothing is renamed; otherwise a new id. A damaged file gets a new id too: the old
 * journal is then read as another computer's and merged, so nothing is lost either way.
 */
export function deviceIdentity(appDir: string, fs: FileSystem = nodeFileSystem): string {
  const path = join(appDir, DEVICE_FILE);
  const kept = readId(fs, path);
  if (kept !== null) return kept;
  const founder = readJournalSafely(fs, dataPaths(appDir).journal)?.header?.deviceId;
  const id = founder !== undefined && ID_PATTERN.test(founder) ? founder : randomUUID();
  try {
    writeFileDurably(fs, path, Buffer.from(`${JSON.stringify({ id })}\n`));
  } catch {
    // A folder that cannot be written: the store opens read-only anyway, and the same id is
    // found again from the journal next time.
  }
  return id;
}
