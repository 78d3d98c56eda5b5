// Small stand-ins for the Electron objects main hands its policy and handlers to: they
// record what was registered so tests can call it the way Electron would.
import type { IpcEventLike, IpcMainLike } from '../../main/ipc';
import type { PermissionSessionLike, WebContentsLike } from '../../main/security';

type IpcListener = Parameters<IpcMainLike['handle']>[1];

export interface IpcMainMock extends IpcMainLike {
  /** Every channel passed to `handle`, in order, duplicates included. */
  readonly registrations: string[];
  /** Calls the listener registered for `channel`, as a renderer's invoke would. */
  invoke(channel: string, event: IpcEventLike, payload?: unknown): Promise<unknown>;
}

export function createIpcMainMock(): IpcMainMock {
  const registrations: string[] = [];
  const listeners = new Map<string, IpcListener>();
  return {
    registrations,
    handle(channel, listener) {
      registrations.push(channel);
      listeners.set(channel, listener);
    },
    invoke(channel, event, payload) {
      const listener = listeners.get(channel);
      // Electron rejects an invoke on a channel nobody handles; so does the mock.
      if (!listener) return Promise.reject(new Error(`No handler registered for '${channel}'`));
      return listener(event, payload);
    },
  };
}

/** Where the packaged app loads its page from. */
export const APP_URL = 'file:///opt/Rekindle/resources/app.asar/out/renderer/index.html';

/** An invoke from the app's own top-level page. */
export function appFrameEvent(url = APP_URL): IpcEventLike {
  return { senderFrame: { url, parent: null } };
}

export interface NavigationEventMock {
  preventDefault(): void;
  readonly defaultPrevented: boolean;
}

export function navigationEvent(): NavigationEventMock {
  let prevented = false;
  return {
    preventDefault() {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}

type NavigationListener = (event: { preventDefault(): void }, url: string) => void;

export interface WebContentsMock extends WebContentsLike {
  /** Fires every listener registered for `name`; returns the event so tests can check it. */
  emit(name: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url?: string): NavigationEventMock;
  /** Asks the registered window-open handler, as `window.open` or a target=_blank link would. */
  openWindow(url: string): { action: string } | undefined;
  listenerCount(name: string): number;
}

export function createWebContentsMock(): WebContentsMock {
  const listeners = new Map<string, NavigationListener[]>();
  let windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  return {
    on(name: string, listener: NavigationListener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
    },
    setWindowOpenHandler(handler) {
      windowOpenHandler = handler;
    },
    emit(name, url = '') {
      const event = navigationEvent();
      for (const listener of listeners.get(name) ?? []) listener(event, url);
      return event;
    },
    openWindow(url) {
      return windowOpenHandler?.({ url });
    },
    listenerCount(name) {
      return listeners.get(name)?.length ?? 0;
    },
  } as WebContentsMock;
}

type PermissionRequestHandler = Parameters<PermissionSessionLike['setPermissionRequestHandler']>[0];

export interface SessionMock extends PermissionSessionLike {
  /** Asks the request handler as Chromium would; resolves with its answer. */
  request(permission: string): Promise<boolean>;
  /** Asks the check handler; undefined when none was set. */
  check(): boolean | undefined;
}

export function createSessionMock(): SessionMock {
  let requestHandler: PermissionRequestHandler | undefined;
  let checkHandler: (() => boolean) | undefined;
  return {
    setPermissionRequestHandler(handler) {
      requestHandler = handler;
    },
    setPermissionCheckHandler(handler) {
      checkHandler = handler;
    },
    request(permission) {
      return new Promise((resolve, reject) => {
        if (!requestHandler) reject(new Error('No permission request handler was set'));
        else requestHandler({}, permission, resolve);
      });
    },
    check() {
      return checkHandler?.();
    },
  };
}
