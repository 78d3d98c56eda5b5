// window.api in jsdom is the real preload's bridge. Its calls are answered either by main's
// real core over a temporary data folder (answerWithCore) or by answers a test queues per
// channel, each typed as that channel's response (answerWithQueue).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAppCore, type AppCore, type AppCoreOptions } from '../../../main/app-core';
import { dispatch } from '../../../main/ipc';
import { confEngine } from '../../../main/store/engine';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../../shared/ipc/channels';
import type { ResponseOf } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import type { RekindleDocument } from '../../../shared/schema/document';
import { answerInvokes } from './electron-fake';
// The shipped bridge: it exposes window.api through the fake contextBridge (setup.ts mocks electron).
import '../../../main/preload';

export interface Call {
  channel: string;
  payload: unknown;
}

export interface CoreBridge {
  core: AppCore;
  calls: Call[];
  /** The document as main holds it now. */
  document(): RekindleDocument;
  dispose(): void;
}

/** Main's real core over a data folder holding `initial`: every answer is what main would send. */
export function answerWithCore(
  initial: RekindleDocument,
  options: Partial<Pick<AppCoreOptions, 'now' | 'systemLanguage' | 'dialogs' | 'openExternal' | 'openPath'>> = {},
): CoreBridge {
  const dataDir = mkdtempSync(join(tmpdir(), 'rekindle-renderer-'));
  writeFileSync(join(dataDir, 'rekindle-data.json'), JSON.stringify(initial), { mode: 0o600 });
  const core = openAppCore({
    dataDir,
    engine: confEngine,
    now: options.now ?? (() => new Date()),
    systemLanguage: options.systemLanguage ?? 'en',
    dialogs: options.dialogs ?? { save: async () => null, open: async () => null },
    openExternal: options.openExternal ?? (async () => undefined),
    openPath: options.openPath ?? (async () => undefined),
  });
  const calls: Call[] = [];
  const ipcOptions = { isTrustedUrl: () => true, logError: () => undefined };
  answerInvokes((channel, payload) => {
    calls.push({ channel, payload });
    return dispatch(channel, { senderFrame: { url: 'app://rekindle/', parent: null } }, payload, core.handlers, ipcOptions);
  });
  return { core, calls, document: () => core.store.document, dispose: () => rmSync(dataDir, { recursive: true, force: true }) };
}

export type Answer<C extends InvokeChannel> = Result<ResponseOf<C>> | Promise<Result<ResponseOf<C>>>;

export interface QueueBridge {
  calls: Call[];
  /** Queues main's answer to the next call on `channel`, in the shape that channel answers. */
  answer<C extends InvokeChannel>(channel: C, value: Answer<C>): void;
}

/** Answers each call with what the test queued for its channel; a call with nothing queued fails the test. */
export function answerWithQueue(): QueueBridge {
  const calls: Call[] = [];
  const queued = new Map<string, unknown[]>();
  answerInvokes((channel, payload) => {
    calls.push({ channel, payload });
    const next = queued.get(channel)?.shift();
    if (next === undefined) return Promise.reject(new Error(`No answer queued for ${channel}`));
    return Promise.resolve(next);
  });
  return {
    calls,
    answer(channel, value) {
      queued.set(channel, [...(queued.get(channel) ?? []), value]);
    },
  };
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** One channel's stand-in for main: it gets what the window sent and answers in that channel's shape. */
export type Handlers = { [C in InvokeChannel]?: (payload: unknown) => Answer<C> };

const isChannel = (channel: string): channel is InvokeChannel => (INVOKE_CHANNELS as readonly string[]).includes(channel);

/** Answers each call with the test's handler for its channel; a channel without one fails the test. */
export function answerWithHandlers(handlers: Handlers): { calls: Call[] } {
  const calls: Call[] = [];
  answerInvokes((channel, payload) => {
    calls.push({ channel, payload });
    const handler = isChannel(channel) ? handlers[channel] : undefined;
    if (!handler) return Promise.reject(new Error(`No handler for ${channel}`));
    return Promise.resolve(handler(payload));
  });
  return { calls };
}
