// Links leave the app only after the user clicked or typed in the window, and mail links
// never carry a file along.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppCore, type AppCore } from '../../main/app-core';
import { dispatch } from '../../main/ipc';
import { externalUrlOrNull, isAppUrl, lockDownWebContents, openAfterUserGesture } from '../../main/security';
import { confEngine } from '../../main/store/engine';
import { APP_URL, appFrameEvent, createWebContentsMock, settle, type WebContentsMock } from './electron-mock';

function recordingOpen() {
  const opened: string[] = [];
  return { opened, open: async (url: string) => void opened.push(url) };
}

describe('links from the page', () => {
  it('open nothing when the page had no user gesture', async () => {
    const contents = createWebContentsMock({ userGesture: false });
    const { opened, open } = recordingOpen();
    lockDownWebContents(contents, open);

    expect(contents.emit('will-navigate', 'https://example.com/jobs').defaultPrevented).toBe(true);
    expect(contents.openWindow('https://example.com/jobs')).toEqual({ action: 'deny' });
    await settle();

    expect(opened).toEqual([]);
  });

  it('ask the page in an isolated world of their own, which page scripts cannot reach', async () => {
    const contents = createWebContentsMock({ userGesture: true });
    const { opened, open } = recordingOpen();
    lockDownWebContents(contents, open);

    contents.openWindow('https://example.com/jobs');
    await settle();

    expect(opened).toEqual(['https://example.com/jobs']);
    expect(contents.isolatedScripts).toHaveLength(1);
    // 0 is the page's own world and 999 the preload's.
    expect([0, 999]).not.toContain(contents.isolatedScripts[0]?.worldId);
  });

  it('never ask the page about a link that may not open anyway', async () => {
    const contents = createWebContentsMock({ userGesture: true });
    lockDownWebContents(contents, recordingOpen().open);

    contents.emit('will-navigate', 'file:///etc/passwd');
    await settle();

    expect(contents.isolatedScripts).toEqual([]);
  });

  it('count as refused when the page cannot be asked', async () => {
    const { opened, open } = recordingOpen();
    const gated = openAfterUserGesture(() => undefined, open);

    await expect(gated('https://example.com/')).rejects.toMatchObject({ code: 'forbidden_sender' });
    expect(opened).toEqual([]);
  });
});

describe('the links:open request', () => {
  let dir: string;
  let core: AppCore;
  let page: WebContentsMock;
  let opened: string[];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rekindle-links-'));
    page = createWebContentsMock({ userGesture: false });
    const recording = recordingOpen();
    opened = recording.opened;
    core = openAppCore({
      dataDir: dir,
      engine: confEngine,
      now: () => new Date('2026-03-02T08:00:00.000Z'),
      systemLanguage: 'en',
      dialogs: { save: async () => null, open: async () => null },
      openExternal: openAfterUserGesture(() => page, recording.open),
      openPath: async () => {},
    });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const openLink = (url: string) =>
    dispatch('links:open', appFrameEvent(), { url }, core.handlers, { isTrustedUrl: (frame) => isAppUrl(frame, APP_URL) });

  it('is refused with a typed error when the user did not just click', async () => {
    const result = await openLink('mailto:maria@example.com?subject=Hello');

    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(opened).toEqual([]);
  });

  it('opens the link right after a click', async () => {
    page.userGesture = true;

    expect(await openLink('mailto:maria@example.com?subject=Hello')).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual(['mailto:maria@example.com?subject=Hello']);
  });
});

describe('mail links', () => {
  it.each([
    'mailto:maria@example.com',
    'mailto:maria@example.com?subject=Reference%20for%20ACME&body=Hello%0D%0AMaria',
    'mailto:maria@example.com?cc=jo@example.com&bcc=me@example.com&Subject=Hi',
    'mailto:?to=maria@example.com&in-reply-to=%3Cid@example.com%3E',
  ])('opens %s', (url) => {
    expect(externalUrlOrNull(url)).toBe(new URL(url).href);
  });

  it.each([
    'mailto:maria@example.com?attach=/home/me/.ssh/id_rsa',
    'mailto:maria@example.com?subject=Hi&attachment=file:///etc/passwd',
    'mailto:maria@example.com?ATTACHMENT=C:%5CUsers%5Cme%5Csecret.docx',
    'mailto:maria@example.com?%61ttach=/etc/passwd',
    'mailto:maria@example.com?attachments=a.txt',
    'mailto:maria@example.com?body=x&%20attach%20=/etc/passwd',
    'mailto:maria@example.com?attach',
    'mailto:maria@example.com?x-attach=/etc/passwd',
    'mailto:maria@example.com?file=/etc/passwd',
  ])('refuses %s, which could carry a file along', (url) => {
    expect(externalUrlOrNull(url)).toBeNull();
  });
});
