// Where the data lives: a small pointer in the app's own folder, read at launch. Without a
// pointer (every installation until the user moves the data) the data is in the app's
// folder, as it always was. Writing the pointer is the moment a move takes effect.
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from './durable';
import { holdsRekindleData, LOCATION_FILE, type FolderFileSystem } from './folder-files';

const pointerSchema = z.object({
  format: z.literal(1),
  dataDir: z.string().min(1).max(4_096),
  /** The folder a move left behind, until the user removes that copy. */
  previousDir: z.string().min(1).max(4_096).nullable(),
  /** The files the move copied from it: removing the old copy removes these and nothing else. */
  previousFiles: z.array(z.string().min(1).max(1_024)).max(10_000).default([]),
});
export type DataPointer = z.output<typeof pointerSchema>;

export type DataPlace =
  /** The data folder to open, and the copy a move left behind (null when there is none). */
  | { kind: 'found'; dir: string; previousDir: string | null; previousFiles: string[] }
  /** The chosen folder is gone or holds no data (a drive not plugged in, a sync not done). */
  | { kind: 'missing'; dir: string; previousDir: string | null; previousFiles: string[] };

function readPointer(fs: FolderFileSystem, appDir: string): DataPointer | null {
  try {
    const parsed = pointerSchema.safeParse(JSON.parse(fs.readFileSync(join(appDir, LOCATION_FILE)).toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The data folder this launch opens. No pointer, or one that cannot be read, means the
 * app's own folder: that is where the data was before any move, and the pointer is only
 * ever replaced whole, so a damaged one was not written by Rekindle.
 *
 * A pointer to a folder that is gone is never quietly replaced by another folder. Opening
 * the app's own folder instead would show an older copy (or nothing) as if it were the
 * data, and every change made there would be missing from the real folder once the drive
 * or the sync is back; creating the folder afresh would put an empty Rekindle where the
 * real one should appear. So it is reported as missing, nothing is written anywhere, and
 * the user decides: look again once the folder is back, or use the app's own folder.
 */
export function readDataPlace(fs: FolderFileSystem, appDir: string): DataPlace {
  const pointer = readPointer(fs, appDir);
  const previous = { previousDir: pointer?.previousDir ?? null, previousFiles: pointer?.previousFiles ?? [] };
  if (pointer === null || pointer.dataDir === appDir) return { kind: 'found', dir: appDir, ...previous };
  return { kind: holdsRekindleData(fs, pointer.dataDir) ? 'found' : 'missing', dir: pointer.dataDir, ...previous };
}

/** Replaces the pointer whole, flushed to the disk: after this, the next launch opens `dataDir`. */
export function writeDataPointer(fs: FolderFileSystem, appDir: string, pointer: Omit<DataPointer, 'format' | 'previousFiles'> & { previousFiles?: string[] }): void {
  fs.mkdirSync(appDir, { recursive: true, mode: 0o700 });
  const bytes = Buffer.from(`${JSON.stringify({ format: 1, ...pointer, previousFiles: pointer.previousFiles ?? [] } satisfies DataPointer, null, 2)}\n`, 'utf8');
  writeFileDurably(fs, join(appDir, LOCATION_FILE), bytes);
}
