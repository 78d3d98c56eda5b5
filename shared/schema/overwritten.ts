// A value that another computer's later change replaced while the two were apart: kept on
// the record so nothing is lost silently, and shown as "changed on your other computer".
import { z } from 'zod';
import { shortText, timestampSchema } from './fields';

/** How many replaced values a record keeps: the newest ones. */
export const OVERWRITTEN_KEPT = 20;

export const overwrittenSchema = z
  .array(
    z.object({
      /** The record's field that was replaced ("notes", "email"). */
      field: z.string().max(64),
      /** What it held before the other computer's change won. */
      value: z.json(),
      /** The name of the computer the replaced value was made on. */
      device: shortText,
      /** When the replaced value was saved. */
      at: timestampSchema,
    }),
  )
  .max(OVERWRITTEN_KEPT);
export type Overwritten = z.infer<typeof overwrittenSchema>;
