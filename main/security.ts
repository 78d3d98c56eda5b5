// Every security setting of the app, in one place (DESIGN.md "Data safety and security").
// Nothing here imports `electron`: index.ts hands in the objects, so tests check the real
// policy in Node. `applySecurityPolicy` at the end is the one call that applies it all.
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppFileHandler } from './app-scheme';
import { DomainError } from './services/context';

/** The webPreferences of every window. */
export const SECURE_WEB_PREFERENCES = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: true,
} as const;

/**
 * The Content Security Policy: no inline or eval scripts, no remote code. Sent as a header
 * with every file of the app's scheme, and written into the built index.html at build time
 * (electron.vite.config.ts) without frame-ancestors, which a meta tag cannot carry.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // React and dnd-kit set element styles through the CSSOM, which CSP does not block; the
  // dev server injects <style> tags, hence 'unsafe-inline' for styles only (never scripts).
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** The policy for the page's meta tag: the dev server's needs relaxed only in `serve` mode. */
export function pageContentSecurityPolicy(mode: 'build' | 'serve'): string {
  const directives = CONTENT_SECURITY_POLICY.split('; ').filter((directive) => !directive.startsWith('frame-ancestors'));
  if (mode === 'build') return directives.join('; ');
  // `npm run dev` only: React's fast refresh injects an inline script and the dev server
  // talks over a WebSocket. The built app never gets these.
  return directives
    .map((directive) =>
      directive === "script-src 'self'"
        ? "script-src 'self' 'unsafe-inline'"
        : directive === "connect-src 'self'"
          ? "connect-src 'self' ws: http://localhost:*"
          : directive,
    )
    .join('; ');
}

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

// The header fields a mailto: link may carry (RFC 6068). Anything else is refused, above
// all the `attach`/`attachment` keys some mail apps honour by attaching a local file.
const MAILTO_FIELDS = new Set(['to', 'cc', 'bcc', 'subject', 'body', 'in-reply-to']);

function mailtoFieldsAllowed(url: URL): boolean {
  for (const key of url.searchParams.keys()) if (!MAILTO_FIELDS.has(key.trim().toLowerCase())) return false;
  return true;
}

/** Parses a value a renderer sent and returns the URL to open, or null if it must not open. */
export function externalUrlOrNull(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 4_096) return null;
  let url: URL;
  try {
    url = new URL(value); // relative URLs throw: there is no base to resolve against
  } catch {
    return null;
  }
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && url.hostname === '') return null;
  if (url.protocol === 'mailto:' && !mailtoFieldsAllowed(url)) return null;
  return url.href;
}

/** Opens http(s) and mailto links in the system's handler; refuses everything else. */
export async function openExternalUrl(value: unknown, open: (url: string) => Promise<void>): Promise<boolean> {
  const url = externalUrlOrNull(value);
  if (url === null) return false;
  await open(url);
  return true;
}

/** True when a frame's URL is the app's own renderer page. */
export function isAppUrl(frameUrl: string, appUrl: string): boolean {
  let frame: URL;
  let app: URL;
  try {
    frame = new URL(frameUrl);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (frame.protocol !== app.protocol) return false;
  // The host matters for file: too: file://server/… is a network share on Windows.
  if (app.protocol === 'file:') return frame.host === app.host && frame.pathname === app.pathname;
  return frame.protocol + frame.host === app.protocol + app.host;
}

// The minimal shapes of Electron objects the policy configures; Electron's own types fit.
export interface PermissionSessionLike {
  setPermissionRequestHandler(handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

export interface GestureSourceLike {
  executeJavaScriptInIsolatedWorld(worldId: number, scripts: { code: string }[]): Promise<unknown>;
}

export interface WebContentsLike extends GestureSourceLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): void;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface SecurityTargets {
  app: {
    enableSandbox(): void;
    on(event: 'web-contents-created', listener: (event: unknown, contents: WebContentsLike) => void): void;
    whenReady(): Promise<unknown>;
  };
  protocol: {
    registerSchemesAsPrivileged(schemes: { scheme: string; privileges: typeof APP_SCHEME_PRIVILEGES }[]): void;
    handle(scheme: string, handler: (request: { url: string }) => Promise<Response>): void;
  };
  /** Read only once the app is ready: Electron has no session before. */
  session: { readonly defaultSession: PermissionSessionLike };
  /** The system's handler for web and mail links (Electron's shell.openExternal). */
  openExternal: (url: string) => Promise<void>;
}

/** Denies every permission request (camera, notifications from the page, geolocation...). */
export function denyAllPermissions(session: PermissionSessionLike): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

// A world of its own: a script of the page cannot redefine what this world sees.
const GESTURE_WORLD_ID = 1_001;

/** Whether the page was clicked or typed in moments ago (the browser's transient activation). */
export async function hasUserGesture(contents: GestureSourceLike | null | undefined): Promise<boolean> {
  if (!contents) return false;
  try {
    return (await contents.executeJavaScriptInIsolatedWorld(GESTURE_WORLD_ID, [{ code: 'navigator.userActivation.isActive' }])) === true;
  } catch {
    return false;
  }
}

/** `open`, refused with a typed error unless the page had a user gesture just before. */
export function openAfterUserGesture(
  contents: () => GestureSourceLike | null | undefined,
  open: (url: string) => Promise<void>,
): (url: string) => Promise<void> {
  return async (url) => {
    if (!(await hasUserGesture(contents()))) {
      throw new DomainError('forbidden_sender', 'Links open only from a click or a key press in the Rekindle window.');
    }
    await open(url);
  };
}

/**
 * No navigation away from the app, no new windows; a link goes to the system browser if
 * it is allowed and the user just clicked or typed in the page.
 */
export function lockDownWebContents(contents: WebContentsLike, open: (url: string) => Promise<void>): void {
  const openLink = openAfterUserGesture(() => contents, open);
  const maybeOpen = (url: string) => {
    // A refused link simply does not open; the page stays where it is.
    openExternalUrl(url, openLink).catch(() => undefined);
  };
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    maybeOpen(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    maybeOpen(url);
    return { action: 'deny' };
  });
}

/**
 * Applies the whole policy. Call it once, before the app is ready (Electron accepts the
 * sandbox switch and the privileged scheme only then); it resolves once the app is ready,
 * its permissions are denied and its scheme serves the built renderer folder, so the
 * window opens after it.
 */
export function applySecurityPolicy(targets: SecurityTargets, options: { rendererDir: string }): Promise<void> {
  const { app, protocol } = targets;
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
  // Every web contents, the window's and any other, gets the same guards.
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, targets.openExternal));
  return app.whenReady().then(() => {
    denyAllPermissions(targets.session.defaultSession);
    protocol.handle(APP_SCHEME, createAppFileHandler({ rendererDir: options.rendererDir, contentSecurityPolicy: CONTENT_SECURITY_POLICY }));
  });
}
