// Applications brought in from a spreadsheet (the user's own, Huntr, Teal): the fields a
// column can fill, the mapping the window sends back and the preview main answers with.
import { z } from 'zod';
import { APPLICATION_STATUSES } from '../schema/application';

export const APPLICATION_IMPORT_FIELDS = ['company', 'role', 'status', 'appliedOn', 'nextInterview', 'postingUrl', 'location', 'notes'] as const;
export type ApplicationImportField = (typeof APPLICATION_IMPORT_FIELDS)[number];

/** A header is at most this wide; wider files are refused before any mapping. */
export const MAX_IMPORT_COLUMNS = 200;

const columnChoice = z.number().int().min(0).max(MAX_IMPORT_COLUMNS - 1).nullable();

/** Which column (by its position in the header) fills which field; null leaves it empty. */
export const columnMappingSchema = z.strictObject(
  Object.fromEntries(APPLICATION_IMPORT_FIELDS.map((field) => [field, columnChoice])) as Record<ApplicationImportField, typeof columnChoice>,
);
export type ColumnMapping = z.output<typeof columnMappingSchema>;

export const applicationImportInputSchema = z.strictObject({ token: z.string().min(1).max(64), mapping: columnMappingSchema });

export const applicationImportRowSchema = z.strictObject({
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  row: z.number().int(),
  company: z.string(),
  role: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  /** The file's own status word, to show beside what it became. */
  statusValue: z.string(),
  appliedOn: z.string().nullable(),
  nextInterview: z.string().nullable(),
  location: z.string(),
  postingUrl: z.string(),
  /** Dates such as 3/4/2026 that could be read day-first too; read month-first. */
  ambiguousDates: z.array(z.string()),
  state: z.enum(['new', 'existing', 'repeated']),
  /** For a repeat: the earlier row it repeats. */
  repeatsRow: z.number().int().optional(),
});
export type ApplicationImportRow = z.output<typeof applicationImportRowSchema>;

export const applicationImportPreviewSchema = z.strictObject({
  token: z.string(),
  fileName: z.string(),
  header: z.array(z.string()),
  mapping: columnMappingSchema,
  rows: z.array(applicationImportRowSchema),
  newCount: z.number().int(),
  existingCount: z.number().int(),
  repeatedCount: z.number().int(),
  /** Rows without a company or a role (by row number): not imported. */
  incomplete: z.array(z.number().int()),
  /** Status words of the file Rekindle does not know; those rows become "planned". */
  unknownStatuses: z.array(z.string()),
  /** Rows with a date that is not a date (by row number); the date is left empty. */
  unreadableDates: z.array(z.number().int()),
});
export type ApplicationImportPreview = z.output<typeof applicationImportPreviewSchema>;

export const applicationImportResultSchema = z.strictObject({
  added: z.number().int(),
  existing: z.number().int(),
  repeated: z.number().int(),
  incomplete: z.number().int(),
});
export type ApplicationImportResult = z.output<typeof applicationImportResultSchema>;
