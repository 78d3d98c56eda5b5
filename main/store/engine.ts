// The storage engine behind the data file. electron-store in the app and its engine `conf`
// in Node tests: both write atomically (temp file, fsync, rename) with the same options.
import Conf from 'conf';

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

/** Options both engines share: never wipe a file that fails to parse (we recover it ourselves). */
export function engineOptions(options: StoreEngineOptions) {
  return {
    cwd: options.cwd,
    configName: options.configName,
    configFileMode: options.fileMode,
    clearInvalidConfig: false,
    projectName: 'rekindle',
  } as const;
}

export const confEngine: StoreEngineFactory = (options) =>
  new Conf<Record<string, unknown>>(engineOptions(options)) as unknown as StoreEngine;
