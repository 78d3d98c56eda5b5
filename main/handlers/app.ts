// Start-up snapshot, settings, profile, external links and the view the window shows.
import type { View } from '../../shared/ipc/channels';
import type { Language } from '../../shared/schema/fields';
import { openExternalUrl } from '../security';
import { updateProfile, updateSettings } from '../services/settings';
import type { DataStore } from '../store/data-store';
import type { UnitOfWork } from '../store/unit-of-work';
import { defineHandlers } from './define';

export interface AppHandlerNeeds {
  store: Pick<DataStore, 'document' | 'notice' | 'readOnly' | 'path'>;
  work: UnitOfWork;
  systemLanguage: Language;
  openExternal: (url: string) => Promise<void>;
  onViewShown?: ((view: View) => void) | undefined;
}

export function appHandlers({ store, work, systemLanguage, openExternal, onViewShown }: AppHandlerNeeds) {
  return defineHandlers({
    'app:load': () => ({
      document: store.document,
      notice: store.notice,
      readOnly: store.readOnly,
      systemLanguage,
      dataFile: store.path,
    }),
    'settings:update': (patch) => work.commit((document) => ({ document: updateSettings(document, patch) })),
    'profile:update': (profile) => work.commit((document) => ({ document: updateProfile(document, profile) })),
    'links:open': async ({ url }) => ({ opened: await openExternalUrl(url, openExternal) }),
    'window:viewShown': ({ view }) => {
      onViewShown?.(view);
      return { noted: true as const };
    },
  });
}
