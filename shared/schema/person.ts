// A person who may vouch for the user: how to address them, what they can speak to,
// and whether they agreed.
import { z } from 'zod';
import { overwrittenSchema } from './overwritten';
import { emailSchema, idSchema, isoDateSchema, languageSchema, LIMITS, longText, mediumText, phoneSchema, requiredName, shortText, timestampSchema, trimmed, webUrlSchema } from './fields';

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
    /** Values another computer's later change replaced; optional: older files have none. */
    overwritten: overwrittenSchema.optional(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .refine(workedRangeIsOrdered, workedRangeIssue);
export type Reference = z.infer<typeof referenceSchema>;
