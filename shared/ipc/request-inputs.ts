// The inputs of the request use cases: bounded zod schemas that the IPC contract parses
// with, and the services' input types inferred from them, so each input is written once.
import { z } from 'zod';
import { DRAFT_KINDS } from '../drafts/kinds';
import { APPLICATION_STATUSES } from '../schema/application';
import { SNOOZABLE_KINDS, STAGES, type LogKind } from '../schema/request';
import { idSchema, isoDateSchema, mediumText } from '../schema/fields';

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

// "Mark as sent" in the composer: main works out what the draft covers (shared/sent-message.ts).
export const markDraftSentInputSchema = z.strictObject({
  requestId: idSchema,
  draft: z.enum(DRAFT_KINDS),
  on: isoDateSchema,
  /** The subject line: the log's text when the message counts as a plain contact. */
  summary: mediumText,
});
export type MarkDraftSentInput = z.infer<typeof markDraftSentInputSchema>;

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
