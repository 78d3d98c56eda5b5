import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/services/context';
import { MIGRATIONS, NewerVersionError, migrateDocument } from '../../../main/store/migrations';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/schema/document';
import { makeDocument, makeReference } from '../../fixtures/documents';

async function readV0Fixture(): Promise<Record<string, unknown>> {
  const url = new URL('../../fixtures/data-v0.json', import.meta.url);
  return JSON.parse(await readFile(url, 'utf8')) as Record<string, unknown>;
}

describe('migrateDocument', () => {
  it('upgrades the pre-release file to the current format and says where it came from', async () => {
    const { document, migratedFrom } = migrateDocument(await readV0Fixture());

    expect(migratedFrom).toBe(0);
    expect(document.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(document.references.map((person) => person.name)).toEqual(['Jürgen Groß', 'Aylin Demir', 'Łukasz Żółć']);
    expect(document).not.toHaveProperty('people');
    expect(document.settings).toEqual({ language: 'de', paperSize: 'A4' });
    expect(document.applications).toHaveLength(2);
    expect(document.requests.map((request) => request.referenceId)).toEqual(['ref-juergen', 'ref-aylin']);
  });

  it('turns plain talking points into records, dropping blank ones but keeping ids tied to position', async () => {
    const { document } = migrateDocument(await readV0Fixture());
    const juergen = document.references.find((person) => person.id === 'ref-juergen');

    expect(juergen?.talkingPoints).toEqual([
      {
        id: 'ref-juergen-tp0',
        text: 'Migrated the nightly batch jobs to streaming, cutting report latency from 12 h to 15 min',
      },
      { id: 'ref-juergen-tp2', text: 'Mentored two working students who were both hired afterwards' },
    ]);
  });

  it('gives the same result every time the same file is upgraded', async () => {
    const first = migrateDocument(await readV0Fixture());
    const second = migrateDocument(await readV0Fixture());
    expect(second).toEqual(first);
  });

  it('keeps talking point ids valid when the person id is already at the length limit', () => {
    const longId = 'p'.repeat(64);
    const raw = {
      profile: makeDocument().profile,
      settings: { language: null },
      applications: [],
      people: [{ ...makeReference({ id: longId }), talkingPoints: ['Shipped the billing rewrite'] }],
      requests: [],
    };
    const { document } = migrateDocument(raw);
    const id = document.references[0]?.talkingPoints[0]?.id ?? '';
    expect(id.length).toBeLessThanOrEqual(64);
    expect(id.endsWith('-tp0')).toBe(true);
  });

  it('returns a current document unchanged and reports no migration', () => {
    const current = makeDocument({ references: [makeReference({ id: 'ref-a' })] });
    const { document, migratedFrom } = migrateDocument(structuredClone(current));
    expect(migratedFrom).toBeNull();
    expect(document).toEqual(current);
  });

  it('refuses a file from a newer version with the version it found', () => {
    const future = { ...makeDocument(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    let caught: unknown;
    try {
      migrateDocument(future);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(NewerVersionError);
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as NewerVersionError).code).toBe('conflict');
    expect((caught as NewerVersionError).foundVersion).toBe(CURRENT_SCHEMA_VERSION + 1);
  });

  it('reports the paths of fields that do not validate after upgrading', () => {
    const broken = makeDocument({ references: [makeReference({ email: 'not-an-email' })] });
    let caught: unknown;
    try {
      migrateDocument(broken);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe('unreadable_file');
    expect((caught as DomainError).issues).toContainEqual({ path: 'references.0.email', code: 'invalid_email' });
  });

  it('refuses values that are not documents at all', () => {
    for (const raw of [null, 42, 'text', [makeDocument()], { ...makeDocument(), schemaVersion: '1' }]) {
      expect(() => migrateDocument(raw)).toThrow(DomainError);
    }
  });

  it('defines a step from every older version up to the current one', () => {
    for (let version = 0; version < CURRENT_SCHEMA_VERSION; version += 1) {
      expect(typeof MIGRATIONS[version]).toBe('function');
    }
  });
});
