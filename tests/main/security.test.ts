import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  denyAllPermissions,
  externalUrlOrNull,
  isAppUrl,
  lockDownWebContents,
  openExternalUrl,
  pageContentSecurityPolicy,
  SECURE_WEB_PREFERENCES,
} from '../../main/security';
import { createSessionMock, createWebContentsMock, settle } from './electron-mock';

const SOURCE_HTML = fileURLToPath(new URL('../../renderer/index.html', import.meta.url));
const BUILT_HTML = fileURLToPath(new URL('../../out/renderer/index.html', import.meta.url));

function recordingOpen() {
  const opened: string[] = [];
  return {
    opened,
    open: async (url: string) => {
      opened.push(url);
    },
  };
}

/** Directive name → its sources, from a policy string. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function metaPolicy(html: string): string {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (!match?.[1]) throw new Error('The page has no Content-Security-Policy meta tag');
  return match[1];
}

/** The sources scripts are checked against: script-src, or default-src when it is absent. */
function scriptSources(policy: Map<string, string[]>): string[] {
  return policy.get('script-src') ?? policy.get('default-src') ?? [];
}

describe('the window settings', () => {
  it.each([
    ['sandbox', true],
    ['contextIsolation', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
  ] as const)('sets %s to %s', (setting, value) => {
    expect(SECURE_WEB_PREFERENCES[setting]).toBe(value);
  });

  it('sets no preload of its own (the window adds the one bundled preload)', () => {
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('preload');
  });
});

describe('the Content Security Policy', () => {
  const policy = parsePolicy(CONTENT_SECURITY_POLICY);

  it('runs only the app’s own script files: no inline scripts, no eval, nothing remote', () => {
    expect(scriptSources(policy)).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
  });

  it('allows inline styles only, never inline scripts', () => {
    for (const [directive, sources] of policy) {
      if (directive === 'style-src') continue;
      expect(sources.filter((source) => source.startsWith("'unsafe-")), directive).toEqual([]);
    }
  });

  it('is written into the page at build time, never by hand', () => {
    expect(metaPolicy(readFileSync(SOURCE_HTML, 'utf8'))).toBe('%REKINDLE_CONTENT_SECURITY_POLICY%');
  });

  it.skipIf(!existsSync(BUILT_HTML))('is the policy the built page declares, granting nothing more', () => {
    const declared = parsePolicy(metaPolicy(readFileSync(BUILT_HTML, 'utf8')));

    expect(scriptSources(declared)).toEqual(["'self'"]);
    expect(scriptSources(declared).some((source) => source.startsWith("'unsafe-"))).toBe(false);
    for (const [directive, sources] of declared) {
      expect(policy.has(directive), `${directive} is not in CONTENT_SECURITY_POLICY`).toBe(true);
      for (const source of sources) expect(policy.get(directive), directive).toContain(source);
    }
    // frame-ancestors is ignored in a meta tag, so it is the one directive the page may omit.
    for (const directive of policy.keys()) if (directive !== 'frame-ancestors') expect(declared.has(directive), directive).toBe(true);
  });

  it.skipIf(!existsSync(BUILT_HTML))('keeps the built page free of inline scripts and with the same policy', () => {
    const html = readFileSync(BUILT_HTML, 'utf8');

    expect(metaPolicy(html)).toBe(pageContentSecurityPolicy('build'));
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc="\.?\/?[^":]+"/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i); // no inline event handlers either
  });
});

describe('opening links outside the app', () => {
  it.each(['https://example.com/jobs?id=4#apply', 'http://intranet.example.org/', 'mailto:maria@example.com?subject=Reference'])(
    'opens %s in the system handler',
    async (url) => {
      const { opened, open } = recordingOpen();

      expect(await openExternalUrl(url, open)).toBe(true);
      expect(opened).toEqual([new URL(url).href]);
    },
  );

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'file:///etc/passwd',
    'file://C:/Windows/System32/calc.exe',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox("hi")',
    'smb://fileserver/share',
    'ms-msdt:/id PCWDiagnostic',
    '/etc/passwd',
    './index.html',
    'example.com',
    '//example.com/path',
    'http://',
    '',
    '   ',
    `https://example.com/${'a'.repeat(5_000)}`,
  ])('refuses %j and opens nothing', async (url) => {
    const { opened, open } = recordingOpen();

    expect(await openExternalUrl(url, open)).toBe(false);
    expect(externalUrlOrNull(url)).toBeNull();
    expect(opened).toEqual([]);
  });

  it.each([undefined, null, 42, true, {}, ['https://example.com'], { href: 'https://example.com' }, new URL('https://example.com')])(
    'refuses the non-string %j',
    async (value) => {
      const { opened, open } = recordingOpen();

      expect(await openExternalUrl(value, open)).toBe(false);
      expect(opened).toEqual([]);
    },
  );
});

