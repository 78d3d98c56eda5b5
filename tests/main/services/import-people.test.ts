import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/services/context';
import { applyImport, planImport, type ImportedPerson } from '../../../main/services/import-people';
import { referenceSchema } from '../../../shared/schema/person';
import { makeDocument, makeReference, makeServiceContext } from '../../fixtures/documents';

function imported(overrides: Partial<ImportedPerson> = {}): ImportedPerson {
  return {
    name: 'Ana Lima',
    email: '',
    organisation: 'Acme',
    currentTitle: 'CFO',
    linkedin: '',
    phone: '',
    connectedOn: null,
    source: 'linkedin',
    ...overrides,
  };
}

describe('planImport', () => {
  it('recognises someone already in the app by LinkedIn profile, whatever the URL spelling', () => {
    const existing = makeReference({ id: 'ref-ana', name: 'Ana Lima', linkedin: 'https://www.linkedin.com/in/ana-lima/' });
    const plan = planImport(makeDocument({ references: [existing] }), [
      imported({ name: 'A. Lima', organisation: 'Other', linkedin: 'http://linkedin.com/in/Ana-Lima?trk=x' }),
    ]);
    expect(plan.entries[0]).toMatchObject({
      status: 'duplicate',
      reason: 'same_linkedin',
      duplicateOf: { kind: 'existing', referenceId: 'ref-ana' },
    });
  });

  it('recognises the same email regardless of letter case', () => {
    const existing = makeReference({ id: 'ref-ana', name: 'Ana', email: 'ana.lima@example.com' });
    const plan = planImport(makeDocument({ references: [existing] }), [
      imported({ name: 'Ana Lima', organisation: 'Elsewhere', email: 'Ana.Lima@Example.COM' }),
    ]);
    expect(plan.entries[0]).toMatchObject({ status: 'duplicate', reason: 'same_email' });
  });

  it('recognises the same name and organisation regardless of accents and case', () => {
    const existing = makeReference({ id: 'ref-j', name: 'Jürgen Groß', organisation: 'Élan Software', email: '' });
    const plan = planImport(makeDocument({ references: [existing] }), [
      imported({ name: 'JURGEN GROSS', organisation: 'elan software' }),
      imported({ name: 'Jürgen Groß', organisation: 'Another Company' }),
    ]);
    expect(plan.entries.map((entry) => entry.status)).toEqual(['duplicate', 'new']);
    expect(plan.entries[0]).toMatchObject({ reason: 'same_name_and_organisation' });
    expect(plan.newCount).toBe(1);
    expect(plan.duplicateCount).toBe(1);
  });

  it('marks a repeated row as a duplicate of the earlier row in the same file', () => {
    const plan = planImport(makeDocument(), [
      imported({ email: 'ana@example.com' }),
      imported({ name: 'Mei Chen', organisation: 'Northwind' }),
      imported({ email: 'ANA@example.com', organisation: 'Acme Corp' }),
    ]);
    expect(plan.entries.map((entry) => entry.status)).toEqual(['new', 'new', 'duplicate']);
    expect(plan.entries[2]).toMatchObject({ reason: 'same_email', duplicateOf: { kind: 'in_file', index: 0 } });
  });
});

describe('applyImport', () => {
  it('adds new people as references ranked after the last one, with neutral defaults', () => {
    const document = makeDocument({ references: [makeReference({ rank: 0 }), makeReference({ rank: 4, email: 'x@example.com' })] });
    const person = imported({
      name: 'Mei Chen',
      organisation: 'Northwind',
      currentTitle: 'Engineering Manager',
      linkedin: 'https://www.linkedin.com/in/mei-chen',
      phone: '+1 555 0100',
    });
    const { document: next, added, skipped } = applyImport(document, [person], [0], makeServiceContext('2026-02-01T10:00:00.000Z'));

    expect(added).toBe(1);
    expect(skipped).toEqual([]);
    const reference = next.references[2];
    expect(referenceSchema.safeParse(reference).success).toBe(true);
    expect(reference).toMatchObject({
      id: 'id-1',
      name: 'Mei Chen',
      organisation: 'Northwind',
      currentTitle: 'Engineering Manager',
      linkedin: 'https://www.linkedin.com/in/mei-chen',
      phone: '+1 555 0100',
      relationship: 'other',
      consent: { status: 'not_asked', askedOn: null, answeredOn: null },
      cadenceMonths: 6,
      address: { salutation: 'neutral', pronouns: 'they', formality: 'formal', title: '' },
      rank: 5,
      lastContactedOn: null,
      notes: '',
      preferredChannel: 'linkedin',
      createdAt: '2026-02-01T10:00:00.000Z',
    });
  });

  it('brings in a person once when only the second copy of a repeated row is chosen', () => {
    const people = [imported({ email: 'ana@example.com' }), imported({ email: 'ana@example.com' })];
    const result = applyImport(makeDocument(), people, [1], makeServiceContext());
    expect(result.added).toBe(1);
    expect(result.document.references.map((person) => person.name)).toEqual(['Ana Lima']);
  });

  it('leaves people who were not selected out and does not change the original document', () => {
    const document = makeDocument();
    const people = [imported(), imported({ name: 'Mei Chen', organisation: 'Northwind' })];
    const result = applyImport(document, people, [1], makeServiceContext());
    expect(result.document.references.map((person) => person.name)).toEqual(['Mei Chen']);
    expect(document.references).toEqual([]);
  });

  it('skips a person whose fields the data file would not accept', () => {
    const result = applyImport(makeDocument(), [imported({ email: 'not an email' })], [0], makeServiceContext());
    expect(result.added).toBe(0);
    expect(result.skipped).toEqual([{ name: 'Ana Lima', reason: 'invalid' }]);
  });

  it('refuses a selection that points past the end of the list and changes nothing', () => {
    expect(() => applyImport(makeDocument(), [imported()], [0, 3], makeServiceContext())).toThrow(DomainError);
  });
});
