// The data file's shape, shared by main (which owns the data) and the renderer (forms).
// Every string, array and number is bounded so a hostile or broken payload cannot grow
// the file without limit.
import { z } from 'zod';

export const CURRENT_SCHEMA_VERSION = 1;

export const LIMITS = {
  shortText: 200,
  mediumText: 1_000,
  longText: 10_000,
  url: 2_048,
  listItems: 100,
  logEntries: 2_000,
  records: 100_000,
} as const;

const trimmed = (max: number) => z.string().trim().max(max, { message: 'too_long' });
export const shortText = trimmed(LIMITS.shortText);
export const mediumText = trimmed(LIMITS.mediumText);
export const longText = trimmed(LIMITS.longText);
export const requiredName = trimmed(LIMITS.shortText).min(1, { message: 'required' });

export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'invalid_id' });

/** A local calendar date (no time zone): "2026-11-28". */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'invalid_date' })
  .refine(isRealCalendarDate, { message: 'invalid_date' });

/** A moment in time, stored as an ISO 8601 UTC string. */
export const timestampSchema = z.iso.datetime({ offset: true }).max(40);

export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'invalid_time' });

export const emailSchema = z
  .string()
  .trim()
  .max(LIMITS.shortText, { message: 'too_long' })
  .refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), { message: 'invalid_email' });

export const phoneSchema = z
  .string()
  .trim()
  .max(40, { message: 'too_long' })
  .refine((value) => value === '' || /^[+()\d][\d\s()./-]*$/.test(value), { message: 'invalid_phone' });

/** Web links the user types: empty, or an http(s) URL. Anything else (javascript:, file:) is refused. */
export const webUrlSchema = z
  .string()
  .trim()
  .max(LIMITS.url, { message: 'too_long' })
  .refine((value) => value === '' || isHttpUrl(value), { message: 'invalid_url' });

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function isRealCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month || !day) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES);

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const profileSchema = z.object({
  name: shortText,
  email: emailSchema,
  phone: phoneSchema,
  city: shortText,
  links: z.array(webUrlSchema).max(10),
});
export type Profile = z.infer<typeof profileSchema>;

/** How many employer calls in 30 days make a person "leaned on" (the bench warns past it). */
export const CALL_THRESHOLD_LIMITS = { min: 1, max: 20, default: 3 } as const;

