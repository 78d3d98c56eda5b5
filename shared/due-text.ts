// The sentence that says what a due item asks of the user ("Follow up with Anna about
// ACME"): Today lists it, and a reminder about one item says the same words.
import type { TFunction } from 'i18next';
import type { DueItem } from './due';
import { firstName } from './format';
import type { Application } from './schema/application';
import type { Reference } from './schema/person';

export interface DueTextLookups {
  people: ReadonlyMap<string, Pick<Reference, 'name'>>;
  applications: ReadonlyMap<string, Pick<Application, 'company'>>;
}

export function dueItemSentence(item: DueItem, lookups: DueTextLookups, t: TFunction): string {
  const name = firstName(lookups.people.get(item.referenceId)?.name ?? '');
  const application = item.applicationId === null ? undefined : lookups.applications.get(item.applicationId);
  switch (item.kind) {
    case 'send_ask':
      return application ? t('today.item.send_ask', { name, company: application.company }) : t('today.item.send_ask_general', { name });
    case 'follow_up':
      return application
        ? t('today.item.follow_up', { name, application: application.company })
        : t('today.item.follow_up_general', { name });
    case 'send_brief':
      return t('today.item.send_brief', { name, company: application?.company ?? '' });
    case 'send_thanks':
      return application ? t('today.item.send_thanks', { name, company: application.company }) : t('today.item.send_thanks_general', { name });
    case 'check_in':
      return t('today.item.check_in', { name });
  }
}
