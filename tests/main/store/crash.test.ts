// Crashes at random moments: a child process saves people through the real handlers and
// is killed with SIGKILL mid-write, again and again, over S and M data. A save counts as
// acknowledged only once the child has reported its answer; after each kill the folder is
// opened as the next launch would, and every acknowledged save must be there.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataStore } from '../../../main/store/data-store';
import { confEngine } from '../../../main/store/engine';
import { serializeDocument } from '../../../main/store/serialize';
import { generateDocument, seededRandom, SIZES, type SizeName } from '../../bench/generate';
import { dataFileIn, idsOf, manualTimers, tempFilesIn } from './store-helpers';

const CHILD = resolve('out/test-crash-child/crash-child.mjs');
const KILLS: Record<'S' | 'M', number> = { S: 55, M: 45 };

beforeAll(async () => {
  // The child runs the TypeScript sources, bundled once (node_modules stay external).
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: resolve('tests/main/store/crash-child.ts'),
      outDir: resolve('out/test-crash-child'),
      emptyOutDir: true,
      minify: false,
      // Libraries only the unused handlers need are left out of the child's start-up.
      rollupOptions: { treeshake: { moduleSideEffects: false }, output: { format: 'es', entryFileNames: 'crash-child.mjs' } },
    },
  });
}, 120_000);

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface Run {
  acknowledged: string[];
  sawReady: boolean;
}

/** Starts the child, kills it after `killAfterMs` (counted from READY when `afterReady`), collects its ACKs. */
function runAndKill(dir: string, prefix: string, killAfterMs: number, afterReady: boolean): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CHILD, dir, prefix], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { acknowledged: [], sawReady: false };
    let buffered = '';
    let stderr = '';
    const kill = () => child.kill('SIGKILL');
    if (!afterReady) setTimeout(kill, killAfterMs);
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      let newline = buffered.indexOf('\n');
      while (newline !== -1) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        // Only a whole line counts: a kill in the middle of writing one acknowledged nothing.
        if (line === 'READY') {
          run.sawReady = true;
          if (afterReady) setTimeout(kill, killAfterMs);
        } else if (line.startsWith('ACK ')) run.acknowledged.push(line.slice(4));
        newline = buffered.indexOf('\n');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', fail);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') fail(new Error(`The child ended on its own: ${stderr.slice(0, 2000)}`));
      else done(run);
    });
  });
}

async function killRepeatedly(size: SizeName, kills: number, seed: number): Promise<{ acknowledged: number; kills: number }> {
  const dir = mkdtempSync(join(tmpdir(), `rekindle-crash-${size}-`));
  dirs.push(dir);
  const now = new Date('2026-03-02T08:00:00.000Z');
  // The data as an older version left it: a plain data file, no journal yet.
  writeFileSync(dataFileIn(dir), serializeDocument(generateDocument(SIZES[size], now)), { mode: 0o600 });
  const random = seededRandom(seed);
  const acknowledged = new Set<string>();
  for (let kill = 0; kill < kills; kill += 1) {
    const afterReady = random() < 0.8;
    const delay = afterReady ? Math.floor(random() * 150) : Math.floor(random() * 400);
    const run = await runAndKill(dir, `${size}${kill}`, delay, afterReady);
    run.acknowledged.forEach((id) => acknowledged.add(id));

    // The next launch: every acknowledged save is there, and no temp file is left.
    const store = DataStore.open({ dir, engine: confEngine, now: () => new Date(), timers: manualTimers() });
    const present = new Set(idsOf(store.document));
    const lost = [...acknowledged].filter((id) => !present.has(id));
    expect(lost, `lost after kill ${kill} (${delay} ms, ${afterReady ? 'after' : 'before'} ready)`).toEqual([]);
    expect(store.notice).toBeNull();
    expect(tempFilesIn(dir)).toEqual([]);
  }
  return { acknowledged: acknowledged.size, kills };
}

describe('killing the app with SIGKILL while it saves', () => {
  it(`loses no acknowledged change over ${KILLS.S + KILLS.M} kills at S and M`, async () => {
    const results = await Promise.all([killRepeatedly('S', KILLS.S, 7), killRepeatedly('M', KILLS.M, 11)]);

    const total = results.reduce((sum, result) => sum + result.kills, 0);
    expect(total).toBeGreaterThanOrEqual(100);
    // The kills landed while saves were going on, not only before the first one.
    expect(results.every((result) => result.acknowledged > result.kills)).toBe(true);
  }, 240_000);
});
