// A core over a temp folder whose outside world (dialogs, links, files) only records what
// it was asked to do, and `send`, which dispatches one call and observes what it changed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { openAppCore, type AppCore } from '../../main/app-core';
import { dispatch, type IpcOptions } from '../../main/ipc';
import { isAppUrl } from '../../main/security';
import { confEngine } from '../../main/store/engine';
import type { InvokeChannel } from '../../shared/ipc/channels';
import { ERROR_CODES, type Result } from '../../shared/ipc/result';
import { APP_URL, appFrameEvent } from './electron-mock';

let dir: string;
let core: AppCore;
/** Everything a handler did to the world outside, since the last `send`. */
const outside: string[] = [];
const options: IpcOptions = { isTrustedUrl: (url) => isAppUrl(url, APP_URL) };

/** Opens the recording core before the calling file's tests and removes its folder after. */
export function useRecordingCore(): void {
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
      spellChecker: {
        follow: (language) => {
          outside.push(`spellcheck in: ${language}`);
          return [];
        },
      },
    });
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
}

export interface Observation {
  result: Result<unknown>;
  fileChanged: boolean;
  documentChanged: boolean;
  outside: string[];
}

export async function send(channel: InvokeChannel, payload: unknown): Promise<Observation> {
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

export function expectTypedRefusal(observation: Observation): void {
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
