// Links and files: whatever a renderer sends, only web and mail links reach the system, and
// only files main itself wrote in this run are opened or shown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { send, useRecordingCore } from './ipc-world';

const RUNS = 50;

useRecordingCore();

describe('links:open with any URL', () => {
  const refusedUrls = fc.oneof(
    fc.constantFrom(
      'javascript:alert(document.cookie)',
      'JavaScript:void(0)',
      ' javascript:alert(1)',
      'file:///etc/passwd',
      'file://server/share/cv.pdf',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'blob:https://example.com/0b1c',
      'chrome://settings',
      'ftp://files.example.com/',
      'smb://server/share',
      '/etc/passwd',
      '../../secret.txt',
      'example.com',
      'www.example.com/path',
      '//evil.example/',
      'https://',
      '',
    ),
    fc
      .tuple(fc.constantFrom('javascript:', 'file:', 'data:', 'vbscript:', 'blob:', 'about:', 'ms-settings:', 'ssh:'), fc.string({ maxLength: 200 }))
      .map(([scheme, rest]) => `${scheme}${rest}`),
    fc.string({ maxLength: 300 }).filter((text) => !/^[\s\0-\x1f]*(https?|mailto):/i.test(text)),
  );

  it('never hands a refused URL to the system', async () => {
    await fc.assert(
      fc.asyncProperty(refusedUrls, async (url) => {
        const observation = await send('links:open', { url });
        expect(observation.outside).toEqual([]);
        expect(observation.result).toEqual({ ok: true, value: { opened: false } });
      }),
      { numRuns: 200 },
    );
  });

  it('opens web addresses exactly once, in their normalised form', async () => {
    await fc.assert(
      fc.asyncProperty(fc.webUrl({ withQueryParameters: true, withFragments: true }), async (url) => {
        const observation = await send('links:open', { url });
        expect(observation.result).toEqual({ ok: true, value: { opened: true } });
        expect(observation.outside).toEqual([`open link: ${new URL(url).href}`]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('files:open and files:showInFolder with any path', () => {
  it('never open or show a file that Rekindle did not write in this run', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('files:open', 'files:showInFolder'),
        fc.oneof(fc.constantFrom('/etc/passwd', '../../secret.txt', 'C:\\Windows\\system32\\calc.exe', '/tmp/References.pdf'), fc.string({ minLength: 1, maxLength: 300 })),
        async (channel, path) => {
          const observation = await send(channel, { savedTo: path });
          expect(observation.outside).toEqual([]);
          expect(observation.result).toMatchObject({ ok: false, error: { code: 'not_found' } });
        },
      ),
      { numRuns: RUNS },
    );
  });
});
