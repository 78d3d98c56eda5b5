// The Today list: what is due, grouped by when, and the sentence that says what to do.
import type { TFunction } from 'i18next';
import { dueWithin, type DueItem } from '../../../shared/due';
import { compareIsoDates, type IsoDate } from '../../../shared/dates';
import { relativeDay } from '../../../shared/format';
import { dueItemSentence } from '../../../shared/due-text';
import type { Application } from '../../../shared/schema/application';
import type { Language } from '../../../shared/schema/fields';
import type { Reference } from '../../../shared/schema/person';
import type { RekindleDocument } from '../../../shared/schema/document';
import { dueItemsOf } from '../../../shared/due-items';

export const TODAY_GROUPS = ['overdue', 'today', 'week', 'hello'] as const;
export type TodayGroup = (typeof TODAY_GROUPS)[number];

function groupOf(item: DueItem, today: IsoDate): TodayGroup {
  // Check-ins gather on their own, after the tasks: reaching out again is an invitation,
  // not a debt, so it never sits among what is late.
  if (item.kind === 'check_in') return 'hello';
  if (item.overdue) return 'overdue';
  return compareIsoDates(item.dueOn, today) === 0 ? 'today' : 'week';
}

export function todayGroups(document: RekindleDocument, today: IsoDate): Record<TodayGroup, DueItem[]> {
  const groups: Record<TodayGroup, DueItem[]> = { overdue: [], today: [], week: [], hello: [] };
  for (const item of dueWithin(dueItemsOf(document, today), today)) {
    // A follow-up announced ahead of time invites nudging before the week of patience is
    // over; it appears on the day it is due.
    if (item.kind === 'follow_up' && item.dueOn > today) continue;
    groups[groupOf(item, today)].push(item);
  }
  return groups;
}

/** People and applications by id, so each line of the list is a lookup rather than a scan. */
export interface TodayLookups {
  people: ReadonlyMap<string, Reference>;
  applications: ReadonlyMap<string, Application>;
  /** Per person, the card a check-in is logged on (see `cardForCheckIn`). */
  checkInCards: ReadonlyMap<string, string>;
}

export function todayLookups(document: RekindleDocument): TodayLookups {
  const checkInCards = new Map<string, { id: string; open: boolean; updatedAt: string }>();
  for (const request of document.requests) {
    const open = request.closed === null;
    const best = checkInCards.get(request.referenceId);
    // Open cards first, then the most recently touched; on a tie the earlier card stays,
    // as the stable sort in cardForCheckIn keeps it.
    if (!best || (open && !best.open) || (open === best.open && request.updatedAt > best.updatedAt)) {
      checkInCards.set(request.referenceId, { id: request.id, open, updatedAt: request.updatedAt });
    }
  }
  return {
    people: new Map(document.references.map((person) => [person.id, person])),
    applications: new Map(document.applications.map((application) => [application.id, application])),
    checkInCards: new Map([...checkInCards].map(([referenceId, card]) => [referenceId, card.id])),
  };
}

/** What the item asks of the user; the words live in shared/ so a reminder says the same. */
export function dueItemText(item: DueItem, lookups: TodayLookups, _today: IsoDate, _language: Language, t: TFunction): string {
  return dueItemSentence(item, lookups, t);
}

/** "last talked 3 years ago": how long it has been, for the line under a check-in. */
export function lastTalkedText(item: DueItem, lookups: TodayLookups, today: IsoDate, language: Language, t: TFunction): string {
  const last = lookups.people.get(item.referenceId)?.lastContactedOn;
  return t('today.lastTalked', { when: last ? relativeDay(last, today, language) : t('records.never') });
}

/** The card a check-in is logged on: the person's most recently touched card, open ones first. */
export function cardForCheckIn(document: RekindleDocument, referenceId: string): string | null {
  const cards = document.requests
    .filter((request) => request.referenceId === referenceId)
    .sort((a, b) => Number(a.closed !== null) - Number(b.closed !== null) || b.updatedAt.localeCompare(a.updatedAt));
  return cards[0]?.id ?? null;
}
