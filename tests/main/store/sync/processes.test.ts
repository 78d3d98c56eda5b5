// Computers as separate processes. Two processes adding 300 people each to one folder used
// to lose about a third of them (both wrote one file); now each ends with all 600. And two
// processes editing at random in their own folders, while a sync service copies files
// between them, converge once it has delivered everything.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNothingLost, type Acked } from './convergence-model';
import { deliver, openComputer, removeFolder, tempFolder } from './sync-helpers';
import { seededRandom } from '../../../bench/generate';

const CHILD = resolve('out/test-sync-child/device-child.mjs');

beforeAll(async () => {
  // The child runs the TypeScript sources, bundled once (node_modules stay external).
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: resolve('tests/main/store/sync/device-child.ts'),
      outDir: resolve('out/test-sync-child'),
      emptyOutDir: true,
      minify: false,
      rollupOptions: { treeshake: { moduleSideEffects: false }, output: { format: 'es', entryFileNames: 'device-child.mjs' } },
    },
  });
}, 120_000);

const folders: string[] = [];
afterAll(() => folders.forEach(removeFolder));

interface ChildRun {
  acked: Acked[];
  total: number;
}

function runChild(args: string[]): Promise<ChildRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: Acked[] = [];
    let total = -1;
    let rest = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ACK ')) acked.push(JSON.parse(line.slice(4)) as Acked);
        if (line.startsWith('TOTAL ')) total = Number(line.slice(6));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString('utf8');
    });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done({ acked, total }) : fail(new Error(`child exited with ${code}: ${errors}`))));
  });
}

it('two processes adding 300 people each to one folder both end with all 600', async () => {
  const dir = tempFolder('six-hundred');
  folders.push(dir);
  const [first, second] = await Promise.all([runChild([dir, 'first-1', 'add', '300', '600']), runChild([dir, 'second-2', 'add', '300', '600'])]);
  expect(first?.acked).toHaveLength(300);
  expect(second?.acked).toHaveLength(300);
  expect(first?.total).toBe(600);
  expect(second?.total).toBe(600);
  const ids = [...(first?.acked ?? []), ...(second?.acked ?? [])].map((change) => change.id).sort();
  const again = [openComputer(dir, 'first-1', 'First'), openComputer(dir, 'second-2', 'Second')];
  for (const computer of again) expect(computer.store.document.references.map((person) => person.id).sort()).toEqual(ids);
  expect(again[0]?.store.document).toEqual(again[1]?.store.document);
}, 60_000);

it.each([11, 29])('two processes editing in their own folders while files travel between them converge, losing nothing (seed %i)', async (seed) => {
  const dirs = [tempFolder('proc-a'), tempFolder('proc-b')];
  folders.push(...dirs);
  const [a = '', b = ''] = dirs;
  const random = seededRandom(seed);
  let running = true;
  // The sync service: copies one way or the other at random moments while both work.
  const service = (async () => {
    while (running) {
      if (random() < 0.5) deliver(a, b);
      else deliver(b, a);
      await new Promise((done) => setTimeout(done, Math.floor(random() * 15)));
    }
  })();
  const runs = await Promise.all([runChild([a, 'proc-a', 'random', '120', '0', String(seed)]), runChild([b, 'proc-b', 'random', '120', '0', String(seed + 1)])]);
  running = false;
  await service;
  deliver(a, b);
  deliver(b, a);
  const computers = [openComputer(a, 'proc-a', 'Computer proc-a'), openComputer(b, 'proc-b', 'Computer proc-b')];
  for (let round = 0; round < 2; round += 1) {
    computers.forEach((computer) => computer.store.compact());
    deliver(a, b);
    deliver(b, a);
    computers.forEach((computer) => computer.store.absorbExternal());
  }
  expect(computers[0]?.store.document).toEqual(computers[1]?.store.document);
  expectNothingLost(computers[0]?.store.document ?? openComputer(a, 'proc-a', 'Computer proc-a').store.document, runs.flatMap((run) => run.acked));
}, 60_000);
