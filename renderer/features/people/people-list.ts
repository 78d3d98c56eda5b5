// Searching and sorting the people list, and the moves that change the user's own order.
import { compareIsoDates } from '../../../shared/dates';
import { foldForSearch } from '../../../shared/search/fold';
import type { Language } from '../../../shared/schema/fields';
import { RELATIONSHIPS, type Reference } from '../../../shared/schema/person';

export const PEOPLE_SORTS = ['rank', 'name', 'lastContact', 'relationship'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

export function matchesQuery(person: Reference, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldForSearch([person.name, person.organisation, person.currentTitle, person.email].join(' '));
  return words.every((word) => haystack.includes(word));
}

export function sortPeople(people: readonly Reference[], sort: PeopleSort, language: Language): Reference[] {
  const collator = new Intl.Collator(language === 'de' ? 'de-DE' : 'en-GB', { sensitivity: 'base' });
  const byName = (a: Reference, b: Reference) => collator.compare(a.name, b.name);
  const byRank = (a: Reference, b: Reference) => a.rank - b.rank;
  const sorted = [...people];
  switch (sort) {
    case 'rank':
      return sorted.sort(byRank);
    case 'name':
      return sorted.sort((a, b) => byName(a, b) || byRank(a, b));
    case 'relationship':
      return sorted.sort(
        (a, b) => RELATIONSHIPS.indexOf(a.relationship) - RELATIONSHIPS.indexOf(b.relationship) || byRank(a, b),
      );
    case 'lastContact':
      // Longest silence first: the people who most need a word come to the top, "never" before all.
      return sorted.sort((a, b) => {
        if (a.lastContactedOn === b.lastContactedOn) return byRank(a, b);
        if (a.lastContactedOn === null) return -1;
        if (b.lastContactedOn === null) return 1;
        return compareIsoDates(a.lastContactedOn, b.lastContactedOn) || byRank(a, b);
      });
  }
}

/** The ids in the user's order after moving one person a step up (-1) or down (+1); null at an end. */
export function movedOrder(people: readonly Reference[], id: string, step: -1 | 1): string[] | null {
  const ids = [...people].sort((a, b) => a.rank - b.rank).map((person) => person.id);
  const from = ids.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  [ids[from], ids[to]] = [ids[to] as string, ids[from] as string];
  return ids;
}
