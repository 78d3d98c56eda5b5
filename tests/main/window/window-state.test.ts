import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoreTimers } from '../../../main/store/timers';
import type { WindowState } from '../../../main/window-placement';
import { readWindowState, rememberWindowState, SAVE_DELAY_MS, WINDOW_STATE_FILE, writeWindowState, type TrackedWindow } from '../../../main/window-state';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-window-'));
  file = join(dir, WINDOW_STATE_FILE);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const state: WindowState = { bounds: { x: 40, y: 60, width: 1300, height: 900 }, maximized: true };

describe('the window state file', () => {
  it('reads back what was written, and leaves no temp file beside it', () => {
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    expect(readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
  });

  it('replaces the previous state whole', () => {
    writeWindowState(file, state);
    writeWindowState(file, { ...state, maximized: false });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ ...state, maximized: false });
  });

  it.each([
    ['no file', null],
    ['a cut-off file', '{"bounds":{"x":40,"y":'],
    ['not JSON', 'window please'],
    ['a size of zero', JSON.stringify({ ...state, bounds: { ...state.bounds, width: 0 } })],
    ['fractions', JSON.stringify({ ...state, bounds: { ...state.bounds, x: 0.5 } })],
    ['a window larger than any screen', JSON.stringify({ ...state, bounds: { ...state.bounds, height: 1e9 } })],
    ['a missing field', JSON.stringify({ bounds: state.bounds })],
    ['an extra field', JSON.stringify({ ...state, zoom: 3 })],
  ])('opens with the defaults after %s', (_case, content) => {
    if (content !== null) writeFileSync(file, content);
    expect(readWindowState(file)).toBeNull();
  });

  it('removes the temp file an interrupted write left behind', () => {
    writeWindowState(file, state);
    writeFileSync(join(dir, `${WINDOW_STATE_FILE}.tmp-rk0123456789ab`), '{"bounds":');
    expect(readWindowState(file)).toEqual(state);
    expect(readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
  });
});

/** Timers run by hand: `tick()` fires what is due, as the clock moving on would. */
function manualTimers() {
  let pending: { run: () => void; ms: number } | null = null;
  const timers: StoreTimers = {
    set(run, ms) {
      pending = { run, ms };
      return pending;
    },
    clear(handle) {
      if (handle === pending) pending = null;
    },
  };
  return {
    timers,
    delay: () => pending?.ms,
    tick() {
      const due = pending;
      pending = null;
      due?.run();
    },
  };
}

function trackedWindow() {
  const changes: (() => void)[] = [];
  const closes: (() => void)[] = [];
  let current = state;
  const window: TrackedWindow = {
    onChange: (listener) => changes.push(listener),
    onClose: (listener) => closes.push(listener),
    state: () => current,
  };
  return {
    window,
    moveTo(x: number) {
      current = { ...current, bounds: { ...current.bounds, x } };
      for (const listener of changes) listener();
    },
    close: () => closes.forEach((listener) => listener()),
  };
}

describe('remembering the window while it is used', () => {
  it('saves once, the last place, after a drag comes to rest', () => {
    const clock = manualTimers();
    const tracked = trackedWindow();
    const saved: WindowState[] = [];
    rememberWindowState(tracked.window, (s) => saved.push(s), { timers: clock.timers });

    for (const x of [50, 60, 70, 80]) tracked.moveTo(x);
    expect(saved).toEqual([]);
    expect(clock.delay()).toBe(SAVE_DELAY_MS);

    clock.tick();
    expect(saved.map((s) => s.bounds.x)).toEqual([80]);
  });

  it('saves at once when the window closes, without waiting for a pending save', () => {
    const clock = manualTimers();
    const tracked = trackedWindow();
    const saved: WindowState[] = [];
    rememberWindowState(tracked.window, (s) => saved.push(s), { timers: clock.timers });

    tracked.moveTo(500);
    tracked.close();
    clock.tick();

    expect(saved.map((s) => s.bounds.x)).toEqual([500]);
  });

  it('writes the file a later launch reads', () => {
    const clock = manualTimers();
    const tracked = trackedWindow();
    rememberWindowState(tracked.window, (s) => writeWindowState(file, s), { timers: clock.timers });

    tracked.moveTo(321);
    tracked.close();

    expect(readWindowState(file)?.bounds.x).toBe(321);
  });

  it('reports a save that fails and keeps the window going', () => {
    const clock = manualTimers();
    const tracked = trackedWindow();
    const errors: unknown[] = [];
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    rememberWindowState(
      tracked.window,
      () => {
        throw full;
      },
      { timers: clock.timers, onError: (error) => errors.push(error) },
    );

    tracked.moveTo(10);
    clock.tick();
    expect(() => tracked.close()).not.toThrow();
    expect(errors).toEqual([full, full]);
  });
});
