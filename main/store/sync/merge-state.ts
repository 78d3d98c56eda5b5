// The merge of every computer's changes: an entry per record (see merge-entry.ts), the
// names of the computers, and how far each one's changes have been folded in. The
// document is read off it in one deterministic order, so the same changes give the same
// document on every computer whatever order the files arrived in.
import type { CollectionPatch, DocumentPatch } from '../../../shared/patch';
import { CURRENT_SCHEMA_VERSION, type RekindleDocument } from '../../../shared/schema/document';
import type { Overwritten } from '../../../shared/schema/overwritten';
import type { JournalRecord } from '../journal';
import { changedFields, COLLECTIONS, DERIVED_FIELD, PARTS, SINGLE_ID, type ChangeNotes, type CollectionName, type Part, type RecordChange } from './change-notes';
import { applyRemove, applyUpsert, joinEntry, newEntry, stampOfField, type Entry, type SeenVector } from './merge-entry';
import { compareStamps, stampOf, type Stamp } from './stamp';

type Row = Record<string, unknown>;

export class MergeState {
  readonly parts = new Map<Part, Map<string, Entry>>(PARTS.map((part) => [part, new Map()]));
  /** Computer id → its name, as its own files say. */
  readonly devices = new Map<string, string>();
  /** Computer id → the stamp of its latest change folded in here. */
  readonly seen = new Map<string, Stamp>();

  entries(part: Part): Map<string, Entry> {
    return this.parts.get(part) as Map<string, Entry>;
  }

  /** Everything in `document` as written by one change at `stamp` (a file from before sync). */
  static fromDocument(document: RekindleDocument, stamp: Stamp): MergeState {
    const state = new MergeState();
    state.absorbPatch(patchOf(document), stamp, undefined);
    return state;
  }

  note(stamp: Stamp): void {
    const known = this.seen.get(stamp[2]);
    if (!known || compareStamps(stamp, known) > 0) this.seen.set(stamp[2], stamp);
  }

  /** Folds in one journal record; answers whether the document may have changed. */
  applyRecord(record: JournalRecord, { fork = false } = {}): boolean {
    const stamp = stampOf(record.hlc, record.device);
    // A fork (a conflict copy) says nothing of how far that computer's own journal goes.
    if (!fork) this.note(stamp);
    return this.absorbPatch(record.patch, stamp, record.changes, vectorOf(record.seen));
  }

  /** What this computer has seen of the other computers, for its next change to carry (its own it always knows). */
  seenList(own: string): Array<[string, number, number]> {
    return [...this.seen.values()].filter((stamp) => stamp[2] !== own).map((stamp) => [stamp[2], stamp[0], stamp[1]]);
  }

  absorbPatch(patch: DocumentPatch, stamp: Stamp, changes: ChangeNotes | undefined, vector?: SeenVector): boolean {
    let changed = false;
    for (const part of ['profile', 'settings'] as const) {
      const value = patch[part];
      if (value) changed = this.upsert(part, SINGLE_ID, value, stamp, changes?.[part]?.[SINGLE_ID], 0, vector) || changed;
    }
    for (const part of COLLECTIONS) {
      const collection = patch[part] as CollectionPatch<{ id: string }> | undefined;
      if (!collection) continue;
      collection.upsert.forEach((record, index) => {
        changed = this.upsert(part, record.id, record, stamp, changes?.[part]?.[record.id], index, vector) || changed;
      });
      for (const id of collection.remove) {
        const entries = this.entries(part);
        const entry = entries.get(id) ?? newEntry();
        entries.set(id, entry);
        changed = applyRemove(entry, stamp) || changed;
      }
    }
    return changed;
  }

  private upsert(part: Part, id: string, record: object, stamp: Stamp, change: RecordChange | undefined, index: number, vector: SeenVector | undefined): boolean {
    const entries = this.entries(part);
    let entry = entries.get(id);
    const isNew = entry === undefined || !entry.alive;
    if (!entry) {
      entry = newEntry();
      entries.set(id, entry);
    }
    return applyUpsert(entry, record as Row, stamp, change, index, isNew, vector);
  }

  /** What a local change writes: the fields it changed, each with the stamp it replaces. */
  notesFor(before: RekindleDocument, patch: DocumentPatch): ChangeNotes {
    const notes: ChangeNotes = {};
    for (const part of ['profile', 'settings'] as const) {
      const value = patch[part];
      if (value) notes[part] = { [SINGLE_ID]: this.change(part, SINGLE_ID, before[part], value) };
    }
    for (const part of COLLECTIONS) {
      const collection = patch[part] as CollectionPatch<{ id: string }> | undefined;
      if (!collection || collection.upsert.length === 0) continue;
      const byId = recordsWithIds(before[part] as Array<{ id: string }>, collection.upsert);
      const notesOfPart: Record<string, RecordChange> = {};
      for (const record of collection.upsert) notesOfPart[record.id] = this.change(part, record.id, byId.get(record.id), record);
      notes[part] = notesOfPart;
    }
    return notes;
  }

