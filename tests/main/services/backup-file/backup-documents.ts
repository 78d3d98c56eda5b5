// Documents for the backup tests: random ones the schema accepts as they are, and helpers to read refusals.
import fc from 'fast-check';
import { DomainError } from '../../../../main/services/context';
import { emailSchema, webUrlSchema } from '../../../../shared/schema/fields';
import { APPLICATION_STATUSES, INTERVIEW_KINDS } from '../../../../shared/schema/application';
import { CHANNELS, CONSENT_STATUSES, FORMALITIES, PRONOUNS, RELATIONSHIPS, SALUTATIONS } from '../../../../shared/schema/person';
import { LOG_KINDS, STAGES } from '../../../../shared/schema/request';
import type { RekindleDocument } from '../../../../shared/schema/document';

// Arbitraries that only produce values `documentSchema` accepts unchanged: strings are
// already trimmed, because the schema trims and the round trip must be exact.
const text = (maxLength: number) =>
  fc.oneof(fc.string({ maxLength, unit: 'grapheme' }), fc.string({ maxLength, unit: 'binary' })).map((value) => value.trim());
const requiredText = (maxLength: number) => text(maxLength).filter((value) => value !== '');
const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,16}$/);
const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const email = fc.oneof(fc.constant(''), fc.emailAddress().filter((value) => emailSchema.safeParse(value).data === value));
const phone = fc.oneof(fc.constant(''), fc.stringMatching(/^\+?\d[\d ()./-]{0,20}\d$/));
const webUrl = fc.oneof(fc.constant(''), fc.webUrl().filter((value) => webUrlSchema.safeParse(value).data === value));
const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const smallArray = <T>(arbitrary: fc.Arbitrary<T>, maxLength = 3) => fc.array(arbitrary, { maxLength });

const applicationArbitrary = fc.record({
  id,
  company: requiredText(40),
  role: requiredText(40),
  location: text(40),
  postingUrl: webUrl,
  status: fc.constantFrom(...APPLICATION_STATUSES),
  appliedOn: nullable(isoDate),
  interviews: smallArray(
    fc.record({
      id,
      date: isoDate,
      time: nullable(fc.stringMatching(/^([01]\d|2[0-3]):[0-5]\d$/)),
      kind: fc.constantFrom(...INTERVIEW_KINDS),
      note: text(40),
    }),
  ),
  referenceCheckOn: nullable(isoDate),
  contact: fc.record({ name: text(30), role: text(30), email, phone }),
  notes: text(200),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const referenceArbitrary = fc
  .record({
    id,
    name: requiredText(40),
    address: fc.record({
      salutation: fc.constantFrom(...SALUTATIONS),
      pronouns: fc.constantFrom(...PRONOUNS),
      formality: fc.constantFrom(...FORMALITIES),
      title: text(10),
    }),
    relationship: fc.constantFrom(...RELATIONSHIPS),
    workedAt: text(40),
    roleThen: text(40),
    workedYears: nullable(fc.tuple(fc.integer({ min: 1950, max: 2100 }), fc.integer({ min: 1950, max: 2100 }))),
    currentTitle: text(40),
    organisation: text(40),
    email,
    phone,
    linkedin: webUrl,
    preferredChannel: fc.constantFrom(...CHANNELS),
    lastContactedOn: nullable(isoDate),
    cadenceMonths: fc.integer({ min: 1, max: 60 }),
    talkingPoints: smallArray(fc.record({ id, text: requiredText(100) })),
    consent: fc.record({
      status: fc.constantFrom(...CONSENT_STATUSES),
      askedOn: nullable(isoDate),
      answeredOn: nullable(isoDate),
    }),
    notes: text(200),
    rank: fc.integer({ min: 0, max: 100_000 }),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .map(({ workedYears, ...reference }) => {
    const sorted = workedYears ? [...workedYears].sort((a, b) => a - b) : [null, null];
    return { ...reference, workedFrom: sorted[0] ?? null, workedTo: sorted[1] ?? null };
  });

const checklistKey = fc.stringMatching(/^[a-z_]{1,20}$/).filter((key) => key !== '__proto__');

const requestArbitrary = fc.record({
  id,
  referenceId: id,
  applicationId: nullable(id),
  stage: fc.constantFrom(...STAGES),
  closed: fc.constantFrom('declined' as const, null),
  // JSON writes -0 as 0; both mean the same position on the board.
  position: fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((value) => (Object.is(value, -0) ? 0 : value)),
  checklist: fc.dictionary(checklistKey, fc.boolean(), { maxKeys: 4 }),
  askedOn: nullable(isoDate),
  log: smallArray(fc.record({ id, at: timestamp, on: isoDate, kind: fc.constantFrom(...LOG_KINDS), text: text(100) })),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const documentArbitrary: fc.Arbitrary<RekindleDocument> = fc.record({
  schemaVersion: fc.constant(1 as const),
  profile: fc.record({ name: text(40), email, phone, city: text(40), links: smallArray(webUrl) }),
  settings: fc.record({ language: fc.constantFrom('en' as const, 'de' as const, null), paperSize: fc.constantFrom('A4' as const, 'Letter' as const) }),
  applications: smallArray(applicationArbitrary),
  references: smallArray(referenceArbitrary),
  requests: smallArray(requestArbitrary),
});

export const NOW = new Date('2026-03-01T12:00:00.000Z');

export function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

export function bytesOf(value: unknown): Uint8Array {
  return new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
}
