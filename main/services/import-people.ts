// Bringing people in from other tools (LinkedIn, address books): the shape both parsers
// produce, the checks every uploaded file goes through, and the plan that tells new
// people from ones the user already has.
import type { IsoDate } from '../../shared/dates';
import {
  LIMITS,
  emailSchema,
  isHttpUrl,
  phoneSchema,
  referenceSchema,
  type Reference,
  type RekindleDocument,
} from '../../shared/schema';
import { DomainError, type ServiceContext } from './context';

export interface ImportedPerson {
  name: string;
  email: string;
  organisation: string;
  currentTitle: string;
  linkedin: string;
  phone: string;
  connectedOn: IsoDate | null;
  source: 'linkedin' | 'vcard';
}

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Size cap, then refuses anything that is not UTF-8 text. A leading BOM is dropped. */
export function decodeUploadedText(bytes: Uint8Array, what: string): string {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new DomainError(
      'file_too_large',
      `The ${what} is ${formatMegabytes(bytes.byteLength)}; Rekindle reads files up to ${formatMegabytes(MAX_UPLOAD_BYTES)}.`,
    );
  }
  if (bytes.includes(0)) {
    throw new DomainError('unreadable_file', `The ${what} contains binary data (NUL bytes), not text.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DomainError('unreadable_file', `The ${what} is not valid UTF-8 text.`);
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function formatMegabytes(byteCount: number): string {
  return `${(byteCount / (1024 * 1024)).toFixed(1)} MB`;
}

/** Trims and cuts to `max` characters without leaving half of a surrogate pair. */
export function boundText(value: string, max: number = LIMITS.shortText): string {
  const clean = value.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  let cut = clean.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

/** Fields that fail the schema's checks are dropped rather than failing the whole import. */
export function cleanEmail(value: string): string {
  const candidate = boundText(value);
  return emailSchema.safeParse(candidate).success ? candidate : '';
}

export function cleanPhone(value: string): string {
  const candidate = boundText(value, 40);
  return phoneSchema.safeParse(candidate).success ? candidate : '';
}

export function cleanWebUrl(value: string): string {
  const candidate = value.trim();
  return candidate.length <= LIMITS.url && isHttpUrl(candidate) ? candidate : '';
}

export type DuplicateReason = 'same_linkedin' | 'same_email' | 'same_name_and_organisation';

export type DuplicateOf = { kind: 'existing'; referenceId: string } | { kind: 'in_file'; index: number };

export type ImportPlanEntry =
  | { index: number; person: ImportedPerson; status: 'new' }
  | { index: number; person: ImportedPerson; status: 'duplicate'; reason: DuplicateReason; duplicateOf: DuplicateOf };

export interface ImportPlan {
  entries: ImportPlanEntry[];
  newCount: number;
  duplicateCount: number;
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
  for (const reference of references) index.add(identityOf(reference), { kind: 'existing', referenceId: reference.id });
  return index;
}

export function planImport(document: RekindleDocument, people: readonly ImportedPerson[]): ImportPlan {
  const existing = indexReferences(document.references);
  const inFile = new IdentityIndex<DuplicateOf>();
  const entries = people.map((person, index): ImportPlanEntry => {
    const identity = identityOf(person);
    const match = existing.find(identity) ?? inFile.find(identity);
    inFile.add(identity, { kind: 'in_file', index });
    if (!match) return { index, person, status: 'new' };
    return { index, person, status: 'duplicate', reason: match.reason, duplicateOf: match.origin };
  });
  const newCount = entries.filter((entry) => entry.status === 'new').length;
  return { entries, newCount, duplicateCount: entries.length - newCount };
}

export type SkipReason = DuplicateReason | 'invalid';

export interface ImportResult {
  document: RekindleDocument;
  added: number;
  skipped: { name: string; reason: SkipReason }[];
}

/**
 * Adds the selected people. Duplicates are checked against the document as it grows, so
 * choosing the second copy of a repeated row still brings that person in exactly once.
 */
export function applyImport(
  document: RekindleDocument,
  people: readonly ImportedPerson[],
  selectedIndexes: readonly number[],
  ctx: ServiceContext,
): ImportResult {
  const chosen = [...new Set(selectedIndexes)].sort((a, b) => a - b);
  for (const index of chosen) {
    if (!Number.isInteger(index) || index < 0 || index >= people.length) {
      throw new DomainError('invalid_input', `There is no person number ${index} in this import.`, [
        { path: 'selectedIndexes', code: 'out_of_range' },
      ]);
    }
  }

  const known = indexReferences(document.references);
  const timestamp = ctx.now().toISOString();
  let nextRank = document.references.reduce((highest, person) => Math.max(highest, person.rank + 1), 0);
  const added: Reference[] = [];
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
      continue;
    }
    added.push(parsed.data);
    known.add(identity, { kind: 'existing', referenceId: parsed.data.id });
    nextRank += 1;
  }

  if (document.references.length + added.length > LIMITS.records) {
    throw new DomainError('conflict', `Rekindle holds at most ${LIMITS.records} people; this import would go past that.`);
  }
  return {
    document: { ...document, references: [...document.references, ...added] },
    added: added.length,
    skipped,
  };
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
    notes: '',
    rank,
    createdAt: timestamp,
    updatedAt: timestamp,
  };
}
