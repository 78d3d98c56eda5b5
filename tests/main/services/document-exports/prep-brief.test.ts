// The prep brief for one request.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { exportPrepBrief } from '../../../../main/services/document-exports';
import { pdfPages } from '../../exports/read-back';
import { harness, intoFolder, sampleDocument, flat, useExportFolder } from './export-harness';

useExportFolder();

describe('exporting a prep brief', () => {
  it('saves the brief for one request under "Prep brief – Acme – <person>.pdf" with the person and the application in it', async () => {
    const { environment, offers } = harness((name) => intoFolder(name));
    const result = await exportPrepBrief(sampleDocument(), { requestId: 'req-brief', language: 'en' }, environment);
    expect(offers[0]!.defaultName).toBe('Prep brief – Acme – Łukasz Żółć.pdf');
    const text = flat(await pdfPages(new Uint8Array(await readFile(result.savedTo!))));
    expect(text).toContain('Łukasz');
    expect(text).toContain('Acme');
  });

  it('answers not_found for an unknown request', async () => {
    const { environment } = harness((name) => intoFolder(name));
    await expect(exportPrepBrief(sampleDocument(), { requestId: 'req-gone', language: 'de' }, environment)).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
