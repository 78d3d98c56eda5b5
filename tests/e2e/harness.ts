// openApp: the shipped renderer and preload in Debian's Chromium, wired to the real
// main-process core (store, services, IPC dispatch) over a data folder. Only Electron's
// own transport is replaced: invoke travels over a Playwright binding.
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AppCommand, View } from '../../shared/ipc/channels';
import { COMMAND_CHANNEL } from '../../shared/ipc/channels';
import { chokidarWatchFolder } from '../../main/adapters/folder-watch';
import { openAppCore, watchDataFolder, type AppCore } from '../../main/app-core';
import { dispatch } from '../../main/ipc';
import { isAppUrl } from '../../main/security';
import { DataStore } from '../../main/store/data-store';
import { confEngine } from '../../main/store/engine';
import type { FileSystem } from '../../main/store/file-system';
import type { Language } from '../../shared/schema/fields';
import type { RekindleDocument } from '../../shared/schema/document';
import { readOnlyFileSystem } from '../fixtures/read-only-fs';
import { E2E_PRELOAD } from './build-preload';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium as root, offline: no sandbox, no GPU, none of its background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const RENDERER_DIR = resolve('out/renderer');

export interface OpenAppOptions {
  dataDir: string;
  /** Answers for file dialogs: return a path, or null to cancel. They see what main offered. */
  dialogs?: {
    save?: (options: { title: string; defaultName: string }) => string | null;
    open?: (options: { title: string }) => string | null;
    /** The folder dialog (where to move the data, a Rekindle folder to open). */
    chooseFolder?: (options: { title: string }) => string | null;
  };
  /** A fixed clock for main (and the page's Date). */
  now?: Date;
  /**
   * Whether the page's clock is Playwright's fake one (the default with `now`). Its fake
   * `performance` drops marks, so the bench, which reads the app's launch marks, sets its
   * own Date in its init script instead and keeps the page's timeline real.
   */
  fakePageClock?: boolean;
  systemLanguage?: Language;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Extra script run in the page before the app's own code (e.g. performance observers). */
  initScript?: string;
  /** The data folder's file system, e.g. one that runs out of space on cue. */
  fs?: FileSystem;
  /** The folder holding fonts/ (the repository's resources/ when not given). */
  resourcesDir?: string;
  /**
   * Opens the folder as this computer: a second openApp on the same dataDir with another
   * id is a second computer sharing the folder through a sync service.
   */
  device?: { id: string; name: string };
}

export interface OpenedApp {
  page: Page;
  core: AppCore;
  /** Sends a menu command, as the native menu would; a navigation resolves once the view shows. */
  sendCommand(command: AppCommand): Promise<void>;
  /** URLs main handed to the system browser or mail app. */
  openedExternally: string[];
  /** Files main handed to the system viewer (printing). */
  openedPaths: string[];
  /** Files main showed in the system's file manager. */
  shownInFolder: string[];
  /** Each language main was told to spell-check in, in order. */
  spellcheckedIn: Language[];
  /** The views the window reported to main, in order (the reminders stay quiet on Today). */
  viewsShown: View[];
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

function serveRenderer(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname));
    const file = join(RENDERER_DIR, path === '/' ? 'index.html' : path);
    if (!file.startsWith(RENDERER_DIR) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

let sharedBrowser: Promise<Browser> | null = null;

function launchBrowser(): Promise<Browser> {
  sharedBrowser ??= chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  return sharedBrowser;
}

/** Closes the browser shared by every openApp in this test file. */
export async function closeBrowser(): Promise<void> {
  if (!sharedBrowser) return;
  const browser = await sharedBrowser;
  sharedBrowser = null;
  await browser.close();
}

export function makeDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'rekindle-e2e-'));
}

/** What the next launch would find in the data folder (the data file plus its journal), read without writing. */
export function readSavedDocument(dataDir: string): RekindleDocument {
  return DataStore.open({ dir: dataDir, engine: confEngine, now: () => new Date(), fs: readOnlyFileSystem, timers: { set: () => null, clear: () => undefined } }).document;
}

/** Puts a document where the app reads its data, as a first launch after a save would find it. */
export function writeSavedDocument(dataDir: string, document: RekindleDocument): void {
  writeFileSync(join(dataDir, 'rekindle-data.json'), JSON.stringify(document), { mode: 0o600 });
}

