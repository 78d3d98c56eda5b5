// What main answers about the data folder: where it is, and what a move or a switch did.
// The window never names a folder: main asks the user in a native dialog and remembers.
import { z } from 'zod';

export const dataLocationSchema = z.strictObject({
  /** The folder the data is read from and saved to now. */
  folder: z.string(),
  /** The app's own folder on this computer, where the data is unless the user moved it. */
  appFolder: z.string(),
  /** The copy a move left behind, until the user removes it; null when there is none. */
  previousFolder: z.string().nullable(),
  /** True while the chosen folder cannot be found and nothing is saved. */
  missing: z.boolean(),
});
export type DataLocation = z.output<typeof dataLocationSchema>;

/** A choice the user may cancel in the folder dialog: `done` is false then, and nothing changed. */
export const folderChoiceSchema = z.strictObject({ done: z.boolean(), location: dataLocationSchema });
export type FolderChoice = z.output<typeof folderChoiceSchema>;

/** Removing the old copy: the files that could not be removed stay and are counted. */
export const oldCopyRemovedSchema = z.strictObject({ left: z.number().int().min(0), location: dataLocationSchema });
