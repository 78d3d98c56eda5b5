// Main's memory with a user's data: the built main process started in plain Node (Electron
// stubbed, as the boot test does), the window's app:load answered, the launch backup
// written; then the process reports its resident memory. Measured in a process of its own,
// so the bench's generated documents and browser stay out of the figure.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RekindleDocument } from '../../shared/schema/document';
import { bootMain, makeBootSandbox } from '../main/boot/sandbox';
import { writeDataFile } from './node-metrics';
import { summarize, type Summary } from './stats';

export interface MainMemory {
  /** Resident set size once the data is loaded and main is idle again. */
  rss: Summary;
  /** The highest resident size the process reached, opening included. */
  peak: Summary;
  heapUsed: Summary;
}

interface MemoryRecord {
  memory?: { loaded: boolean | null; rss: number; heapUsed: number; peak: number };
}

export async function measureMainMemory(document: RekindleDocument, runs: number): Promise<MainMemory> {
  const sandbox = makeBootSandbox(resolve('.'));
  try {
    writeDataFile(join(sandbox, 'data'), document);
    const samples: NonNullable<MemoryRecord['memory']>[] = [];
    // The first start turns the plain file into a snapshot and journal, once in a folder's
    // life: not counted, so the figure is that of every later launch.
    for (let index = 0; index < runs + 1; index += 1) {
      const record = await bootMain<MemoryRecord>(sandbox, { REKINDLE_BOOT_PLAY: 'memory' }, 120_000);
      if (!record.memory || record.memory.loaded !== true) throw new Error('main did not answer app:load');
      if (index > 0) samples.push(record.memory);
    }
    const mb = (pick: (sample: (typeof samples)[number]) => number) => summarize(samples.map((sample) => pick(sample) / 1024 / 1024));
    return { rss: mb((sample) => sample.rss), peak: mb((sample) => sample.peak), heapUsed: mb((sample) => sample.heapUsed) };
  } finally {
    rmSync(sandbox, { recursive: true, force: true });
  }
}
