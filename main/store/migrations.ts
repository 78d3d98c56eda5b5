// Explicit, versioned upgrades of the data document. Each step takes the document as it
// was at one version and returns it at the next; the last step's output must pass
// `documentSchema`. Adding version 2 means adding MIGRATIONS[1] and raising
// CURRENT_SCHEMA_VERSION: nothing else here changes.
import type { z } from 'zod';
import type { FieldIssue } from '../../shared/ipc/result';
import { CURRENT_SCHEMA_VERSION, documentSchema, type RekindleDocument } from '../../shared/schema/document';
import { DomainError } from '../errors';

/** A file written by a newer Rekindle: reading it would drop fields this version does not know. */
export class NewerVersionError extends DomainError {
  constructor(readonly foundVersion: number) {
    super(
      'conflict',
      `This data was saved by a newer version of Rekindle (format ${foundVersion}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Rekindle to open it.`,
    );
    this.name = 'NewerVersionError';
  }
}

type Migration = (doc: unknown) => unknown;

/** Keyed by the version each step upgrades FROM. */
export const MIGRATIONS: Record<number, Migration> = {
  0: migrateV0ToV1,
};

export interface MigrationResult {
  document: RekindleDocument;
  /** The version the data had before upgrading, or null when it was already current. */
  migratedFrom: number | null;
}

export function migrateDocument(raw: unknown): MigrationResult {
  const foundVersion = readSchemaVersion(raw);
  if (foundVersion > CURRENT_SCHEMA_VERSION) throw new NewerVersionError(foundVersion);

  let doc = raw;
  for (let version = foundVersion; version < CURRENT_SCHEMA_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) throw new DomainError('internal', `No upgrade is defined from data format ${version}.`);
    doc = step(doc);
  }

  const parsed = documentSchema.safeParse(doc);
  if (!parsed.success) {
    throw new DomainError(
      'unreadable_file',
      `The data does not match the Rekindle format (${parsed.error.issues.length} problem(s), first at "${formatPath(parsed.error.issues[0]?.path ?? [])}").`,
      toFieldIssues(parsed.error.issues),
    );
  }
  return { document: parsed.data, migratedFrom: foundVersion === CURRENT_SCHEMA_VERSION ? null : foundVersion };
}

function readSchemaVersion(raw: unknown): number {
  if (!isRecord(raw)) throw new DomainError('unreadable_file', 'The data is not a Rekindle document (expected a JSON object).');
  // Version 0 predates the field, so its absence is itself a version.
  if (!('schemaVersion' in raw) || raw.schemaVersion === undefined) return 0;
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    throw new DomainError('unreadable_file', 'The data has a schema version that is not a whole number.', [
      { path: 'schemaVersion', code: 'invalid_version' },
    ]);
  }
  return version;
}

/**
 * Version 0, the pre-release shape: no `schemaVersion`, people stored under `people`,
 * talking points as plain strings, and no paper size in the settings.
 */
function migrateV0ToV1(doc: unknown): unknown {
  if (!isRecord(doc)) return doc;
  const { people, ...rest } = doc;
  const references = Array.isArray(people) ? people.map(upgradeV0Person) : (rest.references ?? []);
  const settings = isRecord(rest.settings) ? { paperSize: 'A4', ...rest.settings } : rest.settings;
  return { ...rest, schemaVersion: 1, settings, references };
}

function upgradeV0Person(person: unknown): unknown {
  if (!isRecord(person) || !Array.isArray(person.talkingPoints)) return person;
  const personId = typeof person.id === 'string' ? person.id : 'person';
  const talkingPoints = person.talkingPoints.flatMap((point: unknown, index: number) => {
    if (typeof point !== 'string') return [point];
    // Blank entries carried no content in version 0, and version 1 requires text.
    if (point.trim() === '') return [];
    return [{ id: talkingPointId(personId, index), text: point }];
  });
  return { ...person, talkingPoints };
}

/** Derived from the person and position so the same file always upgrades to the same ids. */
export function talkingPointId(personId: string, index: number): string {
  const suffix = `-tp${index}`;
  return `${personId.slice(0, 64 - suffix.length)}${suffix}`;
}

// Issues travel to the renderer, so only the first few are kept.
const MAX_ISSUES = 20;

function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: formatPath(issue.path),
    // Our schemas use stable keys ("invalid_email") as messages; zod's own codes cover the rest.
    code: /^[a-z_]+$/.test(issue.message) ? issue.message : issue.code,
  }));
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join('.');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
