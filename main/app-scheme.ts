// The app's own scheme, rekindle://app/: the built renderer is served from it rather than
// file://, so the page has a real origin ('self' in the CSP means the app and nothing else
// on the disk) and can read only the files of the built renderer folder.
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'rekindle';
export const APP_HOST = 'app';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Registered before the app is ready: a standard, secure origin, like https. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/**
 * The file inside `rendererDir` that `requestUrl` names, or null when the URL is not the
 * app's, or its path (decoded) would leave the folder: `..`, encoded slashes, backslashes,
 * NUL bytes and drive letters all end here.
 */
export function resolveAppFile(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null; // a malformed escape such as %E0%A4%A
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes(':'))) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, ...(segments.length === 0 ? ['index.html'] : segments));
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}

export type ReadAppFile = (path: string) => Promise<Uint8Array>;

export interface AppFileResponseOptions {
  rendererDir: string;
  /** Sent with every file; the page's meta tag cannot carry frame-ancestors. */
  contentSecurityPolicy: string;
  read?: ReadAppFile;
}

/** Answers one request to the app's scheme: the file, or 404 for anything outside the folder. */
export function createAppFileHandler(options: AppFileResponseOptions): (request: { url: string }) => Promise<Response> {
  const read = options.read ?? ((path: string) => readFile(path));
  return async (request) => {
    const file = resolveAppFile(options.rendererDir, request.url);
    if (file === null) return new Response('Not found', { status: 404 });
    let bytes: Uint8Array;
    try {
      bytes = await read(file);
    } catch {
      return new Response('Not found', { status: 404 });
    }
    return new Response(new Blob([new Uint8Array(bytes)]), {
      status: 200,
      headers: {
        'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': options.contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
