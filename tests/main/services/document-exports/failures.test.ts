// Export failures named by their cause, with nothing written.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCsv, exportReferenceSheet, type ExportEnvironment } from '../../../../main/services/document-exports';
import { folder, harness, intoFolder, sampleDocument, useExportFolder } from './export-harness';

useExportFolder();

describe('export failures named by their cause', () => {
  it('names the missing font file and writes nothing when the font folder is gone', async () => {
    const { environment } = harness((name) => intoFolder(name));
    const broken = { ...environment, resourcesDir: join(folder, 'no-resources') };
    for (const format of ['pdf', 'docx'] as const) {
      await expect(
        exportReferenceSheet(sampleDocument(), { applicationId: null, referenceIds: ['ref-lukasz'], language: 'en', format }, broken),
      ).rejects.toMatchObject({ code: 'io_error', issues: [{ path: 'fonts/DejaVuSans.ttf', code: 'missing_font' }] });
    }
    expect(await readdir(folder)).toEqual([]);
  });

  it('tells a folder that cannot be written from a file another program holds', async () => {
    const { environment } = harness((name) => intoFolder(name));
    const failing = (code: string): ExportEnvironment => ({
      ...environment,
      writeFile: async () => {
        throw Object.assign(new Error(code), { code });
      },
    });
    const input = { kind: 'people', language: 'en' } as const;
    await expect(exportCsv(sampleDocument(), input, failing('EACCES'))).rejects.toMatchObject({
      code: 'io_error',
      issues: [{ path: folder, code: 'folder_not_writable' }],
    });
    await expect(exportCsv(sampleDocument(), input, failing('EBUSY'))).rejects.toMatchObject({
      issues: [{ path: intoFolder('People – 2026-11-28.csv'), code: 'file_in_use' }],
    });
  });
});
