// The inputs of the reference-check use cases: plain types for the services and bounded
// zod schemas the IPC contract parses with, as in request-inputs.ts.
import { z } from 'zod';
import type { IsoDate } from '../dates';
import { idSchema, isoDateSchema, mediumText, shortText } from '../schema/fields';
import { checkCallerSchema, type CheckCaller } from '../schema/application';

export interface AnnounceCheckInput {
  applicationId: string;
  /** When the calls are expected; null when the employer did not say. */
  expectedOn: IsoDate | null;
  caller: CheckCaller;
}
export const announceCheckInputSchema = z.strictObject({
  applicationId: idSchema,
  expectedOn: isoDateSchema.nullable(),
  caller: checkCallerSchema.strict(),
}) satisfies z.ZodType<AnnounceCheckInput>;

export interface LogEmployerCallInput {
  requestId: string;
  on: IsoDate;
  caller: string;
  minutes: number | null;
  asked: string;
  told: string;
}
export const logEmployerCallInputSchema = z.strictObject({
  requestId: idSchema,
  on: isoDateSchema,
  caller: shortText,
  minutes: z.number().int().min(0).max(600).nullable(),
  asked: mediumText,
  told: mediumText,
}) satisfies z.ZodType<LogEmployerCallInput>;

export interface RecordDebriefInput {
  requestId: string;
  callId: string;
  on: IsoDate;
  /** What they told you about the call. */
  told: string;
}
export const recordDebriefInputSchema = z.strictObject({
  requestId: idSchema,
  callId: idSchema,
  on: isoDateSchema,
  told: mediumText,
}) satisfies z.ZodType<RecordDebriefInput>;

export interface MarkHeadsUpSentInput {
  requestId: string;
  on: IsoDate;
}
export const markHeadsUpSentInputSchema = z.strictObject({
  requestId: idSchema,
  on: isoDateSchema,
}) satisfies z.ZodType<MarkHeadsUpSentInput>;

export interface ConfirmDetailsInput {
  referenceId: string;
  on: IsoDate;
}
export const confirmDetailsInputSchema = z.strictObject({
  referenceId: idSchema,
  on: isoDateSchema,
}) satisfies z.ZodType<ConfirmDetailsInput>;
