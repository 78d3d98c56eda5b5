// The data file's shape, shared by main (which owns the data) and the renderer (forms):
// the records of every kind, under one schema version.
import { z } from 'zod';
import { LIMITS } from './fields';
import { profileSchema, settingsSchema } from './settings';
import { applicationSchema } from './application';
import { referenceSchema } from './person';
import { requestSchema } from './request';
import { CURRENT_SCHEMA_VERSION } from './constants';
import { emptyDocument as emptyRecords } from './empty-document';

export { CURRENT_SCHEMA_VERSION };

export const documentSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  profile: profileSchema,
  settings: settingsSchema,
  applications: z.array(applicationSchema).max(LIMITS.records),
  references: z.array(referenceSchema).max(LIMITS.records),
  requests: z.array(requestSchema).max(LIMITS.records),
});
export type RekindleDocument = z.infer<typeof documentSchema>;

/** The document a first launch starts from. */
export const emptyDocument: () => RekindleDocument = emptyRecords;
