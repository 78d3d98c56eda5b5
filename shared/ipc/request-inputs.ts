// The inputs of the request use cases: plain types for the services and bounded zod
// schemas that the IPC contract parses with, so both sides agree on what is valid.
import { z } from 'zod';
import type { IsoDate } from '../dates';
import { DRAFT_KINDS } from '../drafts/kinds';
import type { DraftKind } from '../drafts/types';
import { idSchema, isoDateSchema, mediumText } from '../schema/fields';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../schema/application';
import { SNOOZABLE_KINDS, STAGES, type LogKind, type SnoozableKind, type Stage } from '../schema/request';

const positionSchema = z.number().min(-1e9).max(1e9);
const checklistKeySchema = z.string().min(1).max(64);

export interface LinkReferenceInput {
  referenceId: string;
  applicationId: string | null;
}
export const linkReferenceInputSchema = z.strictObject({
  referenceId: idSchema,
  applicationId: idSchema.nullable(),
}) satisfies z.ZodType<LinkReferenceInput>;

export interface UnlinkRequestInput {
  requestId: string;
}
export const unlinkRequestInputSchema = z.strictObject({ requestId: idSchema }) satisfies z.ZodType<UnlinkRequestInput>;

export interface MoveRequestInput {
  requestId: string;
  stage: Stage;
  position: number;
}
export const moveRequestInputSchema = z.strictObject({
  requestId: idSchema,
  stage: z.enum(STAGES),
  position: positionSchema,
}) satisfies z.ZodType<MoveRequestInput>;

export interface SetChecklistItemInput {
  requestId: string;
  item: string;
  done: boolean;
}
export const setChecklistItemInputSchema = z.strictObject({
  requestId: idSchema,
  item: checklistKeySchema,
  done: z.boolean(),
}) satisfies z.ZodType<SetChecklistItemInput>;

export const CONTACT_KINDS = ['email', 'call', 'meeting', 'note'] as const satisfies readonly LogKind[];
export interface LogContactInput {
  requestId: string;
  kind: (typeof CONTACT_KINDS)[number];
  on: IsoDate;
  text: string;
}
export const logContactInputSchema = z.strictObject({
  requestId: idSchema,
  kind: z.enum(CONTACT_KINDS),
  on: isoDateSchema,
  text: mediumText,
}) satisfies z.ZodType<LogContactInput>;

export interface MarkAskSentInput {
  requestId: string;
  on: IsoDate;
}
export const markAskSentInputSchema = z.strictObject({
  requestId: idSchema,
  on: isoDateSchema,
}) satisfies z.ZodType<MarkAskSentInput>;

export interface MarkMessageSentInput {
  requestId: string;
  item: string;
  on: IsoDate;
}
export const markMessageSentInputSchema = z.strictObject({
  requestId: idSchema,
  item: checklistKeySchema,
  on: isoDateSchema,
}) satisfies z.ZodType<MarkMessageSentInput>;

export interface MarkDraftSentInput {
  requestId: string;
  draft: DraftKind;
  on: IsoDate;
  /** The subject line: the log's text when the message counts as a plain contact. */
  summary: string;
}
export const markDraftSentInputSchema = z.strictObject({
  requestId: idSchema,
  draft: z.enum(DRAFT_KINDS),
  on: isoDateSchema,
  summary: mediumText,
}) satisfies z.ZodType<MarkDraftSentInput>;

export interface RecordReplyInput {
  referenceId: string;
  reply: 'agreed' | 'declined';
  on: IsoDate;
}
export const recordReplyInputSchema = z.strictObject({
  referenceId: idSchema,
  reply: z.enum(['agreed', 'declined']),
  on: isoDateSchema,
}) satisfies z.ZodType<RecordReplyInput>;

export interface SetApplicationStatusInput {
  applicationId: string;
  status: ApplicationStatus;
  on: IsoDate;
}
export const setApplicationStatusInputSchema = z.strictObject({
  applicationId: idSchema,
  status: z.enum(APPLICATION_STATUSES),
  on: isoDateSchema,
}) satisfies z.ZodType<SetApplicationStatusInput>;

export interface SnoozeRequestInput {
  requestId: string;
  kind: SnoozableKind;
  /** null: due again on its own date. */
  until: string | null;
}
export const snoozeRequestInputSchema = z.strictObject({
  requestId: idSchema,
  kind: z.enum(SNOOZABLE_KINDS),
  until: isoDateSchema.nullable(),
}) satisfies z.ZodType<SnoozeRequestInput>;

export interface CompleteRequestInput {
  requestId: string;
}
export const completeRequestInputSchema = z.strictObject({
  requestId: idSchema,
}) satisfies z.ZodType<CompleteRequestInput>;
