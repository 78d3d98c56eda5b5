// The words a card shows, shared by the board, the drag overlay, the detail and Today.
import type { TFunction } from 'i18next';
import type { DueItem } from '../../../shared/due';
import type { Application, Language, Reference, ReferenceRequest, RekindleDocument } from '../../../shared/schema';
import { nextAction } from '../../../shared/stages';

export interface CardInfo {
  request: ReferenceRequest;
  person: Reference | undefined;
  application: Application | undefined;
  name: string;
  applicationLabel: string;
  action: string;
  due: DueItem | undefined;
}

export function applicationLabel(application: Application | undefined, t: TFunction): string {
  return application ? `${application.company} · ${application.role}` : t('records.wholeSearch');
}

export function cardInfo(
  request: ReferenceRequest,
  document: RekindleDocument,
  today: string,
  language: Language,
  due: DueItem | undefined,
  t: TFunction,
): CardInfo {
  const person = document.references.find((candidate) => candidate.id === request.referenceId);
  const application =
    request.applicationId === null ? undefined : document.applications.find((candidate) => candidate.id === request.applicationId);
  return {
    request,
    person,
    application,
    name: person?.name ?? '?',
    applicationLabel: applicationLabel(application, t),
    action: nextAction(request, document, today).label[language],
    due,
  };
}

export function cardAccessibleName(info: CardInfo, t: TFunction): string {
  const values = { name: info.name, application: info.applicationLabel, action: info.action };
  return info.due?.overdue ? t('board.cardNameOverdue', values) : t('board.cardName', values);
}
