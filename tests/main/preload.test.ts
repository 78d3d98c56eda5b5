import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMAND_CHANNEL, INVOKE_CHANNELS, type AppCommand } from '../../shared/ipc/channels';

type Listener = (event: unknown, ...args: unknown[]) => void;

// The preload can only reach Electron, so Electron is all that is replaced here.
const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const invocations: { channel: string; payload: unknown }[] = [];
  const listeners = new Map<string, Set<Listener>>();
  return {
    exposed,
    invocations,
    listeners,
    contextBridge: {
      exposeInMainWorld(key: string, value: unknown) {
        exposed.set(key, value);
      },
    },
    ipcRenderer: {
      invoke(channel: string, payload: unknown) {
        invocations.push({ channel, payload });
        return Promise.resolve({ ok: true, value: `answer from ${channel}` });
      },
      on(channel: string, listener: Listener) {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
      },
      removeListener(channel: string, listener: Listener) {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
});

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

type ExposedApi = Record<string, Record<string, (payload?: unknown) => Promise<unknown>>> & {
  onCommand(listener: (command: AppCommand) => void): () => void;
};

let api: ExposedApi;

beforeAll(async () => {
  await import('../../main/preload');
  api = electron.exposed.get('api') as ExposedApi;
});

beforeEach(() => {
  electron.invocations.length = 0;
});

function push(channel: string, payload: unknown): void {
  for (const listener of electron.listeners.get(channel) ?? []) listener({ sender: 'main' }, payload);
}

describe('the preload bridge', () => {
  it('exposes one object named api and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['api']);
    expect(api).toBeTypeOf('object');
  });

  it('has one method per channel of the contract, grouped by feature, plus onCommand', () => {
    const expected: Record<string, string[]> = {};
    for (const channel of INVOKE_CHANNELS) {
      const [feature = '', verb = ''] = channel.split(':');
      (expected[feature] ??= []).push(verb);
    }

    const features = Object.keys(api).filter((key) => key !== 'onCommand');
    expect(features.sort()).toEqual(Object.keys(expected).sort());
    for (const feature of features) expect(Object.keys(api[feature] ?? {}).sort(), feature).toEqual(expected[feature]?.sort());
  });

  it.each(INVOKE_CHANNELS)('invokes exactly %s, passing the payload and the answer through', async (channel) => {
    const [feature = '', verb = ''] = channel.split(':');
    const payload = { sentTo: channel };

    const answer = await api[feature]?.[verb]?.(payload);

    expect(electron.invocations).toEqual([{ channel, payload }]);
    expect(answer).toEqual({ ok: true, value: `answer from ${channel}` });
  });

  it('hands menu commands to a subscriber without the Electron event', () => {
    const received: AppCommand[] = [];
    const unsubscribe = api.onCommand((command) => received.push(command));

    push(COMMAND_CHANNEL, { type: 'navigate', view: 'people' });
    push('some:other-channel', { type: 'find' });

    expect(received).toEqual([{ type: 'navigate', view: 'people' }]);
    unsubscribe();
  });

  it('stops delivering commands after unsubscribing, leaving other subscribers in place', () => {
    const first: AppCommand[] = [];
    const second: AppCommand[] = [];
    const unsubscribeFirst = api.onCommand((command) => first.push(command));
    const unsubscribeSecond = api.onCommand((command) => second.push(command));

    unsubscribeFirst();
    push(COMMAND_CHANNEL, { type: 'create' });

    expect(first).toEqual([]);
    expect(second).toEqual([{ type: 'create' }]);
    unsubscribeSecond();
    expect(electron.listeners.get(COMMAND_CHANNEL)?.size ?? 0).toBe(0);
  });
});
