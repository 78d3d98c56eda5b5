import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRestore, parseBackup, previewRestore, serializeBackup } from '../../../main/services/backup-file';
import { DomainError } from '../../../main/services/context';
import { NewerVersionError } from '../../../main/store/migrations';
import { emailSchema, webUrlSchema } from '../../../shared/schema/fields';
import { APPLICATION_STATUSES, INTERVIEW_KINDS } from '../../../shared/schema/application';
import { CHANNELS, CONSENT_STATUSES, FORMALITIES, PRONOUNS, RELATIONSHIPS, SALUTATIONS } from '../../../shared/schema/person';
import { LOG_KINDS, STAGES } from '../../../shared/schema/request';
import { documentSchema, type RekindleDocument } from '../../../shared/schema/document';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';

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

const documentArbitrary: fc.Arbitrary<RekindleDocument> = fc.record({
  schemaVersion: fc.constant(1 as const),
  profile: fc.record({ name: text(40), email, phone, city: text(40), links: smallArray(webUrl) }),
  settings: fc.record({ language: fc.constantFrom('en' as const, 'de' as const, null), paperSize: fc.constantFrom('A4' as const, 'Letter' as const) }),
  applications: smallArray(applicationArbitrary),
  references: smallArray(referenceArbitrary),
  requests: smallArray(requestArbitrary),
});

const NOW = new Date('2026-03-01T12:00:00.000Z');

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

function bytesOf(value: unknown): Uint8Array {
  return new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
}

