import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionEntry, rankEntries, recordEntriesOf, RESULT_LIMIT, scoreEntry, type SearchEntry } from '../../../shared/search/palette-search';
import { queryWords } from '../../../shared/search/fuzzy';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';

const OLD = '2026-01-01T09:00:00.000Z';
const NEW = '2026-11-01T09:00:00.000Z';

const lukasz = makeReference({ id: 'lukasz', name: 'Łukasz Żółć', organisation: 'Allegro', currentTitle: 'Engineering Manager', email: 'lz@example.com', updatedAt: OLD });
const maria = makeReference({ id: 'maria', name: 'Maria Schäfer', organisation: 'Blue Yonder', currentTitle: 'VP Product', email: 'maria@example.com', updatedAt: OLD });
const northwind = makeApplication({ id: 'northwind', company: 'Northwind Traders', role: 'Senior Product Designer', location: 'Berlin', updatedAt: OLD });
// Cards change more often than the people on them: here they are the most recent records.
const lukaszCard = makeRequest({ id: 'card-lukasz', referenceId: 'lukasz', applicationId: 'northwind', updatedAt: NEW });
const mariaCard = makeRequest({ id: 'card-maria', referenceId: 'maria', applicationId: 'northwind', updatedAt: NEW });
const mariaGeneral = makeRequest({ id: 'card-maria-general', referenceId: 'maria', applicationId: null, updatedAt: OLD });

const document = makeDocument({ references: [lukasz, maria], applications: [northwind], requests: [lukaszCard, mariaCard, mariaGeneral] });
const actions = [actionEntry('newApplication', 'New application'), actionEntry('newPerson', 'New person'), actionEntry('backup', 'Back up now', ['save'])];
const entries = [...actions, ...recordEntriesOf(document)];

const ids = (found: SearchEntry[]) => found.map((entry) => `${entry.kind}:${entry.id}`);

