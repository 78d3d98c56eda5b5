// Applications brought in from a spreadsheet (the user's own, Huntr, Teal): the fields a
// column can fill, the mapping the window sends back and the preview main answers with.
import { z } from 'zod';
import type { ApplicationStatus } from '../schema/application';

export const APPLICATION_IMPORT_FIELDS = ['company', 'role', 'status', 'appliedOn', 'nextInterview', 'postingUrl', 'location', 'notes'] as const;
export type ApplicationImportField = (typeof APPLICATION_IMPORT_FIELDS)[number];

/** A header is at most this wide; wider files are refused before any mapping. */
export const MAX_IMPORT_COLUMNS = 200;

const columnChoice = z.number().int().min(0).max(MAX_IMPORT_COLUMNS - 1).nullable();

/** Which column (by its position in the header) fills which field; null leaves it empty. */
export const columnMappingSchema = z.strictObject(
  Object.fromEntries(APPLICATION_IMPORT_FIELDS.map((field) => [field, columnChoice])) as Record<ApplicationImportField, typeof columnChoice>,
);
export type ColumnMapping = Record<ApplicationImportField, number | null>;

export const applicationImportInputSchema = z.strictObject({ token: z.string().min(1).max(64), mapping: columnMappingSchema });

export interface ApplicationImportRow {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  row: number;
  company: string;
  role: string;
  status: ApplicationStatus;
  /** The file's own status word, to show beside what it became. */
  statusValue: string;
  appliedOn: string | null;
  nextInterview: string | null;
  location: string;
  postingUrl: string;
  /** Dates such as 3/4/2026 that could be read day-first too; read month-first. */
  ambiguousDates: string[];
  state: 'new' | 'existing' | 'repeated';
  /** For a repeat: the earlier row it repeats. */
  repeatsRow?: number;
}

export interface ApplicationImportPreview {
  token: string;
  fileName: string;
  header: string[];
  mapping: ColumnMapping;
  rows: ApplicationImportRow[];
  newCount: number;
  existingCount: number;
  repeatedCount: number;
  /** Rows without a company or a role (by row number): not imported. */
  incomplete: number[];
  /** Status words of the file Rekindle does not know; those rows become "planned". */
  unknownStatuses: string[];
  /** Rows with a date that is not a date (by row number); the date is left empty. */
  unreadableDates: number[];
}

export interface ApplicationImportResult {
  added: number;
  existing: number;
  repeated: number;
  incomplete: number;
}
