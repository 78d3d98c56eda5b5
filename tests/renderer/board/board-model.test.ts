import { describe, expect, it } from 'vitest';
import {
  buildColumns,
  columnDropId,
  matchesFilters,
  moveAcross,
  moveWithin,
  NO_FILTERS,
  placementOf,
  WHOLE_SEARCH,
} from '../../../renderer/features/board/board-model';
import { makeApplication, makeReference, makeRequest } from '../../fixtures/documents';

const card = (id: string, stage: 'reconnect' | 'prep' | 'thanks' | 'done', position: number) =>
  makeRequest({ id, stage, position, referenceId: 'ref-1' });

describe('board columns', () => {
  it('orders each column by position and leaves declined cards out', () => {
    const columns = buildColumns([card('b', 'prep', 2), card('a', 'prep', 1), { ...card('x', 'prep', 0), closed: 'declined' }, card('r', 'reconnect', 5)]);
    expect(columns).toEqual({ reconnect: ['r'], prep: ['a', 'b'], thanks: [], done: [] });
  });

  it('places a card dropped between two others halfway between their positions', () => {
    const requests = [card('a', 'prep', 1), card('b', 'prep', 2), card('m', 'reconnect', 1)];
    const positions = new Map(requests.map((request) => [request.id, request.position]));
    const dragged = moveAcross(buildColumns(requests), 'm', 'b');
    expect(dragged.prep).toEqual(['a', 'm', 'b']);
    expect(placementOf(dragged, 'm', positions)).toEqual({ stage: 'prep', position: 1.5 });
  });

  it('appends a card dropped on an empty column and puts one dropped on top before the first', () => {
    const requests = [card('a', 'prep', 4), card('m', 'reconnect', 1)];
    const positions = new Map(requests.map((request) => [request.id, request.position]));
    const onEmpty = moveAcross(buildColumns(requests), 'm', columnDropId('done'));
    expect(placementOf(onEmpty, 'm', positions)).toEqual({ stage: 'done', position: 0 });
    const onTop = moveAcross(buildColumns(requests), 'm', 'a');
    expect(placementOf(onTop, 'm', positions)).toEqual({ stage: 'prep', position: 3 });
  });

  it('reorders within a column when a card is dropped on a later one', () => {
    const columns = buildColumns([card('a', 'prep', 1), card('b', 'prep', 2), card('c', 'prep', 3)]);
    expect(moveWithin(columns, 'a', 'c').prep).toEqual(['b', 'c', 'a']);
  });
});

describe('board filters', () => {
  const person = makeReference({ name: 'Łukasz Żółć' });
  const application = makeApplication({ id: 'app-1', company: 'Northwind', role: 'Design Lead' });
  const request = makeRequest({ referenceId: person.id, applicationId: 'app-1' });

  it('finds a card by name without its accents, and by company or role', () => {
    expect(matchesFilters(request, person, application, { ...NO_FILTERS, query: 'lukasz' })).toBe(true);
    expect(matchesFilters(request, person, application, { ...NO_FILTERS, query: 'north design' })).toBe(true);
    expect(matchesFilters(request, person, application, { ...NO_FILTERS, query: 'fabrikam' })).toBe(false);
  });

  it('keeps only cards for the whole search when that filter is chosen', () => {
    const general = makeRequest({ referenceId: person.id, applicationId: null });
    expect(matchesFilters(general, person, undefined, { ...NO_FILTERS, applicationId: WHOLE_SEARCH })).toBe(true);
    expect(matchesFilters(request, person, application, { ...NO_FILTERS, applicationId: WHOLE_SEARCH })).toBe(false);
  });
});
