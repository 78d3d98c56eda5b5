/* global setTimeout -- the Node global, which this file's lint settings do not list */
// A stand-in for the `electron` module, just enough for the built main bundle to start in
// plain Node: it records what main asked Electron for and prints it as JSON on exit. Once
// main is ready it plays the window's part: it asks the app's scheme for files and saves
// settings over the registered IPC handlers, so the test sees what main does in answer.
const record = {
  sandboxEnabled: false,
  singleInstanceLock: false,
  channels: [],
  /** ipcMain.on listeners still registered when main is done starting (electron-store adds one). */
  listeners: [],
  menus: [],
  windows: [],
  loaded: [],
  permissionHandler: false,
  /** Setup calls in the order main made them. */
  timeline: [],
  privilegedSchemes: [],
  handledSchemes: [],
  /** URL → HTTP status of what the app's scheme answered. */
  served: {},
  /** The listeners each window's contents got from the security policy. */
  guards: [],
  answers: [],
  /** Each window's size and place as main asked for it. */
  bounds: [],
  /** The events main listens to on each window (its place is remembered from them). */
  windowEvents: [],
  /** The listeners each window's contents got after the security policy's (the context menu). */
  contentsEvents: [],
  /** Every count main set on the dock or taskbar badge. */
  badges: [],
};
const appListeners = new Map();
const ipcListeners = new Map();
const schemeHandlers = new Map();
let ready = false;

const webContents = () => {
  const contents = {
    listeners: [],
    on(name) {
      contents.listeners.push(name);
    },
    setWindowOpenHandler() {
      contents.listeners.push('window-open-handler');
    },
    executeJavaScriptInIsolatedWorld: () => Promise.resolve(false),
    send() {},
  };
  return contents;
};
const fakeWindow = (contents, events) => ({
  webContents: contents,
  once() {},
  on(name) {
    events.push(name);
  },
  getNormalBounds: () => ({ x: 0, y: 0, width: 1280, height: 820 }),
  isMaximized: () => false,
  maximize() {},
  loadFile(path) {
    record.loaded.push(path);
    return Promise.resolve();
  },
  loadURL(url) {
    record.loaded.push(url);
    return Promise.resolve();
  },
  isMinimized: () => false,
  isDestroyed: () => false,
  isFocused: () => false,
  show() {},
  focus() {},
  restore() {},
});

/**
 * For the bench (REKINDLE_BOOT_PLAY=memory): the window loads the data as it does at
 * launch, main settles (its launch backup written), and the process reports its memory.
 */
async function loadAndReportMemory() {
  const load = ipcListeners.get('app:load');
  const event = { senderFrame: { url: 'rekindle://app/index.html', parent: null } };
  const answer = load ? await load(event, undefined) : null;
  const peakAfterLoad = process.resourceUsage().maxRSS * 1024;
  await new Promise((done) => setTimeout(done, Number(process.env.REKINDLE_BOOT_SETTLE_MS ?? 6000)));
  const usage = process.memoryUsage();
  record.memory = { loaded: answer?.ok ?? null, rss: usage.rss, heapUsed: usage.heapUsed, external: usage.external, peakAfterLoad, peak: process.resourceUsage().maxRSS * 1024 };
  exports.app.quit();
}

/** What the window does once main is ready: load files, then save three settings changes. */
async function playTheWindow() {
  if (process.env.REKINDLE_BOOT_PLAY === 'memory') return loadAndReportMemory();
  const handler = schemeHandlers.get('rekindle');
  for (const url of ['rekindle://app/index.html', 'rekindle://app/..%2Fmain%2Findex.js', 'rekindle://elsewhere/index.html']) {
    record.served[url] = handler ? (await handler({ url })).status : null;
  }
  const update = ipcListeners.get('settings:update');
  const event = { senderFrame: { url: 'rekindle://app/index.html', parent: null } };
  // The language stays German (the system's) twice, then changes to English.
  for (const payload of [{ paperSize: 'Letter' }, { language: 'de' }, { language: 'en' }]) {
    const answer = update ? await update(event, payload) : null;
    record.answers.push(answer?.ok ?? null);
  }
  // The user closes the window: the app quits as Electron would, so main must let go of
  // everything it holds open (the folder watcher, the journal) for this process to end.
  exports.app.quit();
}

