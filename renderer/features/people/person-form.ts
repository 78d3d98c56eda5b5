// The person form edits ReferenceFields as they are, so main and the form refuse the same
// things. Inputs give strings; these helpers turn empty ones into null and numbers into numbers.
import type { z } from 'zod';
import { hasPostalAddress } from '../../../shared/postal';
import { emptyPostalAddress, type PostalAddress, type Reference, type ReferenceFields, type referenceFieldsSchema } from '../../../shared/schema/person';

export type PersonFormValues = ReferenceFields;
/** What the inputs hold before the schema has parsed (and trimmed) them. */
export type PersonFormInput = z.input<typeof referenceFieldsSchema>;

export function emptyPersonFields(): PersonFormValues {
  return {
    name: '',
    address: { salutation: 'neutral', pronouns: 'they', formality: 'formal', title: '' },
    relationship: 'colleague',
    workedAt: '',
    roleThen: '',
    workedFrom: null,
    workedTo: null,
    currentTitle: '',
    organisation: '',
    email: '',
    phone: '',
    linkedin: '',
    preferredChannel: 'email',
    lastContactedOn: null,
    cadenceMonths: 6,
    talkingPoints: [],
    consent: { status: 'not_asked', askedOn: null, answeredOn: null },
    notes: '',
    postalAddress: addressForForm(undefined),
    atCurrentEmployer: false,
  };
}

/** The form always shows at least two street lines, and every line a saved address has. */
function addressForForm(address: PostalAddress | undefined): PostalAddress {
  const filled = address ?? emptyPostalAddress();
  const street = [...filled.street];
  while (street.length < 2) street.push('');
  return { ...filled, street };
}

/** Empty street lines are dropped, and an address with nothing in it is not saved at all. */
export function tidyPostalAddress(fields: ReferenceFields): ReferenceFields {
  const { postalAddress, ...rest } = fields;
  if (!postalAddress) return rest;
  const tidied = { ...postalAddress, street: postalAddress.street.filter((line) => line.trim() !== '') };
  return hasPostalAddress(tidied) ? { ...rest, postalAddress: tidied } : rest;
}

/**
 * The editable fields of a saved person (id, rank and timestamps stay with main). The day
 * their details were confirmed has its own button and channel, so a form opened before
 * that press never sends the old date back.
 */
export function personFields(person: Reference): PersonFormValues {
  const { id: _id, rank: _rank, createdAt: _created, updatedAt: _updated, detailsConfirmedOn: _confirmed, ...fields } = person;
  return {
    ...fields,
    talkingPoints: fields.talkingPoints.map((point) => ({ ...point, themes: [...(point.themes ?? [])] })),
    postalAddress: addressForForm(fields.postalAddress),
    atCurrentEmployer: fields.atCurrentEmployer ?? false,
  };
}

/** An empty year box means "unknown"; anything else is read as a number for the schema to judge. */
export function yearFromInput(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  const text = String(value).trim();
  return text === '' ? null : Number(text);
}

/** The cadence is required, so an empty box stays NaN and the schema refuses it. */
export function numberFromInput(value: unknown): number {
  if (typeof value === 'number') return value;
  const text = String(value ?? '').trim();
  return text === '' ? Number.NaN : Number(text);
}
