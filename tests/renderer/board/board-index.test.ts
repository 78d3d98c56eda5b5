import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { createI18n } from '../../../shared/i18n';
import { computeDueItems } from '../../../shared/due';
import { buildBoardIndex, dueByRequest, filterBoard } from '../../../renderer/features/board/board-index';
import { NO_FILTERS } from '../../../renderer/features/board/board-model';
import { cardInfo, createCardInfoCache } from '../../../renderer/features/board/card-info';
import { windowOf } from '../../../renderer/components/show-more';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';

const TODAY = '2026-03-10';
// The window's real translator, so the texts are the ones the user reads.
const t = createI18n('en').t;

/** Anna was asked 10 days ago (a follow-up is overdue); Ben agreed and preps for Contoso. */
function boardDocument() {
  const anna = makeReference({ id: 'ref-anna', name: 'Anna Ivanova', consent: { status: 'asked', askedOn: addDays(TODAY, -10), answeredOn: null } });
  const ben = makeReference({ id: 'ref-ben', name: 'Ben Okafor', consent: { status: 'agreed', askedOn: addDays(TODAY, -20), answeredOn: addDays(TODAY, -18) } });
  const contoso = makeApplication({ id: 'app-contoso', company: 'Contoso', role: 'Staff Designer' });
  return makeDocument({
    references: [anna, ben],
    applications: [contoso],
    requests: [
      makeRequest({ id: 'r2', referenceId: 'ref-anna', stage: 'reconnect', position: 2, askedOn: addDays(TODAY, -10), checklist: { ask_sent: true } }),
      makeRequest({ id: 'r1', referenceId: 'ref-anna', applicationId: 'app-contoso', stage: 'reconnect', position: 1 }),
      makeRequest({ id: 'p1', referenceId: 'ref-ben', applicationId: 'app-contoso', stage: 'prep', position: 1 }),
      makeRequest({ id: 'x1', referenceId: 'ref-ben', stage: 'reconnect', position: 0, closed: 'declined' }),
    ],
  });
}

describe('the board index', () => {
  it('orders open cards per column, keeps declined ones apart and finds each card’s due item', () => {
    const document = boardDocument();
    const index = buildBoardIndex(document);
    expect(index.columns).toEqual({ reconnect: ['r1', 'r2'], prep: ['p1'], thanks: [], done: [] });
    expect(index.declined).toEqual(['x1']);
    const due = dueByRequest(computeDueItems(document, TODAY));
    expect(due.get('r2')).toMatchObject({ kind: 'follow_up', overdue: true });
    expect(due.has('r1')).toBe(false);
  });

  it('describes a card from the index exactly as from the whole document', () => {
    const document = boardDocument();
    const due = computeDueItems(document, TODAY);
    const index = buildBoardIndex(document);
    const cached = createCardInfoCache();
    for (const request of document.requests) {
      const expected = cardInfo(request, document, TODAY, 'en', due.find((item) => item.requestId === request.id), t);
      expect(cached(request.id, index, dueByRequest(due), TODAY, 'en', t)).toEqual(expected);
    }
  });

  it('keeps a card’s words while its records are unchanged, and renews them when its request changes', () => {
    const document = boardDocument();
    const cached = createCardInfoCache();
    const first = cached('r1', buildBoardIndex(document), dueByRequest(computeDueItems(document, TODAY)), TODAY, 'en', t);

    // Another card moved: a new document, but r1 and its person keep their objects.
    const moved = { ...document, requests: document.requests.map((request) => (request.id === 'p1' ? { ...request, stage: 'thanks' as const } : request)) };
    expect(cached('r1', buildBoardIndex(moved), dueByRequest(computeDueItems(moved, TODAY)), TODAY, 'en', t)).toBe(first);

    const ticked = { ...moved, requests: moved.requests.map((request) => (request.id === 'r1' ? { ...request, checklist: { own_disconnect: true } } : request)) };
    const renewed = cached('r1', buildBoardIndex(ticked), dueByRequest(computeDueItems(ticked, TODAY)), TODAY, 'en', t);
    expect(renewed).not.toBe(first);
    expect(renewed?.request.checklist).toEqual({ own_disconnect: true });
    expect(cached('r1', buildBoardIndex(ticked), dueByRequest(computeDueItems(ticked, TODAY)), TODAY, 'de', t)?.action).not.toBe(renewed?.action);
  });

  it('filters every card, not only those in view, and counts declined matches too', () => {
    const document = boardDocument();
    const index = buildBoardIndex(document);
    expect(filterBoard(index, NO_FILTERS).columns).toBe(index.columns);
    const ben = filterBoard(index, { ...NO_FILTERS, query: 'okafor' });
    expect(ben.columns).toEqual({ reconnect: [], prep: ['p1'], thanks: [], done: [] });
    expect(ben.declined).toEqual(['x1']);
    expect(ben.matching).toBe(2);
    expect(filterBoard(index, { ...NO_FILTERS, applicationId: 'app-contoso' }).columns.reconnect).toEqual(['r1']);
    expect(filterBoard(index, { ...NO_FILTERS, query: 'nobody' }).matching).toBe(0);
  });
});

describe('windows of long lists', () => {
  const ids = Array.from({ length: 120 }, (_, index) => `c${index}`);

  it('shows the first cards and keeps a dragged card rendered wherever it sits', () => {
    expect(windowOf(ids, 50)).toEqual(ids.slice(0, 50));
    expect(windowOf(ids, 50, 'c90')).toEqual([...ids.slice(0, 50), 'c90']);
    expect(windowOf(ids, 50, 'c10')).toEqual(ids.slice(0, 50));
    expect(windowOf(ids, 50, 'elsewhere')).toEqual(ids.slice(0, 50));
    expect(windowOf(ids.slice(0, 3), 50, 'c1')).toEqual(['c0', 'c1', 'c2']);
  });
});