export const settingsSchema = z.object({
  /** null follows the operating system's language. */
  language: languageSchema.nullable(),
  paperSize: z.enum(PAPER_SIZES),
  /** Optional: files written before it existed use the default of three. */
  callThreshold: z.number().int().min(CALL_THRESHOLD_LIMITS.min).max(CALL_THRESHOLD_LIMITS.max).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

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
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Application = z.infer<typeof applicationSchema>;

export const RELATIONSHIPS = ['manager', 'supervisor', 'colleague', 'client', 'mentor', 'report', 'other'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const SALUTATIONS = ['ms', 'mr', 'neutral'] as const;
export const PRONOUNS = ['she', 'he', 'they'] as const;
export const FORMALITIES = ['formal', 'informal'] as const;
export const CHANNELS = ['email', 'phone', 'linkedin', 'in_person', 'other'] as const;
export const CONSENT_STATUSES = ['not_asked', 'asked', 'agreed', 'declined'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** How drafts greet and refer to the person, in English and German. */
export const addressSchema = z.object({
  salutation: z.enum(SALUTATIONS),
  pronouns: z.enum(PRONOUNS),
  /** German: "Sie" (formal) or "du" (informal); English drafts use it for tone. */
  formality: z.enum(FORMALITIES),
  /** An academic or honorific title used in formal salutations, e.g. "Dr.". */
  title: trimmed(40),
  /**
   * The language their drafts, brief and note are written in. Absent or null: the
   * window's language. Optional so files written before it existed stay valid.
   */
  language: languageSchema.nullable().optional(),
});
export type Address = z.infer<typeof addressSchema>;

export const themeSchema = trimmed(60).min(1, { message: 'required' });

export const talkingPointSchema = z.object({
  id: idSchema,
  text: mediumText.min(1, { message: 'required' }),
  /** Free tags ("delivery", "hiring") matched against an application's key requirements. */
  themes: z.array(themeSchema).max(20).optional(),
});
export type TalkingPoint = z.infer<typeof talkingPointSchema>;

export const consentSchema = z.object({
  status: z.enum(CONSENT_STATUSES),
  askedOn: isoDateSchema.nullable(),
  answeredOn: isoDateSchema.nullable(),
});
export type Consent = z.infer<typeof consentSchema>;

const yearSchema = z.number().int().min(1950).max(2100);

export const POSTAL_ADDRESS_LIMITS = { streetLines: 3, postcode: 20 } as const;

/**
 * Where to post a handwritten note, in the parts every country's addresses are made of.
 * The street lines carry whatever comes before the town (street, house number, c/o,
 * building); the label prints the parts in the order the country writes them.
 */
export const postalAddressSchema = z.object({
  street: z.array(shortText).max(POSTAL_ADDRESS_LIMITS.streetLines),
  postcode: trimmed(POSTAL_ADDRESS_LIMITS.postcode),
  city: shortText,
  region: shortText,
  country: shortText,
});
export type PostalAddress = z.infer<typeof postalAddressSchema>;

export function emptyPostalAddress(): PostalAddress {
  return { street: [], postcode: '', city: '', region: '', country: '' };
}

const referenceFieldsShape = z.object({
  name: requiredName,
  address: addressSchema,
  relationship: z.enum(RELATIONSHIPS),
  /** Where you worked together, and the person's role there at the time. */
  workedAt: shortText,
  roleThen: shortText,
  workedFrom: yearSchema.nullable(),
  workedTo: yearSchema.nullable(),
  currentTitle: shortText,
  organisation: shortText,
  email: emailSchema,
  phone: phoneSchema,
  linkedin: webUrlSchema,
  preferredChannel: z.enum(CHANNELS),
  lastContactedOn: isoDateSchema.nullable(),
  cadenceMonths: z.number().int().min(1).max(60),
  talkingPoints: z.array(talkingPointSchema).max(LIMITS.listItems),
  consent: consentSchema,
  notes: longText,
  /** Added after the first release: files written before it have none. */
  postalAddress: postalAddressSchema.optional(),
  /** The day they last confirmed their title, email and phone; older than a year is stale. */
  detailsConfirmedOn: isoDateSchema.nullable().optional(),
  /** Works where the user works now: kept off sheets until an offer. */
  atCurrentEmployer: z.boolean().optional(),
});

function workedRangeIsOrdered(person: { workedFrom: number | null; workedTo: number | null }): boolean {
  return person.workedFrom === null || person.workedTo === null || person.workedTo >= person.workedFrom;
}
const workedRangeIssue = { message: 'range_end_before_start', path: ['workedTo'] };

export const referenceFieldsSchema = referenceFieldsShape.refine(workedRangeIsOrdered, workedRangeIssue);
export type ReferenceFields = z.infer<typeof referenceFieldsSchema>;

export const referenceSchema = referenceFieldsShape
  .extend({
    id: idSchema,
    /** The user's order of strength: lower comes first on reference sheets. */
    rank: z.number().int().min(0).max(LIMITS.records),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .refine(workedRangeIsOrdered, workedRangeIssue);
export type Reference = z.infer<typeof referenceSchema>;

export const STAGES = ['reconnect', 'prep', 'thanks', 'done'] as const;
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
  log: z.array(logEntrySchema).max(LIMITS.logEntries),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type ReferenceRequest = z.infer<typeof requestSchema>;

export const documentSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  profile: profileSchema,
  settings: settingsSchema,
  applications: z.array(applicationSchema).max(LIMITS.records),
  references: z.array(referenceSchema).max(LIMITS.records),
  requests: z.array(requestSchema).max(LIMITS.records),
});
export type RekindleDocument = z.infer<typeof documentSchema>;

export function emptyDocument(): RekindleDocument {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    profile: { name: '', email: '', phone: '', city: '', links: [] },
    settings: { language: null, paperSize: 'A4' },
    applications: [],
    references: [],
    requests: [],
  };
}