describe('searching every record and action', () => {
  it.each(['lukasz', 'Lukasz', 'ŁUKASZ', 'zolc', 'Żółć', 'lukasz zolc'])('finds Łukasz Żółć first for "%s"', (query) => {
    expect(ids(rankEntries(entries, query))[0]).toBe('person:lukasz');
  });

  it('puts the person above the cards that only carry their name, even when the cards changed later', () => {
    expect(ids(rankEntries(entries, 'maria'))).toEqual(['person:maria', 'card:card-maria', 'card:card-maria-general']);
  });

  it('needs every word to match, across the fields of one record: the card of Maria for Northwind', () => {
    expect(ids(rankEntries(entries, 'maria north'))).toEqual(['card:card-maria']);
  });

  it('finds a person by their organisation, title or email, below anyone found by name', () => {
    const alex = makeReference({ id: 'alex', name: 'Alex Allegretti', updatedAt: OLD });
    const withAlex = [...recordEntriesOf(makeDocument({ references: [lukasz, alex] }))];

    expect(ids(rankEntries(withAlex, 'allegr'))).toEqual(['person:alex', 'person:lukasz']);
    expect(ids(rankEntries(entries, 'engineering'))[0]).toBe('person:lukasz');
    expect(ids(rankEntries(entries, 'lz@example'))).toEqual(['person:lukasz']);
  });

  it('finds an application by company, role or place', () => {
    expect(ids(rankEntries(entries, 'northwind'))[0]).toBe('application:northwind');
    expect(ids(rankEntries(entries, 'designer'))[0]).toBe('application:northwind');
    expect(ids(rankEntries(entries, 'berlin'))).toEqual(['application:northwind']);
  });

  it('matches letters typed out of a word, the initials, or with letters left out', () => {
    expect(ids(rankEntries(entries, 'mschf'))).toContain('person:maria');
    expect(ids(rankEntries(entries, 'ms'))[0]).toBe('person:maria');
    expect(ids(rankEntries(entries, 'nt'))[0]).toBe('application:northwind');
  });

  it('ranks by how well the record matches before how recently it changed', () => {
    const annaOld = makeReference({ id: 'anna', name: 'Anna Berg', updatedAt: OLD });
    const joanna = makeReference({ id: 'joanna', name: 'Joanna Berg', updatedAt: NEW });
    const found = rankEntries(recordEntriesOf(makeDocument({ references: [joanna, annaOld] })), 'anna');
    expect(ids(found)).toEqual(['person:anna', 'person:joanna']);
  });

  it('puts the one changed last first among records that match equally well', () => {
    const older = makeReference({ id: 'older', name: 'Kim Lee', updatedAt: OLD });
    const newer = makeReference({ id: 'newer', name: 'Kim Park', updatedAt: NEW });
    expect(ids(rankEntries(recordEntriesOf(makeDocument({ references: [older, newer] })), 'kim'))).toEqual(['person:newer', 'person:older']);
  });

  it('finds actions by their label and keywords, before records that match as well', () => {
    const newton = makeApplication({ id: 'newton', company: 'Newton Labs', updatedAt: NEW });
    const withNewton = [...actions, ...recordEntriesOf(makeDocument({ applications: [newton] }))];

    expect(ids(rankEntries(withNewton, 'new'))).toEqual(['action:newApplication', 'action:newPerson', 'application:newton']);
    expect(ids(rankEntries(entries, 'new pers'))).toEqual(['action:newPerson']);
    expect(ids(rankEntries(entries, 'save'))).toEqual(['action:backup']);
  });

  it('offers the actions in their order, then the records changed last, when nothing is typed', () => {
    expect(ids(rankEntries(entries, '   ')).slice(0, 5)).toEqual(['action:newApplication', 'action:newPerson', 'action:backup', 'card:card-lukasz', 'card:card-maria']);
  });

  it('does not take a single letter from the middle of a word', () => {
    expect(ids(rankEntries(entries, 'k'))).toEqual([]);
    expect(ids(rankEntries(entries, 'z'))[0]).toBe('person:lukasz');
  });

  it('says nothing matches when one word matches nowhere', () => {
    expect(rankEntries(entries, 'maria qqq')).toEqual([]);
  });

  it("finds a card by its person's new name once they are renamed, though the card itself did not change", () => {
    const before = recordEntriesOf(document);
    const renamed = makeDocument({ ...document, references: [{ ...lukasz, name: 'Jan Novak' }, maria] });

    expect(ids(rankEntries(before, 'lukasz'))).toContain('card:card-lukasz');
    expect(ids(rankEntries(recordEntriesOf(renamed), 'novak'))).toEqual(['person:lukasz', 'card:card-lukasz']);
    expect(ids(rankEntries(recordEntriesOf(renamed), 'lukasz'))).toEqual([]);
  });

  it('skips a card whose person is gone rather than showing a nameless card', () => {
    const orphan = makeRequest({ id: 'orphan', referenceId: 'gone' });
    expect(recordEntriesOf(makeDocument({ requests: [orphan] }))).toEqual([]);
  });

  it('returns at most fifty of thousands of matching records, the best of them', () => {
    const people = Array.from({ length: 3000 }, (_, index) =>
      makeReference({ id: `p${index}`, name: `Person ${index} Sample`, updatedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString() }),
    );
    const exact = makeReference({ id: 'exact', name: 'Sample', updatedAt: OLD });
    const applications = Array.from({ length: 2000 }, (_, index) => makeApplication({ id: `a${index}`, company: `Sample Company ${index}` }));
    const requests = people.map((person, index) => makeRequest({ id: `r${index}`, referenceId: person.id, applicationId: `a${index % 2000}` }));
    const big = recordEntriesOf(makeDocument({ references: [...people, exact], applications, requests }));

    const found = rankEntries(big, 'sample');
    expect(found).toHaveLength(RESULT_LIMIT);
    expect(ids(found)[0]).toBe('person:exact');
    // Then the companies that start with the word, before the people whose name only contains it.
    expect(found[1]?.kind).toBe('application');
  });

  it('returns the same first few as ranking every match would', () => {
    const name = fc.stringMatching(/^[abc ]{1,8}$/);
    const people = fc.array(fc.tuple(name, fc.integer({ min: 0, max: 5 })), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(people, fc.stringMatching(/^[abc ]{0,4}$/), fc.integer({ min: 1, max: 10 }), (rows, query, limit) => {
        const all = recordEntriesOf(
          makeDocument({ references: rows.map(([text, day], index) => makeReference({ id: `p${index}`, name: `x${text}`, updatedAt: `2026-01-0${day + 1}T00:00:00.000Z` })) }),
        );
        expect(ids(rankEntries(all, query, limit))).toEqual(ids(rankEntries(all, query, all.length)).slice(0, limit));
      }),
    );
  });

  it('keeps only entries that match every word, best first, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (query) => {
        const words = queryWords(query);
        const found = rankEntries(entries, query);
        const scores = found.map((entry) => (words.length === 0 ? 1 : scoreEntry(entry, words)));
        expect(found.length).toBeLessThanOrEqual(RESULT_LIMIT);
        expect(scores.every((score) => score > 0)).toBe(true);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }),
    );
  });
});
