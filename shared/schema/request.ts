// A request: one person's card on the board for one application (or the search in
// general), with its checklist, log and the employer's calls.
import { z } from 'zod';
import { STAGES } from './constants';
import { overwrittenSchema } from './overwritten';
import { idSchema, isoDateSchema, LIMITS, mediumText, shortText, timestampSchema } from './fields';

export { STAGES };
export type Stage = (typeof STAGES)[number];

export const LOG_KINDS = [
  'email',
  'call',
  'meeting',
  'note',
  'message_sent',
  'reply',
  'moved',
  'outcome',
  'created',
  /** The employer announced a reference check; text: the caller's name. */
  'check_announced',
  /** The employer called this person; text: the caller's name. */
  'employer_call',
] as const;
export type LogKind = (typeof LOG_KINDS)[number];

export const logEntrySchema = z.object({
  id: idSchema,
  at: timestampSchema,
  /** The calendar day the contact happened, as the user recorded it. */
  on: isoDateSchema,
  kind: z.enum(LOG_KINDS),
  text: mediumText,
});
export type LogEntry = z.infer<typeof logEntrySchema>;

/** The tasks of a card that Today can put off to a later day (check-ins belong to a person). */
export const SNOOZABLE_KINDS = ['send_ask', 'follow_up', 'send_brief', 'send_thanks'] as const;
export type SnoozableKind = (typeof SNOOZABLE_KINDS)[number];

/** One call the employer made to a person about one application. */
export const employerCallSchema = z.object({
  id: idSchema,
  on: isoDateSchema,
  caller: shortText,
  /** Length in minutes; null when unknown. */
  minutes: z.number().int().min(0).max(600).nullable(),
  asked: mediumText,
  told: mediumText,
  /** The day the user heard back from the person ("how did it go?"); null: still to ask. */
  debriefedOn: isoDateSchema.nullable(),
});
export type EmployerCall = z.infer<typeof employerCallSchema>;

export const snoozeSchema = z.object({ kind: z.enum(SNOOZABLE_KINDS), until: isoDateSchema });
export type Snooze = z.infer<typeof snoozeSchema>;

export const requestSchema = z.object({
  id: idSchema,
  referenceId: idSchema,
  /** null: a request for the job search in general, not one application. */
  applicationId: idSchema.nullable(),
  stage: z.enum(STAGES),
  /** Set when the person declined; the card leaves the board's columns. */
  closed: z.enum(['declined']).nullable(),
  /** Position within its column; the board sorts by it. */
  position: z.number().min(-1e9).max(1e9),
  /** Checklist items done, by key (keys live in shared/stages). */
  checklist: z.record(z.string().max(64), z.boolean()),
  askedOn: isoDateSchema.nullable(),
  /**
   * One task put off until a day, from Today. It holds only for that task, so the next
   * step's deadline is never hidden. Optional: files from before it existed stay valid.
   */
  snoozed: snoozeSchema.nullable().optional(),
  /** The employer's calls to this person for this application. Optional: older files have none. */
  calls: z.array(employerCallSchema).max(LIMITS.listItems).optional(),
  /** The day the heads-up about a reference check was sent; optional like the above. */
  headsUpSentOn: isoDateSchema.nullable().optional(),
  /**
   * Set when closing the search (an accepted offer) finished or re-aimed this card: which
   * application the search ended in, and the day. The thank-you it carries tells of that job.
   * Optional like the above.
   */
  searchClosed: z.object({ applicationId: idSchema, on: isoDateSchema }).nullable().optional(),
  /** Values another computer's later change replaced; optional: older files have none. */
  overwritten: overwrittenSchema.optional(),
  log: z.array(logEntrySchema).max(LIMITS.logEntries),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type ReferenceRequest = z.infer<typeof requestSchema>;
