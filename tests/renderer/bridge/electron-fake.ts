// Stands in for `electron` under the real preload in jsdom, as tests/e2e/electron-shim.ts
// does in Chromium: invoke goes to whatever the test installed (main's real core, or answers
// it queued), so window.api is the shipped bridge, typed by its `satisfies RekindleApi`.
type Invoke = (channel: string, payload: unknown) => Promise<unknown>;
type Listener = (event: unknown, ...args: unknown[]) => void;

const unanswered: Invoke = (channel) => Promise.reject(new Error(`No answer installed for ${channel}`));
let answer: Invoke = unanswered;
const listeners = new Map<string, Set<Listener>>();

/** Routes every call of the bridge to `next` until the next test installs its own. */
export function answerInvokes(next: Invoke): void {
  answer = next;
}

/** What main pushes on its own (menu commands, backup health), as Electron's send would. */
export function push(channel: string, payload: unknown): void {
  for (const listener of listeners.get(channel) ?? []) listener({}, payload);
}

export const ipcRenderer = {
  invoke(channel: string, payload: unknown): Promise<unknown> {
    return answer(channel, payload);
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
    Object.defineProperty(window, key, { value: api, configurable: true, writable: false });
  },
};