describe('locking down the window contents', () => {
  it('stops every navigation away from the app and hands web links to the browser', async () => {
    const contents = createWebContentsMock();
    const { opened, open } = recordingOpen();
    lockDownWebContents(contents, open);

    const toWeb = contents.emit('will-navigate', 'https://evil.example/phish');
    const toFile = contents.emit('will-navigate', 'file:///etc/passwd');
    const toScript = contents.emit('will-navigate', 'javascript:alert(1)');
    await settle();

    expect([toWeb, toFile, toScript].map((event) => event.defaultPrevented)).toEqual([true, true, true]);
    expect(opened).toEqual(['https://evil.example/phish']);
  });

  it('stops redirects and embedded webviews', async () => {
    const contents = createWebContentsMock();
    const { opened, open } = recordingOpen();
    lockDownWebContents(contents, open);

    expect(contents.emit('will-redirect', 'https://evil.example/').defaultPrevented).toBe(true);
    expect(contents.emit('will-attach-webview').defaultPrevented).toBe(true);
    await settle();
    expect(opened).toEqual([]);
  });

  it('denies every new window, opening only allowed links in the browser', async () => {
    const contents = createWebContentsMock();
    const { opened, open } = recordingOpen();
    lockDownWebContents(contents, open);

    expect(contents.openWindow('https://example.com/posting')).toEqual({ action: 'deny' });
    expect(contents.openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(contents.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(contents.openWindow('about:blank')).toEqual({ action: 'deny' });
    await settle();
    expect(opened).toEqual(['https://example.com/posting']);
  });

  it('registers each guard exactly once', () => {
    const contents = createWebContentsMock();
    lockDownWebContents(contents, recordingOpen().open);

    expect(['will-navigate', 'will-redirect', 'will-attach-webview'].map((name) => contents.listenerCount(name))).toEqual([1, 1, 1]);
  });
});

describe('permissions', () => {
  const PERMISSIONS = [
    'media',
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'idle-detection',
    'hid',
    'serial',
    'usb',
    'unknown',
  ];

  it.each(PERMISSIONS)('denies a request for %s', async (permission) => {
    const session = createSessionMock();
    denyAllPermissions(session);

    expect(await session.request(permission)).toBe(false);
  });

  it('answers every permission check with no', () => {
    const session = createSessionMock();
    denyAllPermissions(session);

    expect(session.check()).toBe(false);
  });
});

describe('recognising the app’s own page', () => {
  const packaged = 'file:///opt/Rekindle/resources/app.asar/out/renderer/index.html';
  const devServer = 'http://localhost:5173/';

  it.each([
    [packaged, packaged],
    [`${packaged}#/people`, packaged],
    [`${packaged}?lang=de`, packaged],
    [devServer, devServer],
    ['http://localhost:5173/settings?x=1#top', devServer],
  ])('trusts %s as the app page %s', (frame, app) => {
    expect(isAppUrl(frame, app)).toBe(true);
  });

  it.each([
    ['file:///tmp/downloaded/index.html', packaged],
    ['file:///opt/Rekindle/resources/app.asar/out/renderer/other.html', packaged],
    // The same path on another machine: a network share on Windows.
    ['file://fileserver.example/opt/Rekindle/resources/app.asar/out/renderer/index.html', packaged],
    ['http://localhost:5173/', packaged],
    ['http://localhost:5174/', devServer],
    ['https://localhost:5173/', devServer],
    ['http://localhost:5173.evil.example/', devServer],
    ['http://evil.example/?http://localhost:5173/', devServer],
    [packaged, devServer],
    ['about:blank', devServer],
    ['not a url', packaged],
    ['', devServer],
  ])('does not trust %s as the app page %s', (frame, app) => {
    expect(isAppUrl(frame, app)).toBe(false);
  });
});
