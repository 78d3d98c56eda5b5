// Backups give back the document that was saved, whatever it holds.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../../../main/services/backup-file';
import { DomainError } from '../../../../main/services/context';
import { documentSchema } from '../../../../shared/schema/document';
import { makeDocument, makeReference } from '../../../fixtures/documents';
import { documentArbitrary, NOW } from './backup-documents';

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