  private change(part: Part, id: string, before: object | undefined, after: object): RecordChange {
    const entry = this.entries(part).get(id);
    const fields: RecordChange['fields'] = {};
    for (const field of changedFields(before, after)) fields[field] = stampOfField(before ? entry : undefined, field);
    return before === undefined ? { created: true, fields } : { fields };
  }

  /** The document: records that are there, in creation order (people by their rank first). */
  toDocument(): RekindleDocument {
    const single = (part: 'profile' | 'settings') => this.entries(part).get(SINGLE_ID)?.value;
    const applications = this.records('applications');
    const references = this.records('references').sort((a, b) => Number(a.rank) - Number(b.rank));
    const people = new Set(references.map((person) => person.id));
    const jobs = new Set(applications.map((application) => application.id));
    // A card whose person or application another computer removed meanwhile has nothing to
    // show; it stays in the merge, and comes back if that record does.
    const requests = this.records('requests').filter((request) => people.has(String(request.referenceId)) && (request.applicationId === null || jobs.has(String(request.applicationId))));
    const base = emptyParts();
    return {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      profile: (single('profile') ?? base.profile) as RekindleDocument['profile'],
      settings: (single('settings') ?? base.settings) as RekindleDocument['settings'],
      applications: applications as RekindleDocument['applications'],
      references: references as RekindleDocument['references'],
      requests: requests as RekindleDocument['requests'],
    };
  }

  /** The record with its `overwritten` list, built once per change of the entry. */
  private readonly materialised = new WeakMap<Entry, { value: Row; lost: unknown; row: Row }>();

  private records(part: CollectionName): Row[] {
    const alive = [...this.entries(part)].filter(([, entry]) => entry.alive);
    alive.sort(([idA, a], [idB, b]) => compareStamps(a.placed[0], b.placed[0]) || a.placed[1] - b.placed[1] || (idA < idB ? -1 : idA > idB ? 1 : 0));
    return alive.map(([, entry]) => this.record(entry));
  }

  private record(entry: Entry): Row {
    if (!entry.lost) return entry.value;
    const cached = this.materialised.get(entry);
    if (cached && cached.value === entry.value && cached.lost === entry.lost) return cached.row;
    const overwritten: Overwritten = entry.lost.map((lost) => ({
      field: lost.field,
      value: (lost.value ?? null) as Overwritten[number]['value'],
      device: this.devices.get(lost.s[2]) || lost.s[2].slice(0, 8),
      at: new Date(lost.s[0]).toISOString(),
    }));
    const row = { ...entry.value, [DERIVED_FIELD]: overwritten };
    this.materialised.set(entry, { value: entry.value, lost: entry.lost, row });
    return row;
  }
}

function vectorOf(seen: JournalRecord['seen']): SeenVector | undefined {
  if (!Array.isArray(seen)) return undefined;
  const vector: Record<string, Stamp> = {};
  for (const item of seen) if (Array.isArray(item) && typeof item[0] === 'string') vector[item[0]] = [Number(item[1]) || 0, Number(item[2]) || 0, item[0]];
  return vector;
}

function emptyParts(): Pick<RekindleDocument, 'profile' | 'settings'> {
  return { profile: { name: '', email: '', phone: '', city: '', links: [] }, settings: { language: null, paperSize: 'A4' } };
}

/** The whole document as one patch: every record an upsert, in its order. */
export function patchOf(document: RekindleDocument): DocumentPatch {
  return {
    profile: document.profile,
    settings: document.settings,
    applications: { upsert: document.applications, remove: [] },
    references: { upsert: document.references, remove: [] },
    requests: { upsert: document.requests, remove: [] },
  };
}

/** Folds `other` (another computer's snapshot) into `state`; answers how many records changed. */
export function joinStates(state: MergeState, other: MergeState): number {
  let changed = 0;
  for (const [id, name] of other.devices) if (!state.devices.has(id)) state.devices.set(id, name);
  for (const stamp of other.seen.values()) state.note(stamp);
  for (const part of PARTS) {
    const entries = state.entries(part);
    for (const [id, theirs] of other.entries(part)) {
      const ours = entries.get(id);
      if (!ours) {
        entries.set(id, theirs);
        changed += 1;
      } else if (joinEntry(ours, theirs)) {
        changed += 1;
      }
    }
  }
  return changed;
}

/**
 * The records of `list` that `upsert` names, by id. A change touches a few records of lists
 * that run to tens of thousands, so this looks only for those and stops once all are found,
 * instead of indexing the whole list on every change.
 */
function recordsWithIds(list: ReadonlyArray<{ id: string }>, upsert: ReadonlyArray<{ id: string }>): Map<string, object> {
  const wanted = new Set(upsert.map((record) => record.id));
  const found = new Map<string, object>();
  for (const record of list) {
    if (!wanted.has(record.id)) continue;
    found.set(record.id, record);
    if (found.size === wanted.size) break;
  }
  return found;
}
