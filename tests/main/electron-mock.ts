// Small stand-ins for the Electron objects main hands its policy and handlers to: they
// record what was registered so tests can call it the way Electron would.
import { APP_ENTRY_URL } from '../../main/app-scheme';
import type { IpcEventLike, IpcMainLike } from '../../main/ipc';
import type { PermissionSessionLike, SecurityTargets, WebContentsLike } from '../../main/security';
import type { SpellCheckSessionLike } from '../../main/spellcheck';

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
export const APP_URL = APP_ENTRY_URL;

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
  /** Whether the page counts as just clicked or typed in (its transient user activation). */
  userGesture: boolean;
  /** The scripts main ran in an isolated world of the page, with the world's id. */
  readonly isolatedScripts: { worldId: number; code: string }[];
}

export function createWebContentsMock({ userGesture = true } = {}): WebContentsMock {
  const listeners = new Map<string, NavigationListener[]>();
  let windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const isolatedScripts: { worldId: number; code: string }[] = [];
  return {
    userGesture,
    isolatedScripts,
    executeJavaScriptInIsolatedWorld(worldId: number, scripts: { code: string }[]) {
      isolatedScripts.push(...scripts.map(({ code }) => ({ worldId, code })));
      // Only the one question main asks has an answer here, as in a page with no other scripts.
      const asked = scripts.at(-1)?.code;
      return asked === 'navigator.userActivation.isActive' ? Promise.resolve(this.userGesture) : Promise.reject(new Error(`Unexpected script ${asked}`));
    },
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

/** Lets pending promise callbacks run, e.g. a link that opens once the gesture check answered. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

type SchemeHandler = Parameters<SecurityTargets['protocol']['handle']>[1];

export interface ElectronAppMock {
  targets: SecurityTargets;
  /** Setup calls in the order the policy made them. */
  readonly timeline: string[];
  /** Lets `whenReady` resolve, as Electron does once it has started. */
  becomeReady(): Promise<void>;
  /** Creates a web contents the way a new window does, telling 'web-contents-created' listeners. */
  createContents(options?: { userGesture?: boolean }): WebContentsMock;
  /** Asks the handler registered for `url`'s scheme, as the page loading a file would. */
  fetch(url: string): Promise<Response>;
  session: SessionMock;
  readonly opened: string[];
}

/** The parts of `app`, `protocol` and `session` that applySecurityPolicy configures. */
export function createElectronAppMock(): ElectronAppMock {
  const timeline: string[] = [];
  const opened: string[] = [];
  const created: ((event: unknown, contents: WebContentsLike) => void)[] = [];
  const handlers = new Map<string, SchemeHandler>();
  const session = createSessionMock();
  let ready = false;
  let markReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  return {
    timeline,
    opened,
    session,
    targets: {
      app: {
        enableSandbox: () => timeline.push(ready ? 'enableSandbox after ready' : 'enableSandbox'),
        on: (_event, listener) => created.push(listener),
        whenReady: () => readyPromise,
      },
      protocol: {
        registerSchemesAsPrivileged: (schemes) => {
          timeline.push(ready ? 'registerSchemesAsPrivileged after ready' : 'registerSchemesAsPrivileged');
          for (const { scheme, privileges } of schemes) timeline.push(`privileged ${scheme} ${JSON.stringify(privileges)}`);
        },
        handle: (scheme, handler) => {
          timeline.push(`handle ${scheme}`);
          handlers.set(scheme, handler);
        },
      },
      session: {
        get defaultSession() {
          if (!ready) throw new Error('Electron has no session before the app is ready');
          timeline.push('defaultSession');
          return session;
        },
      },
      openExternal: async (url) => {
        opened.push(url);
      },
    },
    async becomeReady() {
      ready = true;
      markReady();
      await settle();
    },
    createContents(options) {
      const contents = createWebContentsMock(options);
      for (const listener of created) listener({}, contents);
      return contents;
    },
    fetch(url) {
      const handler = handlers.get(new URL(url).protocol.slice(0, -1));
      if (!handler) return Promise.reject(new Error(`No handler for ${url}`));
      return handler({ url });
    },
  };
}

export interface SpellCheckSessionMock extends SpellCheckSessionLike {
  /** Every list passed to setSpellCheckerLanguages, in order. */
  readonly setCalls: string[][];
}

/**
 * The spellchecker part of a session, as Electron behaves on Windows and Linux: it starts
 * with the system's language and refuses a code it has no dictionary for.
 */
export function createSpellCheckSessionMock(available: string[], initial: string[] = ['en-US']): SpellCheckSessionMock {
  let languages = [...initial];
  const setCalls: string[][] = [];
  return {
    setCalls,
    availableSpellCheckerLanguages: available,
    getSpellCheckerLanguages: () => [...languages],
    setSpellCheckerLanguages(codes) {
      setCalls.push([...codes]);
      const unknown = codes.find((code) => !available.includes(code));
      if (unknown !== undefined) throw new Error(`Invalid language code provided: "${unknown}" is not a valid language code`);
      languages = [...codes];
    },
  };
}

// Notifications, the badge, power events and the window, for the reminders.
export { createDesktopMock, type DesktopMock, type NotificationMock } from './electron-desktop-mock';
