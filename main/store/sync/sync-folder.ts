// The store's side of a folder shared by several computers: the merge state of every
// computer's changes, this computer's notes on each of its own changes, reading the other
// computers' files, and tidying the conflict copies a sync service leaves behind once this
// computer's snapshot holds what they held.
import { basename, dirname, join, resolve } from 'node:path';
import { diffDocuments, isEmptyPatch, type DocumentPatch } from '../../../shared/patch';
import type { RekindleDocument } from '../../../shared/schema/document';
import type { ExternalSource } from '../../../shared/sync/external-changes';
import { BACKUPS_FOLDER } from '../backups';
import type { FileSystem } from '../file-system';
import type { HybridClock, JournalRecord } from '../journal';
import type { Opened } from '../open-state';
import type { ChangeNotes } from './change-notes';
import type { DeviceFileNames, FolderFile } from './device-files';
import { MergeState } from './merge-state';
import { OtherDevices } from './other-devices';
import { maxStamp, stampOf, type Stamp } from './stamp';
import { decodeState, encodeState, type EncodedState } from './state-codec';

/** Where conflict copies go once folded in: kept, not deleted, in case anyone wants to look. */
export const CONFLICTS_FOLDER = 'conflicts';

export class SyncFolder {
  private readonly others: OtherDevices;
  private folded: FolderFile[] = [];

  private constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
    readonly state: MergeState,
    readonly deviceId: string,
    readonly deviceName: string,
    names: DeviceFileNames,
  ) {
    this.others = new OtherDevices(fs, dir, names);
    state.devices.set(deviceId, deviceName);
  }

  /** The merge as this computer's own files left it: its snapshot's state, then its journal. */
  static open(fs: FileSystem, dir: string, names: DeviceFileNames, opened: Opened, deviceName: string): SyncFolder {
    const base = opened.base;
    const meta = base?.meta ?? null;
    const state = (base && decodeState(meta?.sync, base.document)) ?? MergeState.fromDocument(base?.document ?? opened.document, stampOf(meta?.hlc ?? [0, 0], opened.deviceId));
    for (const record of opened.journal?.records ?? []) {
      if (record.seq > opened.snapshotSeq) state.applyRecord({ ...record, device: record.device || opened.deviceId });
    }
    return new SyncFolder(fs, dir, state, opened.deviceId, deviceName, names);
  }

  isOwnFile(path: string): boolean {
    return resolve(dirname(path)) === resolve(this.dir) && this.others.isOwnName(basename(path));
  }

  /** Notes on a local change, computed before it is applied: what it writes, over what. */
  notesFor(before: RekindleDocument, patch: DocumentPatch): ChangeNotes {
    return this.state.notesFor(before, patch);
  }

  applyOwn(record: JournalRecord): void {
    this.state.applyRecord(record);
  }

  /**
   * Reads the other computers' new changes into the merge; answers the merged document and
   * the patch from `current` to it, or null when nothing new arrived.
   */
  absorb(current: RekindleDocument, clock: HybridClock): { document: RekindleDocument; patch: DocumentPatch; from: ExternalSource[] } | null {
    const absorbed = this.others.read(this.state);
    this.folded.push(...absorbed.conflicts.filter((file) => !this.folded.some((known) => known.path === file.path)));
    if (absorbed.counts.size === 0) return null;
    const from = [...absorbed.counts]
      .filter(([deviceId, changes]) => deviceId !== this.deviceId && changes > 0)
      .map(([deviceId, changes]) => ({ deviceId, deviceName: this.state.devices.get(deviceId) ?? '', changes }))
      .sort((a, b) => (a.deviceId < b.deviceId ? -1 : 1));
    // The receive rule: this computer's next change must come after everything it has now seen.
    let latest: Stamp | null = this.others.latestFork;
    for (const stamp of this.state.seen.values()) latest = maxStamp(latest, stamp);
    if (latest) clock.receive([latest[0], latest[1]]);
    const merged = this.state.toDocument();
    const patch = diffDocuments(current, merged);
    if (isEmptyPatch(patch) && from.length === 0) return null;
    return { document: isEmptyPatch(patch) ? current : merged, patch, from };
  }

  /** True once another computer's change is part of the merge: the document is then read off it. */
  get shared(): boolean {
    return [...this.state.seen.keys()].some((deviceId) => deviceId !== this.deviceId);
  }

  encode(document: RekindleDocument): EncodedState {
    return encodeState(this.state, document);
  }

  /**
   * After this computer's snapshot is written (it now holds everything the conflict copies
   * held), moves them into backups/conflicts: kept, out of the way, never read twice.
   */
  tidyConflicts(): void {
    const target = join(this.dir, BACKUPS_FOLDER, CONFLICTS_FOLDER);
    for (const file of this.folded) {
      try {
        this.fs.mkdirSync(target, { recursive: true, mode: 0o700 });
        this.fs.renameSync(file.path, join(target, file.name));
        this.others.forget(file.path);
      } catch {
        // Left where it is: folding it in again changes nothing, and it is tried again.
      }
    }
    this.folded = [];
  }
}
