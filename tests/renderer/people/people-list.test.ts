import { describe, expect, it } from 'vitest';
import { referenceFieldsSchema } from '../../../shared/schema/person';
import { makeReference } from '../../fixtures/documents';
import { matchesQuery, movedOrder, sortPeople } from '../../../renderer/features/people/people-list';
import { ApiError } from '../../../renderer/api';
import { placeServerIssues } from '../../../renderer/components/form-issues';
import { emptyPersonFields, personFields, yearFromInput } from '../../../renderer/features/people/person-form';

const maria = makeReference({ id: 'maria', name: 'Maria Schäfer', organisation: 'Blue Yonder', currentTitle: 'VP Product', email: 'maria@example.com', relationship: 'manager', rank: 2, lastContactedOn: '2024-09-01' });
const lukasz = makeReference({ id: 'lukasz', name: 'Łukasz Żółć', organisation: 'Allegro', currentTitle: 'Engineering Manager', email: 'lukasz@example.com', relationship: 'colleague', rank: 0, lastContactedOn: '2026-11-20' });
const wang = makeReference({ id: 'wang', name: '王小明', organisation: 'Pearl River Design', currentTitle: 'Partner', email: 'wang@example.com', relationship: 'supervisor', rank: 1, lastContactedOn: null });
const everyone = [maria, lukasz, wang];

describe('finding people', () => {
  it('finds a person by organisation, title or email, ignoring case and accents', () => {
    expect(everyone.filter((person) => matchesQuery(person, 'blue yonder')).map((person) => person.id)).toEqual(['maria']);
    expect(everyone.filter((person) => matchesQuery(person, 'SCHAFER')).map((person) => person.id)).toEqual(['maria']);
    expect(everyone.filter((person) => matchesQuery(person, 'manager')).map((person) => person.id)).toEqual(['lukasz']);
    expect(everyone.filter((person) => matchesQuery(person, 'wang@')).map((person) => person.id)).toEqual(['wang']);
    expect(everyone.filter((person) => matchesQuery(person, '小明')).map((person) => person.id)).toEqual(['wang']);
  });

  it('needs every word of the search to match', () => {
    expect(matchesQuery(maria, 'maria allegro')).toBe(false);
    expect(matchesQuery(maria, '  ')).toBe(true);
  });
});

describe('sorting people', () => {
  it('lists the user order by default, and puts whoever was never contacted first by last contact', () => {
    expect(sortPeople(everyone, 'rank', 'en').map((person) => person.id)).toEqual(['lukasz', 'wang', 'maria']);
    expect(sortPeople(everyone, 'lastContact', 'en').map((person) => person.id)).toEqual(['wang', 'maria', 'lukasz']);
    expect(sortPeople(everyone, 'relationship', 'en').map((person) => person.id)).toEqual(['maria', 'wang', 'lukasz']);
  });

  it('sorts names alphabetically in the language of the app', () => {
    expect(sortPeople(everyone, 'name', 'de').map((person) => person.id).slice(0, 2)).toEqual(['lukasz', 'maria']);
  });
});

describe('moving a person in the user order', () => {
  it('swaps the person with their neighbour and keeps everyone else in place', () => {
    expect(movedOrder(everyone, 'maria', -1)).toEqual(['lukasz', 'maria', 'wang']);
    expect(movedOrder(everyone, 'lukasz', 1)).toEqual(['wang', 'lukasz', 'maria']);
  });

  it('does nothing past either end', () => {
    expect(movedOrder(everyone, 'lukasz', -1)).toBeNull();
    expect(movedOrder(everyone, 'maria', 1)).toBeNull();
  });
});

describe('the person form values', () => {
  it('reads an empty year box as unknown, and years as numbers', () => {
    expect(yearFromInput('')).toBeNull();
    expect(yearFromInput(' 2019 ')).toBe(2019);
  });

  it('starts a new person with a six-month cadence, which only a name keeps from saving', () => {
    const fields = emptyPersonFields();
    expect(fields.cadenceMonths).toBe(6);
    expect(referenceFieldsSchema.safeParse(fields).success).toBe(false);
    expect(referenceFieldsSchema.safeParse({ ...fields, name: 'Анна Иванова' }).success).toBe(true);
  });

  it('edits exactly the fields main accepts for a saved person', () => {
    expect(referenceFieldsSchema.strict().safeParse(personFields(maria)).success).toBe(true);
  });

  it('leaves the confirmed-details date to its own button, so saving the form never sends an older one back', () => {
    const confirmed = { ...maria, detailsConfirmedOn: '2026-11-30', atCurrentEmployer: true };
    const fields = personFields(confirmed);
    expect('detailsConfirmedOn' in fields).toBe(false);
    expect(fields.atCurrentEmployer).toBe(true);
    expect(personFields(maria).atCurrentEmployer).toBe(false);
  });

  it('places main refusals on the fields they name, focusing the first, and keeps the rest for the form', () => {
    const placed: { name: string; message: string | undefined; focus: boolean }[] = [];
    const setError = (name: string, error: { message?: string }, options?: { shouldFocus?: boolean }) =>
      void placed.push({ name, message: error.message, focus: options?.shouldFocus === true });
    const error = new ApiError('invalid_input', 'Invalid input', [
      { path: 'fields.email', code: 'invalid_email' },
      { path: 'fields.name', code: 'too_big' },
      { path: 'id', code: 'invalid_id' },
    ]);
    expect(placeServerIssues<{ email: string; name: string }>(error, setError)).toEqual({ placed: 2, formMessage: 'invalid_id' });
    expect(placed).toEqual([
      { name: 'email', message: 'invalid_email', focus: true },
      { name: 'name', message: 'too_long', focus: false },
    ]);
  });

  it('places nothing for an error that is not main’s refusal', () => {
    const setError = () => {
      throw new Error('nothing should be placed');
    };
    expect(placeServerIssues(new Error('offline'), setError)).toEqual({ placed: 0, formMessage: null });
  });
});
