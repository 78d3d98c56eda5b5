// A stand-in for the `electron` module, just enough for the built main bundle to start in
// plain Node: it records what main asked Electron for and prints it as JSON on exit.
const record = { sandboxEnabled: false, singleInstanceLock: false, channels: [], listeners: [], menus: [], windows: [], loaded: [], permissionHandler: false };
const contents = { on() {}, setWindowOpenHandler() {}, send() {} };
const fakeWindow = () => ({
  webContents: contents,
  once() {},
  loadFile(path) {
    record.loaded.push(path);
    return Promise.resolve();
  },
  loadURL(url) {
    record.loaded.push(url);
    return Promise.resolve();
  },
  isMinimized: () => false,
  focus() {},
  restore() {},
});

exports.app = {
  enableSandbox() {
    record.sandboxEnabled = true;
  },
  requestSingleInstanceLock() {
    record.singleInstanceLock = true;
    return true;
  },
  on() {},
  getPath: () => process.env.REKINDLE_BOOT_DATA,
  getLocale: () => 'de-DE',
  getVersion: () => '0.0.0',
  whenReady: () => Promise.resolve(),
  quit() {},
  isPackaged: false,
};
exports.BrowserWindow = function BrowserWindow(options) {
  record.windows.push(options.webPreferences);
  return fakeWindow();
};
exports.BrowserWindow.getAllWindows = () => [];
exports.ipcMain = {
  handle(channel) {
    record.channels.push(channel);
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
  return { show() {} };
};
exports.Notification.isSupported = () => false;
exports.session = {
  defaultSession: {
    setPermissionRequestHandler() {
      record.permissionHandler = true;
    },
    setPermissionCheckHandler() {},
  },
};
exports.dialog = {};
exports.shell = {};

process.on('exit', () => process.stdout.write(`BOOT ${JSON.stringify(record)}\n`));
