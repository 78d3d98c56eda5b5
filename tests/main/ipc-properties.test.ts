// Whatever a compromised or buggy renderer sends, every channel answers with a typed result,
// never throws, and a refused request changes nothing: not the data file, not the document
// in memory, and nothing outside (no link opened, no dialog shown, no file written).
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppCore, type AppCore } from '../../main/app-core';
import { dispatch, type IpcOptions } from '../../main/ipc';
import { isAppUrl } from '../../main/security';
import { confEngine } from '../../main/store/engine';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../shared/ipc/channels';
import { contract, type RequestOf } from '../../shared/ipc/contract';
import { ERROR_CODES, type Result } from '../../shared/ipc/result';
import { LIMITS } from '../../shared/schema/fields';
import { APP_URL, appFrameEvent } from './electron-mock';

const RUNS = 50;
const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'];
/** Longer than every string bound in the contract. */
const OVER_EVERY_BOUND = Math.max(...Object.values(LIMITS).filter((limit) => limit < LIMITS.records), 4_096) + 1;

let dir: string;
let core: AppCore;
/** Everything a handler did to the world outside, since the last `send`. */
const outside: string[] = [];
const options: IpcOptions = { isTrustedUrl: (url) => isAppUrl(url, APP_URL) };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-ipc-props-'));
  core = openAppCore({
    dataDir: dir,
    engine: confEngine,
    now: () => new Date('2026-03-02T08:00:00.000Z'),
    systemLanguage: 'de',
    dialogs: {
      save: async ({ title }) => {
        outside.push(`save dialog: ${title}`);
        return null;
      },
      open: async ({ title }) => {
        outside.push(`open dialog: ${title}`);
        return null;
      },
    },
    openExternal: async (url) => {
      outside.push(`open link: ${url}`);
    },
    openPath: async (path) => {
      outside.push(`open file: ${path}`);
    },
    showInFolder: async (path) => {
      outside.push(`show in folder: ${path}`);
    },
    writeFile: async (path) => {
      outside.push(`write file: ${path}`);
    },
  });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const on = '2026-03-02';