/** Every byte a change writes (the data file and the journal): equal before and after means nothing was saved. */
export function savedBytes(dataDir: string): Buffer {
  const read = (name: string) => (existsSync(join(dataDir, name)) ? readFileSync(join(dataDir, name)) : Buffer.alloc(0));
  return Buffer.concat([read('rekindle-data.json'), read('rekindle-data.journal')]);
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export async function openApp(options: OpenAppOptions): Promise<OpenedApp> {
  const server = await serveRenderer();
  const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const openedExternally: string[] = [];
  const openedPaths: string[] = [];
  const shownInFolder: string[] = [];
  const spellcheckedIn: Language[] = [];
  const viewsShown: View[] = [];
  const fixedNow = options.now;
  // What main pushes on its own (backup health) reaches the page once it exists, as Electron's send would.
  let pushToPage: ((command: AppCommand) => Promise<void>) | null = null;

  const core = openAppCore({
    dataDir: options.dataDir,
    engine: confEngine,
    ...(options.fs ? { fs: options.fs } : {}),
    now: () => (fixedNow ? new Date(fixedNow) : new Date()),
    systemLanguage: options.systemLanguage ?? 'en',
    ...(options.resourcesDir ? { resourcesDir: options.resourcesDir } : {}),
    ...(options.device ? { device: options.device } : {}),
    onBackupHealth: (failing) => void pushToPage?.({ type: 'backupHealth', failing }),
    onViewShown: (view) => viewsShown.push(view),
    openExternal: async (url) => {
      openedExternally.push(url);
    },
    openPath: async (path) => {
      openedPaths.push(path);
    },
    showInFolder: async (path) => {
      shownInFolder.push(path);
    },
    spellChecker: {
      follow: (language) => {
        spellcheckedIn.push(language);
        return [];
      },
    },
    dialogs: {
      save: async (offered) => options.dialogs?.save?.(offered) ?? null,
      open: async (offered) => options.dialogs?.open?.(offered) ?? null,
      chooseFolder: async (offered) => options.dialogs?.chooseFolder?.(offered) ?? null,
    },
  });

  const browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 820 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.systemLanguage === 'de' ? 'de-DE' : 'en-US',
    timezoneId: 'Europe/Berlin',
  });
  if (fixedNow && options.fakePageClock !== false) await context.clock.setFixedTime(fixedNow);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('[renderer]', error));

  const ipcOptions = { isTrustedUrl: (url: string) => isAppUrl(url, appUrl), logError: (error: unknown) => console.error(error) };
  await page.exposeBinding('__rekindleInvoke', async (source, channel: string, payload: unknown) => {
    const frame = source.frame;
    const senderFrame = { url: frame.url(), parent: frame.parentFrame() };
    return dispatch(channel, { senderFrame }, payload, core.handlers, ipcOptions);
  });
  await page.addInitScript({ content: readFileSync(E2E_PRELOAD, 'utf8') });
  if (options.initScript) await page.addInitScript({ content: options.initScript });
  await page.goto(appUrl);

  const sendCommand = async (command: AppCommand) => {
    // Typed as what it is on the wire: a patch's record types are too deep for Playwright's argument types.
    const payload: unknown = command;
    await page.evaluate(([channel, sent]) => window.__rekindlePush?.(channel, sent), [COMMAND_CHANNEL, payload] as const);
    // React renders the new view after the push returns; until the sidebar marks it, the
    // previous screen is still there and a locator would find its buttons instead.
    if (command.type === 'navigate') {
      await page.locator(`nav [data-view="${command.view}"][aria-current="page"]`).waitFor();
    }
  };
  pushToPage = sendCommand;
  // Other computers' changes arrive while the window is open, as in the app.
  const sync = watchDataFolder(core, chokidarWatchFolder, (command) => void pushToPage?.(command));

  return {
    page,
    core,
    openedExternally,
    openedPaths,
    shownInFolder,
    spellcheckedIn,
    viewsShown,
    sendCommand,
    async close() {
      await sync.close();
      await context.close();
      // Let go of the journal, as quitting does: a second window on the folder may stay open.
      if (options.device) core.store.close();
      await new Promise((done) => server.close(done));
    },
  };
}
