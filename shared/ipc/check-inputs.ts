// The inputs of the reference-check use cases: bounded zod schemas the IPC contract parses
// with, and the services' input types inferred from them, as in request-inputs.ts.
import { z } from 'zod';
import { checkCallerSchema } from '../schema/application';
import { idSchema, isoDateSchema, mediumText, shortText } from '../schema/fields';

export const announceCheckInputSchema = z.strictObject({
  applicationId: idSchema,
  /** When the calls are expected; null when the employer did not say. */
  expectedOn: isoDateSchema.nullable(),
  caller: checkCallerSchema.strict(),
});
export type AnnounceCheckInput = z.infer<typeof announceCheckInputSchema>;

export const logEmployerCallInputSchema = z.strictObject({
  requestId: idSchema,
  on: isoDateSchema,
  caller: shortText,
  minutes: z.number().int().min(0).max(600).nullable(),
  asked: mediumText,
  told: mediumText,
});
export type LogEmployerCallInput = z.infer<typeof logEmployerCallInputSchema>;

export const recordDebriefInputSchema = z.strictObject({
  requestId: idSchema,
  callId: idSchema,
  on: isoDateSchema,
  /** What they told you about the call. */
  told: mediumText,
});
export type RecordDebriefInput = z.infer<typeof recordDebriefInputSchema>;

export const markHeadsUpSentInputSchema = z.strictObject({
  requestId: idSchema,
  on: isoDateSchema,
});
export type MarkHeadsUpSentInput = z.infer<typeof markHeadsUpSentInputSchema>;

export const confirmDetailsInputSchema = z.strictObject({
  referenceId: idSchema,
  on: isoDateSchema,
});
export type ConfirmDetailsInput = z.infer<typeof confirmDetailsInputSchema>;
