// applySecurityPolicy applies the whole policy in the order Electron requires; the page's
// policy comes from the one definition; the packaged binary has its risky fuses off.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applySecurityPolicy, CONTENT_SECURITY_POLICY, pageContentSecurityPolicy } from '../../main/security';
import { createElectronAppMock } from './electron-mock';

describe('applying the security policy', () => {
  it('switches the sandbox on and registers the privileged scheme before the app is ready', () => {
    const electron = createElectronAppMock();
    void applySecurityPolicy(electron.targets, { rendererDir: 'out/renderer' });

    expect(electron.timeline).toEqual([
      'enableSandbox',
      'registerSchemesAsPrivileged',
      'privileged rekindle {"standard":true,"secure":true,"supportFetchAPI":true,"codeCache":true}',
    ]);
  });

  it('denies permissions and serves the scheme once ready, then resolves', async () => {
    const electron = createElectronAppMock();
    let resolved = false;
    const secured = applySecurityPolicy(electron.targets, { rendererDir: 'out/renderer' }).then(() => {
      resolved = true;
    });

    expect(resolved).toBe(false);
    await electron.becomeReady();
    await secured;

    expect(electron.timeline.slice(3)).toEqual(['defaultSession', 'handle rekindle']);
    expect(await electron.session.request('media')).toBe(false);
    expect(electron.session.check()).toBe(false);
  });

  it('guards every web contents created afterwards, the window’s and any other', async () => {
    const electron = createElectronAppMock();
    await Promise.all([applySecurityPolicy(electron.targets, { rendererDir: 'out/renderer' }), electron.becomeReady()]);
    const window = electron.createContents();
    const other = electron.createContents();

    for (const contents of [window, other]) {
      expect(contents.emit('will-navigate', 'https://example.com/').defaultPrevented).toBe(true);
      expect(contents.openWindow('https://example.com/')).toEqual({ action: 'deny' });
      expect(contents.emit('will-attach-webview').defaultPrevented).toBe(true);
    }
  });
});

describe('the page’s Content Security Policy', () => {
  const directives = (policy: string) => policy.split('; ');

  it('is the header policy without frame-ancestors, which a meta tag cannot carry', () => {
    expect(directives(CONTENT_SECURITY_POLICY)).toContain("frame-ancestors 'none'");
    expect(directives(pageContentSecurityPolicy('build'))).toEqual(
      directives(CONTENT_SECURITY_POLICY).filter((directive) => !directive.startsWith('frame-ancestors')),
    );
  });

  it('relaxes only scripts and connections, only for the dev server', () => {
    const build = directives(pageContentSecurityPolicy('build'));
    const serve = directives(pageContentSecurityPolicy('serve'));

    expect(serve.filter((directive) => !build.includes(directive))).toEqual([
      "script-src 'self' 'unsafe-inline'",
      "connect-src 'self' ws: http://localhost:*",
    ]);
    expect(build).toContain("script-src 'self'");
    expect(build.filter((directive) => directive.includes("'unsafe-") && !directive.startsWith('style-src'))).toEqual([]);
  });
});

describe('the packaged app', () => {
  const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

  it('flips the Electron fuses that would let others run code as the app', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      // The page comes from rekindle://, so file:// pages need no extra powers.
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into the asar archive the fuses check', () => {
    expect(config.asar).toBe(true);
  });
});