exports.app = {
  enableSandbox() {
    record.sandboxEnabled = true;
    record.timeline.push('enableSandbox');
  },
  requestSingleInstanceLock() {
    record.singleInstanceLock = true;
    record.timeline.push('requestSingleInstanceLock');
    return true;
  },
  on(name, listener) {
    appListeners.set(name, [...(appListeners.get(name) ?? []), listener]);
  },
  getPath: () => process.env.REKINDLE_BOOT_DATA,
  getLocale: () => 'de-DE',
  getVersion: () => '0.0.0',
  whenReady: () =>
    Promise.resolve().then(() => {
      ready = true;
      record.timeline.push('ready');
      setImmediate(() => void playTheWindow());
    }),
  quit() {
    record.timeline.push('quit');
    for (const listener of appListeners.get('before-quit') ?? []) listener({ preventDefault() {} });
  },
  setBadgeCount(count) {
    record.badges.push(count);
    return true;
  },
  isPackaged: false,
};
exports.BrowserWindow = function BrowserWindow(options) {
  record.timeline.push('BrowserWindow');
  record.windows.push(options.webPreferences);
  const contents = webContents();
  for (const listener of appListeners.get('web-contents-created') ?? []) listener({}, contents);
  // A copy: listeners added after creation (the context menu) are not the policy's guards.
  const guarded = contents.listeners.length;
  record.guards.push(contents.listeners.slice(0, guarded));
  record.bounds.push({ x: options.x, y: options.y, width: options.width, height: options.height });
  const events = [];
  record.windowEvents.push(events);
  setImmediate(() => record.contentsEvents.push(contents.listeners.slice(guarded)));
  return fakeWindow(contents, events);
};
exports.BrowserWindow.getAllWindows = () => [];
exports.ipcMain = {
  handle(channel, listener) {
    record.channels.push(channel);
    ipcListeners.set(channel, listener);
  },
  // ipcMain.on listeners still registered when main is done starting (electron-store adds one).
  on(channel) {
    record.listeners.push(channel);
  },
  removeAllListeners(channel) {
    record.listeners = record.listeners.filter((name) => name !== channel);
  },
};
exports.Menu = {
  buildFromTemplate: (template) => template,
  setApplicationMenu(template) {
    record.menus.push(template.map((item) => item.label ?? item.role));
  },
};
exports.Notification = function Notification() {
  return { on() {}, show() {} };
};
exports.Notification.isSupported = () => false;
exports.protocol = {
  registerSchemesAsPrivileged(schemes) {
    record.timeline.push(ready ? 'registerSchemesAsPrivileged after ready' : 'registerSchemesAsPrivileged');
    record.privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    record.timeline.push('protocol.handle');
    record.handledSchemes.push(scheme);
    schemeHandlers.set(scheme, handler);
  },
};
exports.session = {
  get defaultSession() {
    if (!ready) throw new Error('session is not available before the app is ready');
    return {
      setPermissionRequestHandler() {
        record.permissionHandler = true;
        record.timeline.push('setPermissionRequestHandler');
      },
      setPermissionCheckHandler() {},
    };
  },
};
// One laptop screen with a task bar at the bottom.
const laptop = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
exports.screen = {
  getAllDisplays: () => [laptop],
  getPrimaryDisplay: () => laptop,
};
exports.powerMonitor = { on() {} };
exports.dialog = {};
exports.shell = {};

process.on('exit', () => process.stdout.write(`BOOT ${JSON.stringify(record)}\n`));
