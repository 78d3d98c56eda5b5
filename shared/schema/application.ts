// An application: the job, its interviews and contacts, and the employer's reference check.
import { z } from 'zod';
import { overwrittenSchema } from './overwritten';
import { emailSchema, idSchema, isoDateSchema, LIMITS, longText, phoneSchema, requiredName, shortText, timeOfDaySchema, timestampSchema, trimmed, webUrlSchema } from './fields';

export const APPLICATION_STATUSES = ['planned', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const OUTCOME_STATUSES = ['offer', 'rejected', 'withdrawn'] as const satisfies readonly ApplicationStatus[];

export const INTERVIEW_KINDS = ['phone', 'video', 'onsite', 'other'] as const;

export const interviewSchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  time: timeOfDaySchema.nullable(),
  kind: z.enum(INTERVIEW_KINDS),
  note: shortText,
});
export type Interview = z.infer<typeof interviewSchema>;

export const companyContactSchema = z.object({
  name: shortText,
  role: shortText,
  email: emailSchema,
  phone: phoneSchema,
});

export const applicationFieldsSchema = z.object({
  company: requiredName,
  role: requiredName,
  location: shortText,
  postingUrl: webUrlSchema,
  status: z.enum(APPLICATION_STATUSES),
  appliedOn: isoDateSchema.nullable(),
  interviews: z.array(interviewSchema).max(LIMITS.listItems),
  referenceCheckOn: isoDateSchema.nullable(),
  contact: companyContactSchema,
  notes: longText,
  /** The role's key requirements as short tags, for choosing who fits. Optional: older files have none. */
  keyRequirements: z.array(trimmed(80)).max(30).optional(),
});
export type ApplicationFields = z.infer<typeof applicationFieldsSchema>;

/** Whoever the employer said will call the references. */
export const checkCallerSchema = z.object({
  name: shortText,
  title: shortText,
  email: emailSchema,
  phone: phoneSchema,
});
export type CheckCaller = z.infer<typeof checkCallerSchema>;

/** The employer's announced reference check: when, and who will call. */
export const referenceCheckSchema = z.object({
  id: idSchema,
  /** The day the user learned of it: the heads-up is due that day. */
  announcedOn: isoDateSchema,
  /** When the calls are expected; null when the employer did not say. */
  expectedOn: isoDateSchema.nullable(),
  caller: checkCallerSchema,
});
export type ReferenceCheck = z.infer<typeof referenceCheckSchema>;

export const applicationSchema = applicationFieldsSchema.extend({
  /** Set through its own channel (announcing logs it); optional so older files stay valid. */
  referenceCheck: referenceCheckSchema.nullable().optional(),
  /** The day the user accepted this offer and closed the search; set only by closing it. Optional like the above. */
  acceptedOn: isoDateSchema.nullable().optional(),
  /** Values another computer's later change replaced; optional: older files have none. */
  overwritten: overwrittenSchema.optional(),
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Application = z.infer<typeof applicationSchema>;