/** One payload per channel that the contract accepts, so tests can break one part at a time. */
const VALID: { [C in InvokeChannel]: RequestOf<C> } = {
  'app:load': undefined,
  'settings:update': { paperSize: 'A4', language: null },
  'profile:update': { name: 'Zoë Ångström', email: 'zoe@example.com', phone: '+49 221 555010', city: 'Köln', links: ['https://example.com/zoe'] },
  'links:open': { url: 'https://example.com/' },
  'applications:save': {
    id: null,
    fields: {
      company: 'Contoso',
      role: 'Staff Engineer',
      location: 'Berlin',
      postingUrl: 'https://jobs.example.com/1',
      status: 'applied',
      appliedOn: on,
      interviews: [{ id: 'int-1', date: on, time: '10:30', kind: 'video', note: 'Panel' }],
      referenceCheckOn: null,
      contact: { name: 'Jonas', role: 'Recruiter', email: 'jonas@example.com', phone: '' },
      notes: 'Two references wanted.',
    },
  },
  'applications:delete': { id: 'app-1' },
  'applications:setStatus': { applicationId: 'app-1', status: 'offer', on },
  'applications:closeSearch': { applicationId: 'app-1', on, skipThanks: ['ref-1'] },
  'references:save': {
    id: null,
    fields: {
      name: 'Maria Schäfer',
      address: { salutation: 'ms', pronouns: 'she', formality: 'formal', title: 'Dr.' },
      relationship: 'manager',
      workedAt: 'ACME GmbH',
      roleThen: 'Head of Engineering',
      workedFrom: 2019,
      workedTo: 2022,
      currentTitle: 'CTO',
      organisation: 'Northwind AG',
      email: 'maria@example.com',
      phone: '+49 30 1234567',
      linkedin: 'https://www.linkedin.com/in/example',
      preferredChannel: 'email',
      lastContactedOn: null,
      cadenceMonths: 6,
      talkingPoints: [{ id: 'tp-1', text: 'Led the billing rewrite' }],
      consent: { status: 'asked', askedOn: on, answeredOn: null },
      notes: 'Prefers a call.',
    },
  },
  'references:delete': { id: 'ref-1' },
  'references:reorder': { ids: ['ref-1', 'ref-2'] },
  'records:undo': { token: 'undo-1' },
  'requests:link': { referenceId: 'ref-1', applicationId: 'app-1' },
  'requests:unlink': { requestId: 'req-1' },
  'requests:move': { requestId: 'req-1', stage: 'prep', position: 1 },
  'requests:setChecklistItem': { requestId: 'req-1', item: 'say_why', done: true },
  'requests:logContact': { requestId: 'req-1', kind: 'call', on, text: 'Talked about the role.' },
  'requests:markAskSent': { requestId: 'req-1', on },
  'requests:markMessageSent': { requestId: 'req-1', item: 'ask_sent', on },
  'requests:markDraftSent': { requestId: 'req-1', draft: 'prep_brief', on, summary: 'Before Northwind calls' },
  'requests:recordReply': { referenceId: 'ref-1', reply: 'agreed', on },
  'requests:complete': { requestId: 'req-1' },
  'requests:snooze': { requestId: 'req-1', kind: 'send_ask', until: '2026-12-05' },
  'exports:sheetPreview': { referenceIds: ['ref-1'], language: 'en' },
  'exports:referenceSheet': { applicationId: null, referenceIds: ['ref-1'], language: 'de', format: 'pdf' },
  'exports:prepBrief': { requestId: 'req-1', language: 'en' },
  'exports:notePrompts': { requestIds: ['req-1'], language: 'en', action: 'print' },
  'exports:csv': { kind: 'people', language: 'en' },
  'files:open': { savedTo: '/tmp/References.pdf' },
  'files:showInFolder': { savedTo: '/tmp/References.pdf' },
  'backup:save': undefined,
  'backup:open': undefined,
  'backup:restore': { token: 'tok-1', mode: 'merge' },
  'import:open': { source: 'vcard' },
  'import:apply': { token: 'tok-1', indexes: [0, 2] },
  'import:openApplications': undefined,
  'import:previewApplications': { token: 'tok-1', mapping: { company: 0, role: 1, status: 2, appliedOn: null, nextInterview: null, postingUrl: 3, location: null, notes: 4 } },
  'import:applyApplications': { token: 'tok-1', mapping: { company: 0, role: 1, status: null, appliedOn: 2, nextInterview: null, postingUrl: null, location: null, notes: null } },
  'checks:announce': { applicationId: 'app-1', expectedOn: '2026-03-05', caller: { name: 'Jonas', title: 'Recruiter', email: '', phone: '+49 30 5550' } },
  'checks:logCall': { requestId: 'req-1', on, caller: 'Jonas', minutes: 30, asked: 'Leadership', told: '' },
  'checks:recordDebrief': { requestId: 'req-1', callId: 'call-1', on, told: 'It went well.' },
  'checks:markHeadsUpSent': { requestId: 'req-1', on },
  'references:confirmDetails': { referenceId: 'ref-1', on },
};

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'];

/** The keys a channel's request object accepts, so malformed payloads can look nearly right. */
function knownKeys(channel: InvokeChannel): string[] {
  const request: unknown = contract[channel].request;
  return request instanceof z.ZodObject ? Object.keys(request.shape) : [];
}

type Path = (string | number)[];

/** Paths of every string inside a value (object keys and array indexes). */
function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  }
  return [];
}

function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = replaceAt(copy[head], rest, replacement);
  return copy;
}

