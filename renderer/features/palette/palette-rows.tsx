// How each match reads in the list: a title, one line of detail, what kind of thing it is,
// and what choosing it does.
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { SearchEntry, SearchKind } from '../../../shared/search/palette-search';
import type { Application } from '../../../shared/schema/application';
import type { RekindleDocument } from '../../../shared/schema/document';
import type { Reference } from '../../../shared/schema/person';
import type { ReferenceRequest } from '../../../shared/schema/request';
import type { AppDialogs } from '../../app/app-dialogs';
import { NavIcon } from '../../app/NavIcon';
import { Avatar } from '../../components/Avatar';
import type { PaletteAction } from './palette-actions';

export interface PaletteRow {
  /** Unique across kinds: the list's value for this row. */
  key: string;
  kind: SearchKind;
  title: string;
  detail: string;
  icon: ReactNode;
  open: () => void;
}

export interface RecordIndex {
  people: ReadonlyMap<string, Reference>;
  applications: ReadonlyMap<string, Application>;
  requests: ReadonlyMap<string, ReferenceRequest>;
}

export function recordIndexOf(document: RekindleDocument): RecordIndex {
  return {
    people: new Map(document.references.map((person) => [person.id, person])),
    applications: new Map(document.applications.map((application) => [application.id, application])),
    requests: new Map(document.requests.map((request) => [request.id, request])),
  };
}

const joined = (...parts: string[]) => parts.filter((part) => part.trim() !== '').join(' · ');

const APPLICATION_ICON = <NavIcon view="applications" />;

/** The row for one match, or null when its record left the document in the meantime. */
export function rowOf(
  entry: SearchEntry,
  index: RecordIndex,
  actions: ReadonlyMap<string, PaletteAction>,
  dialogs: AppDialogs,
  t: TFunction,
): PaletteRow | null {
  const key = `${entry.kind}:${entry.id}`;
  switch (entry.kind) {
    case 'action': {
      const action = actions.get(entry.id);
      return action ? { key, kind: 'action', title: action.label, detail: '', icon: action.icon, open: action.run } : null;
    }
    case 'person': {
      const person = index.people.get(entry.id);
      if (!person) return null;
      return {
        key,
        kind: 'person',
        title: person.name,
        detail: joined(person.currentTitle, person.organisation),
        icon: <Avatar name={person.name} size={28} />,
        open: () => dialogs.openPerson(person.id),
      };
    }
    case 'application': {
      const application = index.applications.get(entry.id);
      if (!application) return null;
      return {
        key,
        kind: 'application',
        title: joined(application.company, application.role),
        detail: joined(t(`records.status.${application.status}`), application.location),
        icon: APPLICATION_ICON,
        open: () => dialogs.openApplication(application.id),
      };
    }
    case 'card': {
      const request = index.requests.get(entry.id);
      const person = request ? index.people.get(request.referenceId) : undefined;
      if (!request || !person) return null;
      const application = request.applicationId === null ? undefined : index.applications.get(request.applicationId);
      const stage = request.closed === 'declined' ? t('records.stage.declined') : t(`records.stage.${request.stage}`);
      return {
        key,
        kind: 'card',
        title: person.name,
        detail: joined(stage, application ? joined(application.company, application.role) : t('records.wholeSearch')),
        icon: <Avatar name={person.name} size={28} />,
        open: () => dialogs.openCard(request.id),
      };
    }
  }
}
