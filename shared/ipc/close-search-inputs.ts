// The input of closing the search, as in check-inputs.ts: a plain type for the service and
// a bounded zod schema the IPC contract parses with.
import { z } from 'zod';
import type { IsoDate } from '../dates';
import { idSchema, isoDateSchema, LIMITS } from '../schema/fields';

export interface CloseSearchInput {
  /** The application whose offer the user accepted. */
  applicationId: string;
  on: IsoDate;
  /** People who helped but whose cards should end without a thank-you task. */
  skipThanks: string[];
}
export const closeSearchInputSchema = z.strictObject({
  applicationId: idSchema,
  on: isoDateSchema,
  skipThanks: z.array(idSchema).max(LIMITS.listItems),
}) satisfies z.ZodType<CloseSearchInput>;
