// Bringing people in from other tools (LinkedIn, address books, contact spreadsheets):
// the shape every parser produces, and the plan that tells new people from ones the user
// already has, from repeats within the file and from rows that name nobody, so the
// preview and the result can account for every row.
import { LIMITS } from '../../shared/schema/fields';
import { referenceSchema, type Reference } from '../../shared/schema/person';
import type { RekindleDocument } from '../../shared/schema/document';
import { DomainError, type ServiceContext } from './context';
import type {
  DuplicateOf,
  ImportApplied,
  ImportDuplicateReason as DuplicateReason,
  ImportedPerson,
  ImportNotAdded as NotAdded,
  ImportPlan,
  ImportPlanEntry,
} from '../../shared/ipc/data-responses';

export type { ImportedPerson } from '../../shared/ipc/data-responses';

/** What a parser read from one file. */
export interface PeopleFile {
  people: ImportedPerson[];
  /** Rows (numbered as a spreadsheet numbers them) or cards (from 1) that name nobody. */
  unnamed: number[];
  /** Fields the file holds that Rekindle does not keep, e.g. "BDAY" or "Birthday". */
  notImported: string[];
}

interface Identity {
  linkedin: string;
  email: string;
  nameAndOrganisation: string;
}

function identityOf(person: Pick<ImportedPerson, 'name' | 'email' | 'linkedin' | 'organisation'>): Identity {
  return {
    linkedin: linkedinKey(person.linkedin),
    email: person.email.trim().toLowerCase(),
    nameAndOrganisation: `${foldText(person.name)}\u0000${foldText(person.organisation)}`,
  };
}

/** Same profile whatever the scheme, "www.", trailing slash, query or letter case. */
function linkedinKey(value: string): string {
  if (value.trim() === '') return '';
  try {
    const url = new URL(value.trim());
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    let path = url.pathname.replace(/\/+$/, '');
    try {
      path = decodeURIComponent(path);
    } catch {
      // A malformed escape still identifies the profile as written.
    }
    return `${host}${path}`.toLowerCase();
  } catch {
    return value.trim().toLowerCase();
  }
}

/** "Jürgen Groß" and "JURGEN GROSS" compare equal: accents, case and spacing are ignored. */
function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Remembers who is already known, so each newcomer is checked against everyone before. */
class IdentityIndex<Origin> {
  private readonly byKey = {
    linkedin: new Map<string, Origin>(),
    email: new Map<string, Origin>(),
    nameAndOrganisation: new Map<string, Origin>(),
  };

  add(identity: Identity, origin: Origin): void {
    for (const key of ['linkedin', 'email', 'nameAndOrganisation'] as const) {
      if (identity[key] !== '' && !this.byKey[key].has(identity[key])) this.byKey[key].set(identity[key], origin);
    }
  }

  find(identity: Identity): { reason: DuplicateReason; origin: Origin } | null {
    const checks = [
      ['linkedin', 'same_linkedin'],
      ['email', 'same_email'],
      ['nameAndOrganisation', 'same_name_and_organisation'],
    ] as const;
    for (const [key, reason] of checks) {
      if (identity[key] === '') continue;
      const origin = this.byKey[key].get(identity[key]);
      if (origin !== undefined) return { reason, origin };
    }
    return null;
  }
}

function indexReferences(references: readonly Reference[]): IdentityIndex<DuplicateOf> {
  const index = new IdentityIndex<DuplicateOf>();
  for (const reference of references) {
    index.add(identityOf(reference), { kind: 'existing', referenceId: reference.id, name: reference.name });
  }
  return index;
}

export function planImport(
  document: RekindleDocument,
  file: PeopleFile | readonly ImportedPerson[],
): ImportPlan {
  const { people, unnamed, notImported } = 'people' in file ? file : { people: file, unnamed: [], notImported: [] };
  const existing = indexReferences(document.references);
  const inFile = new IdentityIndex<DuplicateOf>();
  const entries = people.map((person, index): ImportPlanEntry => {
    const identity = identityOf(person);
    const match = existing.find(identity) ?? inFile.find(identity);
    inFile.add(identity, { kind: 'in_file', index, name: person.name });
    if (!match) return { index, person, status: 'new' };
    return { index, person, status: 'duplicate', reason: match.reason, duplicateOf: match.origin };
  });
  const count = (test: (entry: ImportPlanEntry) => boolean) => entries.filter(test).length;
  const existingCount = count((entry) => entry.status === 'duplicate' && entry.duplicateOf.kind === 'existing');
  const repeatedCount = count((entry) => entry.status === 'duplicate' && entry.duplicateOf.kind === 'in_file');
  return {
    entries,
    newCount: entries.length - existingCount - repeatedCount,
    duplicateCount: existingCount + repeatedCount,
    existingCount,
    repeatedCount,
    unnamed: [...unnamed],
    notImported: [...notImported],
  };
}

