// The same disk-full promise on a real, small disk: a 2 MiB tmpfs with 0, 64, 128 and
// 200 KB left, where conf's own atomic write really does cut the snapshot short. Needs root
// to mount (CI runs as root); elsewhere it is skipped with the reason logged.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statfsSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/errors';
import { DataStore } from '../../../main/store/data-store';
import { confEngine } from '../../../main/store/engine';
import { serializeDocument } from '../../../main/store/serialize';
import { generateDocument, SIZES } from '../../bench/generate';
import { addPersonTo, dataFileIn, idsOf, manualTimers, reopen } from './store-helpers';

let mountPoint = '';
let mounted = false;
let skipReason = '';

beforeAll(() => {
  mountPoint = mkdtempSync(join(tmpdir(), 'rekindle-tmpfs-'));
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    skipReason = 'mounting a tmpfs needs root on Linux';
    return;
  }
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint], { stdio: 'pipe' });
    mounted = true;
  } catch (error) {
    skipReason = `mount refused: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
});

afterAll(() => {
  if (mounted) execFileSync('umount', [mountPoint], { stdio: 'pipe' });
  rmSync(mountPoint, { recursive: true, force: true });
});

const freeBytes = () => {
  const stats = statfsSync(mountPoint);
  return stats.bavail * stats.bsize;
};

describe('a real 2 MiB disk that fills up', () => {
  it.for([0, 64, 128, 200])('with %i KB free: every acknowledged change survives, every refused one is absent', (freeKb, context) => {
    if (!mounted) {
      console.warn(`Skipping the tmpfs disk-full test: ${skipReason}`);
      context.skip();
    }
    const dir = join(mountPoint, `data-${freeKb}`);
    const filler = join(mountPoint, `filler-${freeKb}`);
    mkdirSync(dir);
    try {
      writeFileSync(dataFileIn(dir), serializeDocument(generateDocument(SIZES.S, new Date('2026-03-02T08:00:00Z'))));
      const store = DataStore.open({ dir, engine: confEngine, now: () => new Date(), timers: manualTimers() });
      writeFileSync(filler, Buffer.alloc(Math.max(0, freeBytes() - freeKb * 1024)));

      const acknowledged: string[] = [];
      const refused: string[] = [];
      for (let n = 0; n < 400 && refused.length < 3; n += 1) {
        const id = `tmpfs-${freeKb}-${n}`;
        try {
          store.update((document) => ({ ...document, references: [...document.references, { ...document.references[0]!, id, notes: 'n'.repeat(1500) }] }));
          acknowledged.push(id);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          expect((error as DomainError).code).toBe('disk_full');
          refused.push(id);
        }
        // Compactions on the full disk: conf's write is cut short, the backup fails; none may lose anything.
        if (n % 4 === 3) store.compact();
      }
      expect(refused.length).toBeGreaterThan(0);

      const found = new Set(idsOf(reopen(dir).document));
      for (const id of acknowledged) expect(found).toContain(id);
      for (const id of refused) expect(found).not.toContain(id);

      // Space freed: the next change saves and survives a reopen.
      unlinkSync(filler);
      addPersonTo(store, `after-${freeKb}`);
      expect(idsOf(reopen(dir).document)).toContain(`after-${freeKb}`);
      store.close();
      expect(idsOf(reopen(dir).document)).toEqual(idsOf(store.document));
    } finally {
      rmSync(filler, { force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
