// What main answers, as zod schemas: the contract pairs each channel with one of these, and
// every response type is inferred from them, so an answer is declared exactly once. main
// does not parse its own answers at run time (a heavy user's document is megabytes); the
// handlers are held to these types at compile time, and tests parse real answers with them.
import { z } from 'zod';
import type { DocumentPatch } from '../patch';
import { documentSchema } from '../schema/document';
import { languageSchema } from '../schema/fields';

/** The patch is built by shared/patch.ts; here it is only named, not re-described. */
const patchSchema = z.custom<DocumentPatch>((value) => typeof value === 'object' && value !== null);

/** Every change answers with what it changed; the renderer applies it to its copy. */
export const documentResultSchema = z.strictObject({ patch: patchSchema });
export type DocumentResult = z.output<typeof documentResultSchema>;

/** A change's answer: the patch and whatever else the change tells the window. */
export function changeResult<Shape extends z.ZodRawShape>(shape: Shape) {
  return documentResultSchema.extend(shape);
}

export const savedRecordSchema = changeResult({ id: z.string() });
export type SavedRecord = z.output<typeof savedRecordSchema>;

/** A delete answers with a token for Undo and what went with the record. */
export const deletedRecordSchema = changeResult({ undoToken: z.string(), removedRequests: z.number().int() });
export type DeletedRecord = z.output<typeof deletedRecordSchema>;

/** Why the window shows a notice at start-up (recovery, newer file); null when all is well. */
export const startupNoticeSchema = z.discriminatedUnion('kind', [
  /** `backupTakenAt` is an ISO 8601 moment; `replayed` counts the journal's later changes applied over it. */
  z.strictObject({
    kind: z.literal('recovered_from_backup'),
    corruptFile: z.string(),
    backupFile: z.string(),
    backupTakenAt: z.string(),
    replayed: z.number().int(),
  }),
  z.strictObject({ kind: z.literal('started_empty'), corruptFile: z.string(), replayed: z.number().int() }),
  /** The launch backup could not be written (the data itself is saved); retried later. */
  z.strictObject({ kind: z.literal('backup_failed') }),
  z.strictObject({ kind: z.literal('newer_version'), dataFile: z.string(), foundVersion: z.number().int() }),
  z.strictObject({ kind: z.literal('unwritable'), dataFile: z.string() }),
  /** The data folder the user chose is not there (a drive not connected, a sync not finished): nothing is saved. */
  z.strictObject({ kind: z.literal('data_folder_missing'), folder: z.string() }),
]);
export type StartupNotice = z.output<typeof startupNoticeSchema>;

export const appSnapshotSchema = z.strictObject({
  document: documentSchema,
  notice: startupNoticeSchema.nullable(),
  /** True when the data file must not be written (it is from a newer version). */
  readOnly: z.boolean(),
  systemLanguage: languageSchema,
  dataFile: z.string(),
});
export type AppSnapshot = z.output<typeof appSnapshotSchema>;

/** What a reference sheet will say, for the preview (the exported files say the same). */
export const sheetPreviewSchema = z.strictObject({
  header: z.strictObject({ name: z.string(), contact: z.array(z.string()) }),
  title: z.string(),
  /** "As of 28 November 2026" when asked for; empty otherwise. */
  asOf: z.string(),
  entries: z.array(
    z.strictObject({
      name: z.string(),
      currentTitle: z.string(),
      organisation: z.string(),
      phone: z.string(),
      email: z.string(),
      relationship: z.string(),
    }),
  ),
});
export type SheetPreview = z.output<typeof sheetPreviewSchema>;

export const savedFileSchema = z.strictObject({
  /** Where the file was written; null when the user cancelled the dialog. */
  savedTo: z.string().nullable(),
});
export type SavedFile = z.output<typeof savedFileSchema>;
