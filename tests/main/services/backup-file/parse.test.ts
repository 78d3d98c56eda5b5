// Reading a backup file: what is accepted, and every refusal named by its cause.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../../../main/services/backup-file';
import { DomainError } from '../../../../main/services/context';
import { NewerVersionError } from '../../../../main/store/migrations';
import { documentSchema } from '../../../../shared/schema/document';
import { makeApplication, makeDocument, makeReference } from '../../../fixtures/documents';
import { NOW, refusal, bytesOf } from './backup-documents';

describe('parseBackup', () => {
  it('accepts the data file itself in place of a backup', () => {
    const document = makeDocument({ applications: [makeApplication()] });
    expect(parseBackup(bytesOf(document))).toEqual(document);
  });

  it('upgrades a pre-release data file', async () => {
    const bytes = new Uint8Array(await readFile(new URL('../../../fixtures/data-v0.json', import.meta.url)));
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
    expect(error.issues).toEqual([{ path: 'file', code: 'backup_cut_off' }]);
  });

  it('tells garbled JSON apart from a cut-off file', () => {
    const error = refusal(() => parseBackup(bytesOf('{"format": "rekindle-backup", "document": }')));
    expect(error.code).toBe('unreadable_file');
    expect(error.message).not.toContain('ends before');
    expect(error.message).toContain('not valid JSON');
    expect(error.issues).toEqual([{ path: 'file', code: 'not_a_backup' }]);
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