/** Adds `key` as an own property, even "__proto__", as a structured clone from the renderer does. */
function withOwnKey(base: unknown, key: string, value: unknown): unknown {
  const rest = JSON.stringify(base ?? {}).slice(1, -1);
  return JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value) ?? 'null'}${rest ? `, ${rest}` : ''}}`) as unknown;
}

function nested(depth: number, key: string, asArray: boolean): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level += 1) value = asArray ? [value] : { [key]: value };
  return value;
}

/** Payloads every channel must refuse as invalid input. */
function refusedPayloads(channel: InvokeChannel): fc.Arbitrary<unknown> {
  const base: unknown = VALID[channel];
  const paths = stringPaths(base);
  const arbitraries: fc.Arbitrary<unknown>[] = [
    // Unknown keys, prototype-pollution keys among them, next to otherwise valid fields.
    fc
      .tuple(fc.constantFrom(...POLLUTION_KEYS, 'isAdmin', 'path'), fc.jsonValue())
      .map(([key, value]) => withOwnKey(base, key, { polluted: true, value })),
    // Deeply nested values where something flat belongs.
    fc
      .tuple(fc.integer({ min: 1, max: 3_000 }), fc.constantFrom(...knownKeys(channel), 'x'), fc.boolean())
      .map(([depth, key, asArray]) => nested(depth, key, asArray))
      .filter((payload) => !contract[channel].request.safeParse(payload).success),
  ];
  if (paths.length > 0) {
    // Any one string in an otherwise valid payload, made longer than every bound.
    arbitraries.push(
      fc
        .tuple(fc.constantFrom(...paths), fc.integer({ min: OVER_EVERY_BOUND, max: 3 * OVER_EVERY_BOUND }))
        .map(([path, length]) => replaceAt(base, path, 'x'.repeat(length))),
    );
  }
  if (base === undefined) arbitraries.push(fc.anything().filter((payload) => payload !== undefined));
  return fc.oneof(...arbitraries);
}

/** Anything at all, nearly-right objects with wrong types, and the refused payloads above. */
function randomPayloads(channel: InvokeChannel): fc.Arbitrary<unknown> {
  const keys = [...knownKeys(channel), ...POLLUTION_KEYS];
  return fc.oneof(
    fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    }),
    fc.dictionary(fc.constantFrom(...keys), fc.anything(), { maxKeys: keys.length }),
    refusedPayloads(channel),
  );
}

interface Observation {
  result: Result<unknown>;
  fileChanged: boolean;
  documentChanged: boolean;
  outside: string[];
}

async function send(channel: InvokeChannel, payload: unknown): Promise<Observation> {
  const bytesBefore = readFileSync(core.store.path);
  const documentBefore = core.store.document;
  outside.length = 0;
  const result = await dispatch(channel, appFrameEvent(), payload, core.handlers, options);
  return {
    result,
    fileChanged: !readFileSync(core.store.path).equals(bytesBefore),
    documentChanged: core.store.document !== documentBefore,
    outside: [...outside],
  };
}

function expectTypedRefusal(observation: Observation): void {
  const { result } = observation;
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(ERROR_CODES).toContain(result.error.code);
  expect(typeof result.error.message).toBe('string');
  expect({ fileChanged: observation.fileChanged, documentChanged: observation.documentChanged, outside: observation.outside }).toEqual({
    fileChanged: false,
    documentChanged: false,
    outside: [],
  });
}

function expectOnlyAllowedLinksOpened({ result, outside: done }: Observation): void {
  const reportedOpen = result.ok && (result.value as { opened?: unknown }).opened === true;
  const links = done.filter((entry) => entry.startsWith('open link: '));
  expect(links).toHaveLength(reportedOpen ? 1 : 0);
  for (const link of links) expect(LINK_PROTOCOLS).toContain(new URL(link.slice('open link: '.length)).protocol);
}

describe('the sample payloads these properties start from', () => {
  it.each(INVOKE_CHANNELS)('are accepted by the contract on %s', (channel) => {
    expect(contract[channel].request.safeParse(VALID[channel]).success).toBe(true);
  });
});

describe.each(INVOKE_CHANNELS)('the %s channel under random payloads', (channel) => {
  it('answers every payload with a result, and a refusal with a typed error that changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(randomPayloads(channel), async (payload) => {
        const observation = await send(channel, payload);
        expect(typeof observation.result.ok).toBe('boolean');
        if (!observation.result.ok) expectTypedRefusal(observation);
        else if (channel === 'links:open') expectOnlyAllowedLinksOpened(observation);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses oversized strings, deep nesting and unknown or prototype keys as invalid input', async () => {
    await fc.assert(
      fc.asyncProperty(refusedPayloads(channel), async (payload) => {
        const observation = await send(channel, payload);
        expectTypedRefusal(observation);
        expect(observation.result.ok === false && observation.result.error.code).toBe('invalid_input');
      }),
      { numRuns: RUNS },
    );
  });
});

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

describe('after every random payload', () => {
  it('leaves the prototype of plain objects untouched', () => {
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
