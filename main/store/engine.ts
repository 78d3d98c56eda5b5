// The storage engine behind the data file. electron-store in the app and its engine `conf`
// in Node tests: both write atomically (temp file, fsync, rename) with the same options.
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
 * Wraps a conf or electron-store instance as the engine DataStore writes through.
 *
 * conf's `store` setter first re-reads and parses the whole file to carry over its own
 * `__internal__` bookkeeping (conf migrations, which Rekindle does not use), then calls
 * `_write`: serialize, then an atomic write with fsync and rename. At a heavy user's scale
 * that read was half the cost of saving a change, so writes go to `_write` directly. It is
 * private in conf's types; the versions are pinned, and if it ever disappears the setter
 * still works, only slower.
 */
export function asStoreEngine(conf: ConfLike): StoreEngine {
  const write = (conf as unknown as { _write?: (value: Record<string, unknown>) => void })._write;
  return {
    get path() {
      return conf.path;
    },
    get store() {
      return conf.store;
    },
    set store(value: Record<string, unknown>) {
      if (typeof write === 'function') write.call(conf, value);
      else conf.store = value;
    },
  };
}

export const confEngine: StoreEngineFactory = (options) => asStoreEngine(new Conf<Record<string, unknown>>(engineOptions(options)));
