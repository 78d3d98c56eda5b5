// Starts the built main bundle (out/main/index.js, as `npm run build` makes it) in plain
// Node with `electron` replaced by a recording stub: index.ts, its wiring and its imports
// are exercised as shipped, the only part of main the other tests cannot reach.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import { bootMain, makeBootSandbox } from './sandbox';

const root = resolve('.');

interface BootRecord {
  sandboxEnabled: boolean;
  singleInstanceLock: boolean;
  channels: string[];
  listeners: string[];
  menus: string[][];
  windows: Record<string, unknown>[];
  loaded: string[];
  permissionHandler: boolean;
  timeline: string[];
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  handledSchemes: string[];
  served: Record<string, number | null>;
  guards: string[][];
  answers: (boolean | null)[];
  bounds: { x?: number; y?: number; width?: number; height?: number }[];
  windowEvents: string[][];
  contentsEvents: string[][];
  badges: number[];
}

const before = (timeline: string[], first: string, second: string) => {
  expect(timeline, first).toContain(first);
  expect(timeline, second).toContain(second);
  expect(timeline.indexOf(first), `${first} before ${second}`).toBeLessThan(timeline.indexOf(second));
};

describe('the built main process', () => {
  let sandbox: string;
  let record: BootRecord;

  beforeAll(async () => {
    sandbox = makeBootSandbox(root);
    record = await bootMain<BootRecord>(sandbox);
  }, 40_000);

  afterAll(() => {
    if (sandbox) rmSync(sandbox, { recursive: true, force: true });
  });

  it('takes the single-instance lock, enables the sandbox and denies permissions before opening a window', () => {
    expect(record.singleInstanceLock).toBe(true);
    expect(record.sandboxEnabled).toBe(true);
    expect(record.permissionHandler).toBe(true);
    // Electron accepts the sandbox switch only before the app is ready.
    before(record.timeline, 'requestSingleInstanceLock', 'enableSandbox');
    before(record.timeline, 'enableSandbox', 'ready');
    before(record.timeline, 'setPermissionRequestHandler', 'BrowserWindow');
  });

  it('lets the process end once the app quits, the folder watcher and journal closed', () => {
    // The record is printed on exit: having it at all means nothing kept the process alive.
    expect(record.timeline.at(-1)).toBe('quit');
  });

  it('guards the window’s contents against navigation, new windows and webviews', () => {
    expect(record.guards).toHaveLength(1);
    expect([...(record.guards[0] ?? [])].sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect', 'window-open-handler']);
  });

  it('serves the page from its own privileged scheme, registered before the app is ready', () => {
    expect(record.privilegedSchemes).toEqual([{ scheme: 'rekindle', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    before(record.timeline, 'registerSchemesAsPrivileged', 'ready');
    expect(record.handledSchemes).toEqual(['rekindle']);
    before(record.timeline, 'protocol.handle', 'BrowserWindow');
  });

  it('answers the page’s own files from the scheme and nothing outside the built renderer', () => {
    expect(record.served).toEqual({
      'rekindle://app/index.html': 200,
      'rekindle://app/..%2Fmain%2Findex.js': 404,
      'rekindle://elsewhere/index.html': 404,
    });
  });

  it('registers exactly the contract channels', () => {
    expect([...record.channels].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('leaves no IPC listener but the contract handlers: electron-store registers one, and main takes it away', () => {
    expect(record.listeners).toEqual([]);
  });

  it('opens one window with the secure preferences and the built preload and page', () => {
    expect(record.windows).toHaveLength(1);
    expect(record.windows[0]).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(String(record.windows[0]?.preload)).toMatch(/out[\\/]preload[\\/]index\.cjs$/);
    expect(existsSync(String(record.windows[0]?.preload))).toBe(true);
    expect(record.loaded).toEqual(['rekindle://app/index.html']);
  });

  it('rebuilds the menu only when a saved change switches the language', () => {
    // Three saved changes: the paper size, German chosen (the system's language already),
    // then English. Only the last one relabels the menu.
    expect(record.answers).toEqual([true, true, true]);
    expect(record.menus).toEqual([
      ['Datei', 'Bearbeiten', 'Ansicht', 'Fenster', 'Hilfe'],
      ['File', 'Edit', 'View', 'Window', 'Help'],
    ]);
  });

  it('sets the badge from the saved data at start and again after every saved change', () => {
    // Nothing is overdue in a new data file; one count at start, one per saved change.
    expect(record.badges).toEqual([0, 0, 0, 0]);
  });

  it('installs the menu in the system language and creates this computer’s data files readable by its owner only', () => {
    expect(record.menus[0]).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Fenster', 'Hilfe']);
    const files = readdirSync(join(sandbox, 'data')).filter((name) => name !== 'backups');
    // One snapshot and one journal named after this installation, and its id beside them.
    expect(files.filter((name) => /^rekindle-data\.[\w-]+\.json$/.test(name))).toHaveLength(1);
    expect(files.filter((name) => /^rekindle-data\.[\w-]+\.journal$/.test(name))).toHaveLength(1);
    expect(files).toContain('rekindle-device.json');
    for (const name of files) expect(statSync(join(sandbox, 'data', name)).mode & 0o777, name).toBe(0o600);
    expect(readdirSync(join(sandbox, 'data/backups'))).toHaveLength(1);
  });

  it('opens the first window centred on the primary display and remembers where it is moved', () => {
    expect(record.bounds).toEqual([{ x: 320, y: 110, width: 1280, height: 820 }]);
    expect([...(record.windowEvents[0] ?? [])].sort()).toEqual(['close', 'maximize', 'move', 'resize', 'unmaximize']);
  });

  it('gives the window’s contents a right-click menu', () => {
    expect(record.contentsEvents).toEqual([['context-menu']]);
  });
});
