// The input of closing the search: a bounded zod schema the IPC contract parses with, and
// the service's input type inferred from it.
import { z } from 'zod';
import { idSchema, isoDateSchema, LIMITS } from '../schema/fields';

export const closeSearchInputSchema = z.strictObject({
  /** The application whose offer the user accepted. */
  applicationId: idSchema,
  on: isoDateSchema,
  /** People who helped but whose cards should end without a thank-you task. */
  skipThanks: z.array(idSchema).max(LIMITS.listItems),
});
export type CloseSearchInput = z.infer<typeof closeSearchInputSchema>;
