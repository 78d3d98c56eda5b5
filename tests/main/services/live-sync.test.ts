// The live sync's rules, with the folder's events and the timers driven by hand: a burst of
// files merges once, this computer's own files and half-written ones wake nothing, and the
// window hears when saving pauses and resumes. live-sync-folder.test.ts runs it on a real folder.
import { describe, expect, it } from 'vitest';
import type { AppCommand } from '../../../shared/ipc/channels';
import type { ExternalChanges } from '../../../shared/sync/external-changes';
import type { FolderEvents, WatchFolder } from '../../../main/ports';
import { isTemporaryFile, startLiveSync, type LiveSyncStore } from '../../../main/services/live-sync';
import { makeReference } from '../../fixtures/documents';
import { manualTimers } from '../store/store-helpers';

const DIR = '/data';
const OWN = ['/data/rekindle-data.json', '/data/rekindle-data.journal'];

/** A store that answers with what the test lines up, and counts how often it was asked. */
class ScriptedStore implements LiveSyncStore {
  absorbs = 0;
  readOnly = false;
  next: ExternalChanges | null = null;
  failNext = false;
  absorbExternal(): ExternalChanges | null {
    this.absorbs += 1;
    if (this.failNext) {
      this.failNext = false;
      throw new Error('journal unreadable');
    }
    const next = this.next;
    this.next = null;
    return next;
  }
  isOwnFile(path: string): boolean {
    return OWN.includes(path);
  }
}

function setUp(store = new ScriptedStore()) {
  const timers = manualTimers();
  const pushed: AppCommand[] = [];
  const watches: { events: FolderEvents; closed: boolean }[] = [];
  const watch: WatchFolder = (_dir, events) => {
    const entry = { events, closed: false };
    watches.push(entry);
    return {
      ready: Promise.resolve(),
      close: async () => {
        entry.closed = true;
      },
    };
  };
  const errors: unknown[] = [];
  const sync = startLiveSync({ dir: DIR, store, watch, push: (command) => pushed.push(command), timers, logError: (error) => errors.push(error) });
  const current = () => watches[watches.length - 1] as { events: FolderEvents; closed: boolean };
  return { store, timers, pushed, watches, current, sync, errors };
}

const anna = makeReference({ id: 'p-anna', name: 'Anna Berg' });
const fromLaptop: ExternalChanges = { patch: { references: { upsert: [anna], remove: [] } }, from: [{ deviceId: 'd-2', deviceName: 'Annas-MacBook', changes: 3 }] };

describe('live sync', () => {
  it('merges a burst of arriving files once, after they settle, and tells the window what came in', () => {
    const { store, timers, pushed, current } = setUp();
    store.next = fromLaptop;
    current().events.change('/data/rekindle-data.d-2.journal');
    current().events.change('/data/rekindle-data.d-2.json');
    current().events.change('/data/rekindle-data.d-3.journal');
    expect(store.absorbs).toBe(0);
    expect(timers.pending).toBe(1);

    timers.runAll();
    expect(store.absorbs).toBe(1);
    expect(pushed).toEqual([{ type: 'externalChanges', patch: fromLaptop.patch, from: fromLaptop.from }]);
  });

  it('pushes nothing when the merge found nothing new', () => {
    const { timers, pushed, current, store } = setUp();
    current().events.change('/data/rekindle-data.d-2.journal');
    timers.runAll();
    expect(store.absorbs).toBe(1);
    expect(pushed).toEqual([]);
  });

  it("ignores this computer's own files and files still being written", () => {
    const { timers, current, store } = setUp();
    for (const path of [...OWN, '/data/rekindle-data.json.tmp-1234', '/data/.syncthing.rekindle-data.d-2.journal.tmp', '/data/rekindle-data.d-2.journal.partial', '/data/~rekindle-data.tmp', '/data/.DS_Store']) {
      current().events.change(path);
    }
    expect(timers.pending).toBe(0);
    timers.runAll();
    expect(store.absorbs).toBe(0);
  });

  it('tells a temporary file from a real one by its name', () => {
    expect(isTemporaryFile('/data/rekindle-data (conflicted copy).journal')).toBe(false);
    expect(isTemporaryFile('/data/rekindle-data.sync-conflict-20261203-120000-ABC.journal')).toBe(false);
    expect(isTemporaryFile('/data/rekindle-data.d-2.journal')).toBe(false);
    expect(isTemporaryFile('/data/rekindle-data.journal.tmp-99')).toBe(true);
    expect(isTemporaryFile('/data/rekindle-data.journal.crdownload')).toBe(true);
  });

  it('says once that saving paused, looks again while paused, and once that it resumed, watching the returned folder afresh', () => {
    const { store, timers, pushed, watches, current } = setUp();
    store.readOnly = true;
    current().events.error(Object.assign(new Error('watch failed'), { code: 'ENOENT' }));
    timers.runAll();
    expect(pushed).toEqual([{ type: 'savingPaused', paused: true }]);

    // Still gone at the next look: nothing new is said, and it keeps looking.
    timers.runAll();
    expect(pushed).toHaveLength(1);
    expect(timers.pending).toBe(1);

    store.readOnly = false;
    timers.runAll();
    expect(pushed).toEqual([
      { type: 'savingPaused', paused: true },
      { type: 'savingPaused', paused: false },
    ]);
    expect(timers.pending).toBe(0);
    expect(watches).toHaveLength(2);
    expect(watches[0]?.closed).toBe(true);
    expect(current().closed).toBe(false);
  });

  it('keeps watching after a merge that failed, and merges at the next file', () => {
    const { store, timers, pushed, current, errors } = setUp();
    store.failNext = true;
    current().events.change('/data/rekindle-data.d-2.journal');
    timers.runAll();
    expect(errors).toHaveLength(1);

    store.next = fromLaptop;
    current().events.change('/data/rekindle-data.d-2.journal');
    timers.runAll();
    expect(pushed).toEqual([{ type: 'externalChanges', patch: fromLaptop.patch, from: fromLaptop.from }]);
  });

  it('merges nothing after it was closed, and lets go of the folder', async () => {
    const { store, timers, current, sync } = setUp();
    current().events.change('/data/rekindle-data.d-2.journal');
    await sync.close();
    timers.runAll();
    current().events.change('/data/rekindle-data.d-2.journal');
    timers.runAll();
    expect(store.absorbs).toBe(0);
    expect(current().closed).toBe(true);
  });
});
