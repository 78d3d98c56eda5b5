// An export onto a real disk that is full: a 1 MiB tmpfs filled to the last block. The
// answer says the disk is full and names the folder, the earlier file of that name is left
// as it was, and no half-written file stays behind. Needs root to mount (CI runs as root);
// elsewhere it is skipped with the reason logged.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCsv, exportReferenceSheet } from '../../../../main/services/document-exports';
import { writeFileVerified } from '../../../../main/store/durable';
import { harness, sampleDocument, useExportFolder } from './export-harness';

useExportFolder();

let disk = '';
let skipReason = '';

beforeAll(() => {
  disk = mkdtempSync(join(tmpdir(), 'rekindle-full-disk-'));
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    skipReason = 'mounting a tmpfs needs root on Linux';
    return;
  }
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', disk], { stdio: 'pipe' });
  } catch (error) {
    skipReason = `mount refused: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
});

afterAll(() => {
  if (!skipReason) execFileSync('umount', [disk], { stdio: 'pipe' });
  rmSync(disk, { recursive: true, force: true });
});

function fillDisk(): void {
  const { bavail, bsize } = statfsSync(disk);
  writeFileSync(join(disk, 'filler'), Buffer.alloc(bavail * bsize));
  // tmpfs may keep a last partial page; top it up byte by byte until it refuses.
  for (let n = 0; n < 4096; n += 1) {
    try {
      writeFileSync(join(disk, `crumb-${n}`), Buffer.alloc(1024));
    } catch {
      return;
    }
  }
}

describe('exporting onto a full disk', () => {
  it('answers disk_full naming the folder, keeps the earlier file and leaves no partial one', async (context) => {
    if (skipReason) {
      console.warn(`Skipping the full-disk export test: ${skipReason}`);
      context.skip();
    }
    const earlierSheet = join(disk, 'sheet.pdf');
    const earlierCsv = join(disk, 'people.csv');
    writeFileSync(earlierSheet, 'the sheet exported last week');
    writeFileSync(earlierCsv, 'the list exported last week');
    fillDisk();
    const before = readdirSync(disk).sort();

    for (const [target, run] of [
      [earlierSheet, (environment: Parameters<typeof exportCsv>[2]) =>
        exportReferenceSheet(sampleDocument(), { applicationId: null, referenceIds: ['ref-lukasz'], language: 'de', format: 'pdf' }, environment)],
      [earlierCsv, (environment: Parameters<typeof exportCsv>[2]) => exportCsv(sampleDocument(), { kind: 'people', language: 'en' }, environment)],
    ] as const) {
      const { environment } = harness(() => target);
      await expect(run({ ...environment, writeFile: writeFileVerified })).rejects.toMatchObject({
        code: 'disk_full',
        issues: [{ path: disk, code: 'disk_full' }],
      });
    }
    expect(readFileSync(earlierSheet, 'utf8')).toBe('the sheet exported last week');
    expect(readFileSync(earlierCsv, 'utf8')).toBe('the list exported last week');
    expect(readdirSync(disk).sort()).toEqual(before);
  });
});
