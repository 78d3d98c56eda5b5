// A move whose file system fails at its Nth call, for every N the move makes: each failure
// is a typed error, the app keeps working on a complete folder, and the next launch opens a
// complete folder whose document deep-equals the one before the move.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeFolderFileSystem, type FolderFileSystem } from '../../../main/store/folder-files';
import { ERROR_CODES } from '../../../shared/ipc/result';
import { addPeople, launchedDocument } from './data-location-world';
import { openHandlerCore, sendTo } from './handler-core';

const root = mkdtempSync(join(tmpdir(), 'rekindle-move-faults-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The real folder file system, failing its `failAt`th call with `code`; `calls` counts every call. */
function failingAt(failAt: number, code: string): { fs: FolderFileSystem; calls: () => number; reset: () => void } {
  let calls = 0;
  const fs = new Proxy(nodeFolderFileSystem, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls += 1;
        if (calls === failAt) throw Object.assign(new Error(`${code}: injected at call ${failAt} (${String(name)})`), { code });
        return Reflect.apply(value, target, args);
      };
    },
  });
  return { fs, calls: () => calls, reset: () => (calls = 0) };
}

async function moveWithFault(name: string, failAt: number, code: string) {
  const appDir = join(root, name, 'app');
  const picked = join(root, name, 'picked');
  mkdirSync(picked, { recursive: true });
  mkdirSync(appDir, { recursive: true });
  const faults = failingAt(failAt, code);
  const core = openHandlerCore(appDir, { folderFs: faults.fs, dialogs: { save: async () => null, open: async () => null, chooseFolder: async () => picked } });
  const world = { send: (channel: string, payload?: unknown) => sendTo(core, channel, payload) };
  await addPeople(world, 4);
  core.store.compact();
  await addPeople(world, 2, 'In the journal');
  const before = core.store.document;
  faults.reset();
  const result = await world.send('dataFolder:move');
  return { appDir, core, before, result, calls: faults.calls(), world };
}

describe('a move that fails at any one file-system call', () => {
  it.each(['EIO', 'ENOSPC'])('leaves a complete folder in use, at every call, failing with %s', async (code) => {
    const whole = await moveWithFault(`${code}-whole`, 0, code);
    expect(whole.result.ok).toBe(true);
    const total = whole.calls;
    expect(total).toBeGreaterThan(20);

    let refused = 0;
    for (let failAt = 1; failAt <= total; failAt += 1) {
      const { appDir, core, before, result, world } = await moveWithFault(`${code}-${failAt}`, failAt, code);
      if (!result.ok) {
        refused += 1;
        expect(ERROR_CODES).toContain(result.error.code);
        expect(['io_error', 'disk_full'], `failing call ${failAt} of ${total}`).toContain(result.error.code);
        // A refused move takes its copy away again: nothing is left where the data was to go.
        expect(readdirSync(join(root, `${code}-${failAt}`, 'picked'), { recursive: true }), `failing call ${failAt}: ${result.error.message}`).toEqual([]);
      }
      // Whatever happened, the app holds the same records, saves the next change, and the
      // next launch opens a complete folder with all of it.
      expect(core.store.document).toEqual(before);
      await addPeople(world, 1, 'Later');
      const launched = launchedDocument(appDir);
      expect(launched.document, `failing call ${failAt}`).toEqual(core.store.document);
      core.store.close();
    }
    expect(refused).toBeGreaterThan(total / 2);
  }, 240_000);
});
