// The store engine in the app: electron-store (Node tests use its engine, conf).
import ElectronStore from 'electron-store';
import { asStoreEngine, engineOptions, type StoreEngineFactory } from '../store/engine';

export const electronStoreEngine: StoreEngineFactory = (options) =>
  asStoreEngine(new ElectronStore<Record<string, unknown>>({ ...engineOptions(options), name: options.configName }));
