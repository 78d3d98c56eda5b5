// Killing the app with SIGKILL while it moves the data folder (M data and its backups), at
// moments spread over the whole move: every launch afterwards finds one complete folder in
// use, whose document deep-equals the one before the move, and never an unfinished copy.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataPlace } from '../../../main/store/data-location';
import { DataStore } from '../../../main/store/data-store';
import { confEngine } from '../../../main/store/engine';
import { INCOMPLETE_MARK, nodeFolderFileSystem } from '../../../main/store/folder-files';
import type { RekindleDocument } from '../../../shared/schema/document';
import { generateDocument, SIZES } from '../../bench/generate';
import { manualTimers } from './store-helpers';

const CHILD = resolve('out/test-move-crash-child/move-crash-child.mjs');
const KILLS = 16;
const root = mkdtempSync(join(tmpdir(), 'rekindle-move-crash-'));
const template = join(root, 'template');
let expected: RekindleDocument;

beforeAll(async () => {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: resolve('tests/main/store/move-crash-child.ts'),
      outDir: resolve('out/test-move-crash-child'),
      emptyOutDir: true,
      minify: false,
      rollupOptions: { treeshake: { moduleSideEffects: false }, output: { format: 'es', entryFileNames: 'move-crash-child.mjs' } },
    },
  });
  // The app folder as a heavy user has it: M data, a journal, and backups from many days.
  mkdirSync(template, { recursive: true });
  const start = new Date('2026-01-01T08:00:00.000Z').getTime();
  for (let day = 0; day < 8; day += 1) {
    const store = DataStore.open({ dir: template, engine: confEngine, now: () => new Date(start + day * 86_400_000), timers: manualTimers() });
    store.replace(generateDocument(SIZES.M, new Date(start + day * 86_400_000)));
    store.compact();
    store.close();
  }
  const store = DataStore.open({ dir: template, engine: confEngine, now: () => new Date(start), timers: manualTimers() });
  expected = store.document;
  store.close();
}, 180_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs a move in a child and kills it `killAfterMs` after it starts moving, or (null) once it is done. Answers the move's length when it got there. */
function runMove(appDir: string, picked: string, killAfterMs: number | null): Promise<number | null> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CHILD, appDir, picked], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    const kill = () => child.kill('SIGKILL');
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (!armed && killAfterMs !== null && out.includes('MOVING\n')) {
        armed = true;
        setTimeout(kill, killAfterMs);
      }
      if (killAfterMs === null && /MOVED \d+\n/.test(out)) kill();
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('exit', (_code, signal) => {
      const moved = /MOVED (\d+)\n/.exec(out);
      if (signal === 'SIGKILL') done(moved ? Number(moved[1]) : null);
      else fail(new Error(`The child ended on its own: ${err.slice(0, 2000)}`));
    });
  });
}

/** What the next launch opens: the folder the pointer names (or the app folder), its document. */
function launch(appDir: string): { dir: string; document: RekindleDocument } {
  const place = readDataPlace(nodeFolderFileSystem, appDir);
  expect(place.kind).toBe('found');
  expect(existsSync(join(place.dir, INCOMPLETE_MARK))).toBe(false);
  const store = DataStore.open({ dir: place.dir, engine: confEngine, now: () => new Date('2026-03-03T08:00:00.000Z'), timers: manualTimers() });
  expect(store.notice).toBeNull();
  const opened = { dir: place.dir, document: store.document };
  store.close();
  return opened;
}

function freshCopy(name: string): { appDir: string; picked: string } {
  const appDir = join(root, name, 'app');
  cpSync(template, appDir, { recursive: true });
  const picked = join(root, name, 'Sync');
  mkdirSync(picked, { recursive: true });
  return { appDir, picked };
}

describe('killing the app with SIGKILL while it moves the data folder', () => {
  it(`leaves one complete folder in use after each of ${KILLS} kills spread over the move`, async () => {
    expect(readdirSync(join(template, 'backups')).length).toBeGreaterThanOrEqual(8);
    const whole = freshCopy('whole');
    const length = await runMove(whole.appDir, whole.picked, null);
    expect(length).not.toBeNull();
    expect(launch(whole.appDir)).toEqual({ dir: whole.picked, document: expected });

    const outcomes = { old: 0, new: 0, midCopy: 0 };
    for (let kill = 0; kill < KILLS; kill += 1) {
      // From the first moment to well past the end: every stage of the move gets its kills.
      const delay = Math.round(((length ?? 0) * 1.5 * kill) / (KILLS - 1));
      const { appDir, picked } = freshCopy(`kill-${kill}`);
      await runMove(appDir, picked, delay);

      const launched = launch(appDir);
      expect(launched.document, `after a kill ${delay} ms into the move`).toEqual(expected);
      outcomes[launched.dir === appDir ? 'old' : 'new'] += 1;
      // A kill mid-copy leaves files in the target beside the mark; that copy is not in use.
      if (launched.dir === appDir && readdirSync(picked).length > 0) outcomes.midCopy += 1;
      // The old folder is still whole whichever one is in use.
      const old = DataStore.open({ dir: appDir, engine: confEngine, now: () => new Date(), timers: manualTimers() });
      expect(old.document).toEqual(expected);
      old.close();
      rmSync(join(root, `kill-${kill}`), { recursive: true, force: true });
    }
    expect(outcomes.old, JSON.stringify(outcomes)).toBeGreaterThan(0);
    expect(outcomes.new).toBeGreaterThan(0);
  }, 300_000);
});
