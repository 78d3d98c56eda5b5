// Every security setting of the app, in one place (DESIGN.md "Data safety and security").
// Nothing here imports `electron`: index.ts hands in the objects, so tests check the real
// policy in Node.

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

/** The Content Security Policy of renderer/index.html: no inline or eval scripts, no remote code. */
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

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

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

export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): void;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** Denies every permission request (camera, notifications from the page, geolocation...). */
export function denyAllPermissions(session: PermissionSessionLike): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** No navigation away from the app, no new windows; links go to the system browser if allowed. */
export function lockDownWebContents(contents: WebContentsLike, open: (url: string) => Promise<void>): void {
  const blockAndMaybeOpen = (event: { preventDefault(): void }, url: string) => {
    event.preventDefault();
    void openExternalUrl(url, open);
  };
  contents.on('will-navigate', blockAndMaybeOpen);
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalUrl(url, open);
    return { action: 'deny' };
  });
}
