// The live sync on a real folder through chokidar: a file another computer's sync drops in
// is merged and reported; this computer's own writes, temporary files and the backups
// folder below wake nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppCommand } from '../../../shared/ipc/channels';
import type { ExternalChanges } from '../../../shared/sync/external-changes';
import { chokidarWatchFolder } from '../../../main/adapters/folder-watch';
import { startLiveSync, type LiveSync, type LiveSyncStore } from '../../../main/services/live-sync';
import { makeReference } from '../../fixtures/documents';

let dir: string;
let sync: LiveSync | null = null;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-live-'));
});

afterEach(async () => {
  await sync?.close();
  sync = null;
  rmSync(dir, { recursive: true, force: true });
});

/** Remembers which files woke it, by what each merge was asked after. */
class CountingStore implements LiveSyncStore {
  readonly readOnly = false;
  absorbs = 0;
  constructor(private readonly own: string[]) {}
  absorbExternal(): ExternalChanges | null {
    this.absorbs += 1;
    const anna = makeReference({ id: `p-${this.absorbs}`, name: 'Anna Berg' });
    return { patch: { references: { upsert: [anna], remove: [] } }, from: [{ deviceId: 'd-2', deviceName: 'Annas-MacBook', changes: 1 }] };
  }
  isOwnFile(path: string): boolean {
    return this.own.includes(path);
  }
}

/** Resolves once chokidar reports the folder is watched, so no early write goes unseen. */
async function watching(store: LiveSyncStore, pushed: AppCommand[]): Promise<void> {
  sync = startLiveSync({ dir, store, push: (command) => pushed.push(command), settleMs: 20, watch: chokidarWatchFolder });
  await sync.ready;
}

describe('live sync on a real folder', () => {
  it("merges a journal that another computer's sync dropped into the folder, and tells the window", async () => {
    const store = new CountingStore([]);
    const pushed: AppCommand[] = [];
    await watching(store, pushed);
    writeFileSync(join(dir, 'rekindle-data.d-2.journal'), '{"type":"header"}\n');
    await vi.waitFor(() => expect(pushed).toHaveLength(1), { timeout: 5000 });
    expect(pushed[0]).toMatchObject({ type: 'externalChanges', from: [{ deviceName: 'Annas-MacBook', changes: 1 }] });
  });

  it("is not woken by this computer's own files, temporary files or the backups folder", async () => {
    const own = [join(dir, 'rekindle-data.json'), join(dir, 'rekindle-data.journal')];
    const store = new CountingStore(own);
    const pushed: AppCommand[] = [];
    await watching(store, pushed);
    for (const path of own) writeFileSync(path, 'ours');
    writeFileSync(join(dir, 'rekindle-data.json.tmp-4821'), 'half');
    writeFileSync(join(dir, '.syncthing.rekindle-data.d-2.journal.tmp'), 'half');
    mkdirSync(join(dir, 'backups'));
    writeFileSync(join(dir, 'backups', 'rekindle-data.2026-12-03.json'), 'backup');
    // Long enough for chokidar to report each of them, had it been watching for them.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(store.absorbs).toBe(0);

    // A real arrival afterwards is the one and only merge: the watch was running all along.
    writeFileSync(join(dir, 'rekindle-data.d-2.journal'), '{"type":"header"}\n');
    await vi.waitFor(() => expect(pushed).toHaveLength(1), { timeout: 5000 });
    expect(store.absorbs).toBe(1);
  });
});
