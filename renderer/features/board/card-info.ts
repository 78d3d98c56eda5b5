// The words a card shows, shared by the board, the drag overlay, the detail and Today.
import type { TFunction } from 'i18next';
import { isLate, type DueItem } from '../../../shared/due';
import type { Language } from '../../../shared/schema/fields';
import type { Application } from '../../../shared/schema/application';
import type { Reference } from '../../../shared/schema/person';
import type { ReferenceRequest } from '../../../shared/schema/request';
import type { RekindleDocument } from '../../../shared/schema/document';
import { nextAction } from '../../../shared/stages';
import type { BoardIndex } from './board-index';

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

function describe(
  request: ReferenceRequest,
  person: Reference | undefined,
  application: Application | undefined,
  document: RekindleDocument,
  today: string,
  language: Language,
  due: DueItem | undefined,
  t: TFunction,
): CardInfo {
  // nextAction looks the person up in the document's list; handing it a document that
  // holds only this card's person keeps that lookup from scanning everyone.
  const personOnly: RekindleDocument = { ...document, references: person ? [person] : [] };
  return {
    request,
    person,
    application,
    name: person?.name ?? '?',
    applicationLabel: applicationLabel(application, t),
    action: nextAction(request, personOnly, today).label[language],
    due,
  };
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
  return describe(request, person, application, document, today, language, due, t);
}

function sameDue(a: DueItem | undefined, b: DueItem | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.kind === b.kind && a.dueOn === b.dueOn && a.overdue === b.overdue;
}

interface CachedCard {
  info: CardInfo;
  today: string;
  language: Language;
  t: TFunction;
}

/**
 * Card infos that keep their object while nothing the card shows has changed, so a memoised
 * card skips re-rendering when another card moves. Main keeps unchanged records' objects.
 */
export function createCardInfoCache() {
  const cache = new Map<string, CachedCard>();
  return (
    id: string,
    index: BoardIndex,
    dueByRequest: ReadonlyMap<string, DueItem>,
    today: string,
    language: Language,
    t: TFunction,
  ): CardInfo | undefined => {
    const request = index.requests.get(id);
    if (!request) return undefined;
    const person = index.people.get(request.referenceId);
    const application = request.applicationId === null ? undefined : index.applications.get(request.applicationId);
    const due = dueByRequest.get(id);
    const cached = cache.get(id);
    if (
      cached &&
      cached.info.request === request &&
      cached.info.person === person &&
      cached.info.application === application &&
      sameDue(cached.info.due, due) &&
      cached.today === today &&
      cached.language === language &&
      cached.t === t
    ) {
      return cached.info;
    }
    const info = describe(request, person, application, index.document, today, language, due, t);
    cache.set(id, { info, today, language, t });
    return info;
  };
}

export function cardAccessibleName(info: CardInfo, t: TFunction): string {
  const values = { name: info.name, application: info.applicationLabel, action: info.action };
  return info.due && isLate(info.due) ? t('board.cardNameOverdue', values) : t('board.cardName', values);
}
