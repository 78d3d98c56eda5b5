// The storage engine behind the data file. electron-store in the app and its engine `conf`
// in Node tests, with the same options. It writes the snapshot; the journal holds each change.
import Conf from 'conf';
import { serializeDocument } from './serialize';

export interface StoreEngine {
  readonly path: string;
  /** Assigning the whole document writes it through to disk. */
  store: Record<string, unknown>;
}

export interface StoreEngineOptions {
  cwd: string;
  configName: string;
  fileMode: number;
}

export type StoreEngineFactory = (options: StoreEngineOptions) => StoreEngine;

/**
 * Options both engines share: never wipe a file that fails to parse (we recover it
 * ourselves), and compact JSON built from each record's cached bytes: pretty-printing a
 * heavy user's 3 MB file took as long as writing it, and re-encoding every unchanged record
 * was most of the rest. conf hands what `serialize` returns straight to its atomic write,
 * which takes bytes as well as text.
 */
export function engineOptions(options: StoreEngineOptions) {
  return {
    cwd: options.cwd,
    configName: options.configName,
    configFileMode: options.fileMode,
    clearInvalidConfig: false,
    projectName: 'rekindle',
    serialize: serializeDocument as unknown as (value: unknown) => string,
  } as const;
}

interface ConfLike {
  readonly path: string;
  store: Record<string, unknown>;
}

/**
 * Wraps a conf or electron-store instance as the engine the snapshot is written through,
 * by its public API only. conf's atomic write does not check that every byte landed, so
 * DataStore reads each snapshot back before it relies on it.
 */
export function asStoreEngine(conf: ConfLike): StoreEngine {
  return {
    get path() {
      return conf.path;
    },
    get store() {
      return conf.store;
    },
    set store(value: Record<string, unknown>) {
      conf.store = value;
    },
  };
}

/** electron-store's own IPC channel: it tells a renderer where the data lives. */
export const ELECTRON_STORE_CHANNEL = 'electron-store-get-data';

interface ListenerRegistry {
  removeAllListeners(channel: string): unknown;
}

/**
 * Constructs an electron-store and takes away the IPC listener its constructor registers,
 * so ipc.ts stays the only thing in main that answers the renderer.
 */
export function withoutRendererListener<T>(ipcMain: ListenerRegistry, construct: () => T): T {
  const store = construct();
  ipcMain.removeAllListeners(ELECTRON_STORE_CHANNEL);
  return store;
}

export const confEngine: StoreEngineFactory = (options) => asStoreEngine(new Conf<Record<string, unknown>>(engineOptions(options)));
