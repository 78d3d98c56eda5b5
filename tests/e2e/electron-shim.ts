// Stands in for `electron` inside the real preload when it runs in Chromium: invoke goes
// to a Playwright binding that calls main's real IPC dispatch; pushes come from the test.
type Listener = (event: unknown, ...args: unknown[]) => void;

const listeners = new Map<string, Set<Listener>>();
// The page's window, with the binding and push declared in page-globals.d.ts.
window.__rekindlePush = (channel, payload) => {
  for (const listener of listeners.get(channel) ?? []) listener({}, payload);
};

export const ipcRenderer = {
  invoke(channel: string, payload: unknown): Promise<unknown> {
    const invoke = window.__rekindleInvoke;
    return invoke ? invoke(channel, payload) : Promise.reject(new Error('The harness binding is missing.'));
  },
  on(channel: string, listener: Listener) {
    if (!listeners.has(channel)) listeners.set(channel, new Set());
    listeners.get(channel)?.add(listener);
    return ipcRenderer;
  },
  removeListener(channel: string, listener: Listener) {
    listeners.get(channel)?.delete(listener);
    return ipcRenderer;
  },
};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown) {
    Object.defineProperty(globalThis, key, { value: Object.freeze(api), configurable: false, writable: false });
  },
};
