// The inputs of the request use cases: bounded zod schemas that the IPC contract parses
// with, and the services' input types inferred from them, so each input is written once.
import { z } from 'zod';
import {
  APPLICATION_STATUSES,
  SNOOZABLE_KINDS,
  STAGES,
  idSchema,
  isoDateSchema,
  mediumText,
  type LogKind,
} from '../schema';

const positionSchema = z.number().min(-1e9).max(1e9);
const checklistKeySchema = z.string().min(1).max(64);

export const linkReferenceInputSchema = z.strictObject({
  referenceId: idSchema,
  applicationId: idSchema.nullable(),
});
export type LinkReferenceInput = z.infer<typeof linkReferenceInputSchema>;

export const unlinkRequestInputSchema = z.strictObject({ requestId: idSchema });
export type UnlinkRequestInput = z.infer<typeof unlinkRequestInputSchema>;

export const moveRequestInputSchema = z.strictObject({
  requestId: idSchema,
  stage: z.enum(STAGES),
  position: positionSchema,
});
export type MoveRequestInput = z.infer<typeof moveRequestInputSchema>;

export const setChecklistItemInputSchema = z.strictObject({
  requestId: idSchema,
  item: checklistKeySchema,
  done: z.boolean(),
});
export type SetChecklistItemInput = z.infer<typeof setChecklistItemInputSchema>;

export const CONTACT_KINDS = ['email', 'call', 'meeting', 'note'] as const satisfies readonly LogKind[];
export const logContactInputSchema = z.strictObject({
  requestId: idSchema,
  kind: z.enum(CONTACT_KINDS),
  on: isoDateSchema,
  text: mediumText,
});
export type LogContactInput = z.infer<typeof logContactInputSchema>;

export const markAskSentInputSchema = z.strictObject({
  requestId: idSchema,
  on: isoDateSchema,
});
export type MarkAskSentInput = z.infer<typeof markAskSentInputSchema>;

export const markMessageSentInputSchema = z.strictObject({
  requestId: idSchema,
  item: checklistKeySchema,
  on: isoDateSchema,
});
export type MarkMessageSentInput = z.infer<typeof markMessageSentInputSchema>;

export const recordReplyInputSchema = z.strictObject({
  referenceId: idSchema,
  reply: z.enum(['agreed', 'declined']),
  on: isoDateSchema,
});
export type RecordReplyInput = z.infer<typeof recordReplyInputSchema>;

export const setApplicationStatusInputSchema = z.strictObject({
  applicationId: idSchema,
  status: z.enum(APPLICATION_STATUSES),
  on: isoDateSchema,
});
export type SetApplicationStatusInput = z.infer<typeof setApplicationStatusInputSchema>;

export const snoozeRequestInputSchema = z.strictObject({
  requestId: idSchema,
  kind: z.enum(SNOOZABLE_KINDS),
  /** null: due again on its own date. */
  until: isoDateSchema.nullable(),
});
export type SnoozeRequestInput = z.infer<typeof snoozeRequestInputSchema>;

export const completeRequestInputSchema = z.strictObject({
  requestId: idSchema,
});
export type CompleteRequestInput = z.infer<typeof completeRequestInputSchema>;