/** What adding people answers: the new document and the tally the window shows. */
export type ImportResult = Omit<ImportApplied, 'patch'> & { document: RekindleDocument };

/**
 * Adds the selected people. Duplicates are checked against the document as it grows, so
 * choosing the second copy of a repeated row still brings that person in exactly once.
 */
export function applyImport(
  document: RekindleDocument,
  file: PeopleFile | readonly ImportedPerson[],
  selectedIndexes: readonly number[],
  ctx: ServiceContext,
): ImportResult {
  const { people, unnamed } = 'people' in file ? file : { people: file, unnamed: [] };
  const chosen = [...new Set(selectedIndexes)].sort((a, b) => a - b);
  for (const index of chosen) {
    if (!Number.isInteger(index) || index < 0 || index >= people.length) {
      throw new DomainError('invalid_input', `There is no person number ${index} in this import.`, [
        { path: 'selectedIndexes', code: 'out_of_range' },
      ]);
    }
  }

  const plan = planImport(document, people);
  const known = indexReferences(document.references);
  const timestamp = ctx.now().toISOString();
  let nextRank = document.references.reduce((highest, person) => Math.max(highest, person.rank + 1), 0);
  const added: Reference[] = [];
  const addedIndexes = new Set<number>();
  const invalidIndexes = new Set<number>();
  const skipped: ImportResult['skipped'] = [];

  for (const index of chosen) {
    const person = people[index] as ImportedPerson;
    const identity = identityOf(person);
    const match = known.find(identity);
    if (match) {
      skipped.push({ name: person.name, reason: match.reason });
      continue;
    }
    const parsed = referenceSchema.safeParse(newReference(person, ctx.newId(), Math.min(nextRank, LIMITS.records), timestamp));
    if (!parsed.success) {
      skipped.push({ name: person.name, reason: 'invalid' });
      invalidIndexes.add(index);
      continue;
    }
    added.push(parsed.data);
    addedIndexes.add(index);
    known.add(identity, { kind: 'existing', referenceId: parsed.data.id, name: parsed.data.name });
    nextRank += 1;
  }

  if (document.references.length + added.length > LIMITS.records) {
    throw new DomainError('conflict', `Rekindle holds at most ${LIMITS.records} people; this import would go past that.`);
  }
  return {
    document: { ...document, references: [...document.references, ...added] },
    added: added.length,
    skipped,
    notAdded: accountFor(plan, new Set(chosen), addedIndexes, invalidIndexes, unnamed.length),
  };
}

/** Sorts every row not added into one reason, so the counts add up to the whole file. */
function accountFor(
  plan: ImportPlan,
  chosen: ReadonlySet<number>,
  addedIndexes: ReadonlySet<number>,
  invalidIndexes: ReadonlySet<number>,
  unnamed: number,
): NotAdded {
  const notAdded: NotAdded = { existing: 0, repeated: 0, unnamed, unticked: 0, invalid: 0 };
  for (const entry of plan.entries) {
    if (addedIndexes.has(entry.index)) continue;
    if (invalidIndexes.has(entry.index)) notAdded.invalid += 1;
    else if (entry.status === 'duplicate' && entry.duplicateOf.kind === 'in_file') notAdded.repeated += 1;
    else if (entry.status === 'duplicate' || chosen.has(entry.index)) notAdded.existing += 1;
    else notAdded.unticked += 1;
  }
  return notAdded;
}

function newReference(person: ImportedPerson, id: string, rank: number, timestamp: string): Reference {
  return {
    id,
    name: person.name,
    address: { salutation: 'neutral', pronouns: 'they', formality: 'formal', title: '' },
    relationship: 'other',
    workedAt: '',
    roleThen: '',
    workedFrom: null,
    workedTo: null,
    currentTitle: person.currentTitle,
    organisation: person.organisation,
    email: person.email,
    phone: person.phone,
    linkedin: person.linkedin,
    preferredChannel: person.email ? 'email' : person.linkedin ? 'linkedin' : person.phone ? 'phone' : 'other',
    lastContactedOn: null,
    cadenceMonths: 6,
    talkingPoints: [],
    consent: { status: 'not_asked', askedOn: null, answeredOn: null },
    notes: person.notes ?? '',
    ...(person.postalAddress ? { postalAddress: person.postalAddress } : {}),
    rank,
    createdAt: timestamp,
    updatedAt: timestamp,
  };
}