describe('backup round trip', () => {
  it('only generates documents the schema accepts unchanged', () => {
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        expect(documentSchema.parse(document)).toEqual(document);
      }),
      { numRuns: 100 },
    );
  });

  it('gives back exactly the document that was saved', () => {
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        expect(parseBackup(serializeBackup(document, NOW))).toEqual(document);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps a person’s postal address through a backup, and reads backups written before addresses existed', () => {
    const postalAddress = { street: ['Hafenstraße 12', 'Aufgang B'], postcode: '20457', city: 'Hamburg', region: '', country: 'Deutschland' };
    const document = makeDocument({ references: [makeReference({ id: 'with', postalAddress }), makeReference({ id: 'without' })] });
    const restored = parseBackup(serializeBackup(document, NOW));
    expect(restored.references.find((person) => person.id === 'with')?.postalAddress).toEqual(postalAddress);
    expect(restored.references.find((person) => person.id === 'without')).not.toHaveProperty('postalAddress');
    expect(restored.schemaVersion).toBe(document.schemaVersion);
  });

  it('refuses a backup whose postal address has more street lines than a label holds', () => {
    const document = makeDocument({
      references: [makeReference({ postalAddress: { street: ['1', '2', '3', '4'], postcode: '', city: '', region: '', country: '' } })],
    });
    expect(() => parseBackup(serializeBackup(document, NOW))).toThrow(DomainError);
  });

  it('writes a readable, pretty-printed file that says what it is and when it was made', async () => {
    const document = makeDocument({ references: [makeReference({ name: 'Łukasz Żółć' })] });
    const folder = await mkdtemp(join(tmpdir(), 'rekindle-backup-'));
    try {
      const path = join(folder, 'rekindle-backup.json');
      await writeFile(path, serializeBackup(document, NOW));
      const text = await readFile(path, 'utf8');

      expect(text).toContain('\n  "format": "rekindle-backup"');
      expect(text).toContain('Łukasz Żółć');
      expect(JSON.parse(text)).toMatchObject({ format: 'rekindle-backup', schemaVersion: 1, exportedAt: NOW.toISOString() });
      expect(parseBackup(new Uint8Array(await readFile(path)))).toEqual(document);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('parseBackup', () => {
  it('accepts the data file itself in place of a backup', () => {
    const document = makeDocument({ applications: [makeApplication()] });
    expect(parseBackup(bytesOf(document))).toEqual(document);
  });

  it('upgrades a pre-release data file', async () => {
    const bytes = new Uint8Array(await readFile(new URL('../../fixtures/data-v0.json', import.meta.url)));
    const document = parseBackup(bytes);
    expect(document.schemaVersion).toBe(1);
    expect(document.references).toHaveLength(3);
  });

  it('refuses random bytes as binary data', () => {
    const error = refusal(() => parseBackup(new Uint8Array(randomBytes(4096))));
    expect(error.code).toBe('unreadable_file');
    expect(error.message).toMatch(/binary|UTF-8/);
  });

  it('answers any bytes with a document or a typed refusal, never a crash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          documentSchema.parse(parseBackup(bytes));
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('says a cut-off backup ends too early', () => {
    const full = serializeBackup(makeDocument({ references: [makeReference()] }), NOW);
    const error = refusal(() => parseBackup(full.slice(0, Math.floor(full.length / 2))));
    expect(error.code).toBe('unreadable_file');
    expect(error.message).toContain('ends before the backup does');
  });

  it('tells garbled JSON apart from a cut-off file', () => {
    const error = refusal(() => parseBackup(bytesOf('{"format": "rekindle-backup", "document": }')));
    expect(error.code).toBe('unreadable_file');
    expect(error.message).not.toContain('ends before');
    expect(error.message).toContain('not valid JSON');
  });

  it('refuses JSON that is not a Rekindle backup', () => {
    expect(refusal(() => parseBackup(bytesOf({ format: 'other-app', document: makeDocument() }))).message).toContain(
      'other-app',
    );
    expect(refusal(() => parseBackup(bytesOf({ name: 'package', version: '1.0.0' }))).code).toBe('unreadable_file');
    expect(refusal(() => parseBackup(bytesOf([1, 2, 3]))).code).toBe('unreadable_file');
    expect(refusal(() => parseBackup(bytesOf('   '))).code).toBe('unreadable_file');
  });

  it('refuses a backup whose data does not validate and says where', () => {
    const broken = { format: 'rekindle-backup', schemaVersion: 1, document: makeDocument({ applications: [makeApplication({ company: '' })] }) };
    const error = refusal(() => parseBackup(bytesOf(broken)));
    expect(error.code).toBe('unreadable_file');
    expect(error.issues).toContainEqual({ path: 'applications.0.company', code: 'required' });
  });

  it('refuses a backup from a newer version of the app', () => {
    const future = { format: 'rekindle-backup', schemaVersion: 7, document: { ...makeDocument(), schemaVersion: 7 } };
    const error = refusal(() => parseBackup(bytesOf(future)));
    expect(error).toBeInstanceOf(NewerVersionError);
    expect((error as NewerVersionError).foundVersion).toBe(7);
  });

  it('refuses a 50 MB file before reading it', () => {
    const error = refusal(() => parseBackup(new Uint8Array(50 * 1024 * 1024).fill(0x20)));
    expect(error.code).toBe('file_too_large');
    expect(error.message).toContain('50.0 MB');
  });
});

describe('restoring a backup', () => {
  const shared = makeReference({ id: 'ref-shared', name: 'Maria Schäfer', currentTitle: 'CTO' });
  const onlyHere = makeReference({ id: 'ref-here', name: 'Aylin Demir' });
  const current = makeDocument({
    profile: { name: 'Sophie Brandt', email: '', phone: '', city: 'Leipzig', links: [] },
    settings: { language: 'de', paperSize: 'A4' },
    applications: [makeApplication({ id: 'app-here' })],
    references: [shared, onlyHere],
    requests: [makeRequest({ id: 'req-here', referenceId: 'ref-here' })],
  });
  const incoming = makeDocument({
    profile: { name: 'Sophie Brandt', email: 'sophie@example.org', phone: '', city: 'Berlin', links: [] },
    settings: { language: 'en', paperSize: 'Letter' },
    applications: [makeApplication({ id: 'app-old-1' }), makeApplication({ id: 'app-old-2' })],
    references: [{ ...shared, currentTitle: 'Chief Technology Officer' }, makeReference({ id: 'ref-old', name: 'Jürgen Groß' })],
    requests: [makeRequest({ id: 'req-old', referenceId: 'ref-old', applicationId: 'app-old-1' })],
  });

  it('previews what each mode would replace, add, keep and remove', () => {
    const preview = previewRestore(current, incoming);
    expect(preview.inBackup).toEqual({ applications: 2, people: 2, requests: 1 });
    expect(preview.current).toEqual({ applications: 1, people: 2, requests: 1 });
    expect(preview.merge).toEqual({
      replaced: { applications: 0, people: 1, requests: 0 },
      added: { applications: 2, people: 1, requests: 1 },
      kept: { applications: 1, people: 1, requests: 1 },
      removed: { applications: 0, people: 0, requests: 0 },
      profileReplaced: true,
    });
    expect(preview.replace).toEqual({
      replaced: { applications: 0, people: 1, requests: 0 },
      added: { applications: 2, people: 1, requests: 1 },
      kept: { applications: 0, people: 0, requests: 0 },
      removed: { applications: 1, people: 1, requests: 1 },
      profileReplaced: true,
    });
  });

  it('replaces everything with the backup in replace mode', () => {
    expect(applyRestore(current, incoming, 'replace')).toEqual(incoming);
  });

  it('merges by id in merge mode: the backup wins, records only in the app stay, settings stay', () => {
    const merged = applyRestore(current, incoming, 'merge');
    expect(merged.references.map((person) => [person.id, person.currentTitle])).toEqual([
      ['ref-shared', 'Chief Technology Officer'],
      ['ref-here', onlyHere.currentTitle],
      ['ref-old', 'CTO'],
    ]);
    expect(merged.applications.map((application) => application.id)).toEqual(['app-here', 'app-old-1', 'app-old-2']);
    expect(merged.requests.map((request) => request.id)).toEqual(['req-here', 'req-old']);
    expect(merged.settings).toEqual(current.settings);
    expect(merged.profile).toEqual(incoming.profile);
    expect(documentSchema.parse(merged)).toEqual(merged);
  });

  it('keeps the current profile when the backup has none', () => {
    const merged = applyRestore(current, { ...incoming, profile: makeDocument().profile }, 'merge');
    expect(merged.profile).toEqual(current.profile);
    expect(previewRestore(current, { ...incoming, profile: makeDocument().profile }).merge.profileReplaced).toBe(false);
  });

  it('leaves both documents untouched', () => {
    const before = structuredClone({ current, incoming });
    const merged = applyRestore(current, incoming, 'merge');
    merged.references[0]!.name = 'Changed';
    applyRestore(current, incoming, 'replace').applications.pop();
    expect({ current, incoming }).toEqual(before);
  });
});
