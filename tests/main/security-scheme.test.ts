// The app's own scheme serves the built renderer folder and nothing beside it.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, createAppFileHandler, resolveAppFile } from '../../main/app-scheme';
import { applySecurityPolicy, CONTENT_SECURITY_POLICY, isAppUrl } from '../../main/security';
import { createElectronAppMock, type ElectronAppMock } from './electron-mock';

const SECRET = 'the data file, which the page must never read';
const BUILT_RENDERER = resolve('out/renderer');

let dir: string;
let rendererDir: string;
let electron: ElectronAppMock;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-scheme-'));
  rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Rekindle</title>');
  writeFileSync(join(rendererDir, 'assets/index-1.js'), 'console.log(1);');
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  mkdirSync(join(dir, 'renderer-evil'));
  writeFileSync(join(dir, 'renderer-evil/index.html'), SECRET);
  electron = createElectronAppMock();
  const secured = applySecurityPolicy(electron.targets, { rendererDir });
  await electron.becomeReady();
  await secured;
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the rekindle:// scheme', () => {
  it('serves the page and its assets with their types and the policy as a header', async () => {
    const page = await electron.fetch(APP_ENTRY_URL);
    const script = await electron.fetch('rekindle://app/assets/index-1.js');

    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Rekindle</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1);');
  });

  it('serves index.html for the bare origin', async () => {
    const response = await electron.fetch('rekindle://app/');

    expect(await response.text()).toContain('<title>Rekindle</title>');
  });

  it.each([
    'rekindle://app/../secret.txt',
    'rekindle://app/%2e%2e/secret.txt',
    'rekindle://app/..%2Fsecret.txt',
    'rekindle://app/assets/..%2F..%2Fsecret.txt',
    'rekindle://app/..%5Csecret.txt',
    'rekindle://app/assets%5C..%5C..%5Csecret.txt',
    'rekindle://app/..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd',
    'rekindle://app/..%2Frenderer-evil%2Findex.html',
    'rekindle://app/{dir}%2Fsecret.txt', // the absolute path of the file beside the folder
    'rekindle://app/C:%2Fsecret.txt',
    'rekindle://app/index.html%00.png',
    'rekindle://app/%E0%A4%A',
    'rekindle://app/missing.js',
    'rekindle://other/index.html',
    'rekindle://user:pass@app/index.html',
  ])('answers 404 and nothing of the disk for %s', async (url) => {
    const response = await electron.fetch(url.replace('{dir}', encodeURIComponent(dir)));

    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('refuses URLs of other schemes outright', () => {
    expect(resolveAppFile(rendererDir, `file://${join(dir, 'secret.txt')}`)).toBeNull();
    expect(resolveAppFile(rendererDir, 'https://app/index.html')).toBeNull();
    expect(resolveAppFile(rendererDir, 'not a url')).toBeNull();
  });

  it('answers 404 when the file cannot be read', async () => {
    const handler = createAppFileHandler({ rendererDir, contentSecurityPolicy: CONTENT_SECURITY_POLICY, read: () => Promise.reject(new Error('EACCES')) });

    expect((await handler({ url: APP_ENTRY_URL })).status).toBe(404);
  });

  it('trusts IPC only from its own page on the scheme', () => {
    expect(isAppUrl(APP_ENTRY_URL, APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('rekindle://app/index.html#/people', APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('rekindle://other/index.html', APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl(`file://${join(rendererDir, 'index.html')}`, APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl('https://app/index.html', APP_ENTRY_URL)).toBe(false);
  });
});

describe.skipIf(!existsSync(join(BUILT_RENDERER, 'index.html')))('the built renderer on the scheme', () => {
  it('loads the page and every script and style it links to', async () => {
    const handler = createAppFileHandler({ rendererDir: BUILT_RENDERER, contentSecurityPolicy: CONTENT_SECURITY_POLICY });
    const html = readFileSync(join(BUILT_RENDERER, 'index.html'), 'utf8');
    const linked = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');

    expect(linked.length).toBeGreaterThan(1);
    expect((await handler({ url: APP_ENTRY_URL })).status).toBe(200);
    for (const path of linked) {
      const response = await handler({ url: new URL(path, APP_ENTRY_URL).href });
      expect(response.status, path).toBe(200);
    }
  });
});
