// The store engine in the app: electron-store (Node tests use its engine, conf).
import { ipcMain } from 'electron';
import ElectronStore from 'electron-store';
import { asStoreEngine, engineOptions, withoutRendererListener, type StoreEngineFactory } from '../store/engine';

export const electronStoreEngine: StoreEngineFactory = (options) =>
  // electron-store answers the renderer on a channel of its own; ipc.ts must stay the only one.
  asStoreEngine(withoutRendererListener(ipcMain, () => new ElectronStore<Record<string, unknown>>({ ...engineOptions(options), name: options.configName })));
