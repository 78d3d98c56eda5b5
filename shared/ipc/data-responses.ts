// What the backup and import channels answer, as zod schemas (see responses.ts): the counts
// a restore previews, and the plan and outcome of bringing people in from another tool.
import { z } from 'zod';
import { postalAddressSchema } from '../schema/person';
import { changeResult } from './responses';

export const recordCountsSchema = z.strictObject({ applications: z.number().int(), people: z.number().int(), requests: z.number().int() });
export type RecordCounts = z.output<typeof recordCountsSchema>;

export const RESTORE_MODES = ['replace', 'merge'] as const;
export type RestoreMode = (typeof RESTORE_MODES)[number];

export const restoreOutcomeSchema = z.strictObject({
  /** Records in this app whose id is also in the backup: the backup's version wins. */
  replaced: recordCountsSchema,
  /** Records in the backup that this app does not have yet. */
  added: recordCountsSchema,
  /** Records only in this app that stay. */
  kept: recordCountsSchema,
  /** Records only in this app that are gone afterwards. */
  removed: recordCountsSchema,
  /** Whether the backup's profile (name, contact details) takes the place of the current one. */
  profileReplaced: z.boolean(),
});
export type RestoreOutcome = z.output<typeof restoreOutcomeSchema>;

export const restorePreviewSchema = z.strictObject({
  inBackup: recordCountsSchema,
  current: recordCountsSchema,
  replace: restoreOutcomeSchema,
  merge: restoreOutcomeSchema,
});
export type RestorePreview = z.output<typeof restorePreviewSchema>;

export const backupPreviewSchema = z.strictObject({ token: z.string(), fileName: z.string(), preview: restorePreviewSchema });
export type BackupPreview = z.output<typeof backupPreviewSchema>;

export const restoredSchema = changeResult({ safetyBackup: z.string().nullable() });

/** The tools people are brought in from: LinkedIn's export, vCards, a contacts spreadsheet. */
export const IMPORT_SOURCES = ['linkedin', 'vcard', 'contacts_csv'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

export const importDuplicateReasonSchema = z.enum(['same_linkedin', 'same_email', 'same_name_and_organisation']);
export type ImportDuplicateReason = z.output<typeof importDuplicateReasonSchema>;

/** One person as a file described them. */
export const importedPersonSchema = z.strictObject({
  name: z.string(),
  email: z.string(),
  organisation: z.string(),
  currentTitle: z.string(),
  linkedin: z.string(),
  phone: z.string(),
  /** An ISO date (LinkedIn's "Connected On"); null when the file does not say. */
  connectedOn: z.string().nullable(),
  source: z.enum(['linkedin', 'vcard', 'google', 'outlook']),
  /** What the file says about the person (a vCard's NOTE, an address book's notes). */
  notes: z.string().optional(),
  postalAddress: postalAddressSchema.optional(),
});
export type ImportedPerson = z.output<typeof importedPersonSchema>;

/** Who a duplicate repeats: someone already in Rekindle, or an earlier row of the file. */
export const duplicateOfSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('existing'), referenceId: z.string(), name: z.string() }),
  z.strictObject({ kind: z.literal('in_file'), index: z.number().int(), name: z.string() }),
]);
export type DuplicateOf = z.output<typeof duplicateOfSchema>;

export const importPlanEntrySchema = z.discriminatedUnion('status', [
  z.strictObject({ index: z.number().int(), person: importedPersonSchema, status: z.literal('new') }),
  z.strictObject({
    index: z.number().int(),
    person: importedPersonSchema,
    status: z.literal('duplicate'),
    reason: importDuplicateReasonSchema,
    duplicateOf: duplicateOfSchema,
  }),
]);
export type ImportPlanEntry = z.output<typeof importPlanEntrySchema>;

export const importPlanSchema = z.strictObject({
  entries: z.array(importPlanEntrySchema),
  newCount: z.number().int(),
  /** existingCount + repeatedCount. */
  duplicateCount: z.number().int(),
  existingCount: z.number().int(),
  repeatedCount: z.number().int(),
  /** Rows (as a spreadsheet numbers them) or cards (from 1) that name nobody. */
  unnamed: z.array(z.number().int()),
  /** Fields of the file that Rekindle does not keep, by the file's own names ("BDAY", "Birthday"). */
  notImported: z.array(z.string()),
});
export type ImportPlan = z.output<typeof importPlanSchema>;

export const importPreviewSchema = z.strictObject({ token: z.string(), fileName: z.string(), plan: importPlanSchema });
export type ImportPreview = z.output<typeof importPreviewSchema>;

/** Everyone in the file who was not added, by why; with `added` they make up the file. */
export const importNotAddedSchema = z.strictObject({
  /** Already in Rekindle (including a selected row that matched someone just added). */
  existing: z.number().int(),
  /** Repeats of an earlier row of the same file that were not added. */
  repeated: z.number().int(),
  /** Rows or cards without a name. */
  unnamed: z.number().int(),
  /** New people the user unticked. */
  unticked: z.number().int(),
  /** Rows whose values the data file would not accept. */
  invalid: z.number().int(),
});
export type ImportNotAdded = z.output<typeof importNotAddedSchema>;

export const skipReasonSchema = z.union([importDuplicateReasonSchema, z.literal('invalid')]);
export type SkipReason = z.output<typeof skipReasonSchema>;

export const importAppliedSchema = changeResult({
  added: z.number().int(),
  skipped: z.array(z.strictObject({ name: z.string(), reason: skipReasonSchema })),
  notAdded: importNotAddedSchema,
});
export type ImportApplied = z.output<typeof importAppliedSchema>;
