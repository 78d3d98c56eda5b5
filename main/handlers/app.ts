// Start-up snapshot, settings, profile and external links.
import type { AppSnapshot } from '../../shared/ipc/contract';
import type { AppCore } from '../app-core';
import { commit } from '../commit';
import type { IpcHandlers } from '../ipc';
import { openExternalUrl } from '../security';
import { updateProfile, updateSettings } from '../services/settings';

type Channels = 'app:load' | 'settings:update' | 'profile:update' | 'links:open';

export function appHandlers(core: AppCore): Pick<IpcHandlers, Channels> {
  const { store, options } = core;
  return {
    'app:load': (): AppSnapshot => ({
      document: store.document,
      notice: store.notice,
      readOnly: store.readOnly,
      systemLanguage: options.systemLanguage,
      dataFile: store.path,
    }),
    'settings:update': (patch) => commit(core, (document) => ({ document: updateSettings(document, patch) })),
    'profile:update': (profile) => commit(core, (document) => ({ document: updateProfile(document, profile) })),
    'links:open': async ({ url }) => ({ opened: await openExternalUrl(url, options.openExternal) }),
  };
}
