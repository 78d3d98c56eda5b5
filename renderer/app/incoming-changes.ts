// Changes from the user's other computers, as the window takes them in: applied in place
// (views, lists and open dialogs keep their state) and said briefly, in the polite toast
// region, without pushing aside an Undo that is showing.
import type { TFunction } from 'i18next';
import type { Language } from '../../shared/schema/fields';
import type { ExternalChanges } from '../../shared/sync/external-changes';
import { receiveExternalChanges } from '../state/external-changes';
import { showToast } from '../state/toasts';

/** "3 changes from Annas-MacBook and one change from Office-PC". */
export function incomingChangesMessage({ from }: Pick<ExternalChanges, 'from'>, t: TFunction, language: Language): string {
  const parts = from
    .filter((source) => source.changes > 0)
    .map((source) => t('sync.changesFrom', { count: source.changes, device: source.deviceName.trim() || t('sync.otherComputer') }));
  const sentence = new Intl.ListFormat(language, { type: 'conjunction' }).format(parts);
  return sentence.charAt(0).toLocaleUpperCase(language) + sentence.slice(1);
}

export function takeInExternalChanges(changes: ExternalChanges, t: TFunction, language: Language): void {
  receiveExternalChanges(changes.patch);
  const message = incomingChangesMessage(changes, t, language);
  if (message !== '') showToast({ message, background: true });
}
