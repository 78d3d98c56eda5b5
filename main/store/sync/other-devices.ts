// Reading what the other computers wrote into the shared folder, without ever writing
// their files. A file is read again only when its size or time changed. What a sync
// service has not finished delivering is never fatal: a zero-length file, a journal whose
// last line is cut off or fails its checksum, a snapshot that does not parse: the whole
// part is used (journal lines check themselves) and the rest waits for the next change.
import type { FileSystem } from '../file-system';
import { parseJournal, type JournalContents, type JournalHeader } from '../journal';
import { parseSnapshot } from '../snapshot';
import { listFolderFiles, type DeviceFileNames, type FolderFile } from './device-files';
import { joinStates, MergeState } from './merge-state';
import { compareStamps, maxStamp, stampOf, type Stamp } from './stamp';
import { decodeState } from './state-codec';

export interface Absorbed {
  /** Changes new here, by the computer that made them. */
  counts: Map<string, number>;
  /** Conflict copies wholly folded in: tidied away once our snapshot holds them. */
  conflicts: FolderFile[];
}

export class OtherDevices {
  private readonly seenFiles = new Map<string, string>();
  /** Journal headers by file base, so a snapshot its journal vouches for skips validation. */
  private readonly headers = new Map<string, JournalHeader>();
  /** The latest stamp seen in a conflict copy: this computer's clock must pass it too. */
  latestFork: Stamp | null = null;

  constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
    private readonly own: DeviceFileNames,
  ) {}

  isOwnName(name: string): boolean {
    return name === this.own.snapshot || name === this.own.journal || (name.startsWith(this.own.base + '.') && name.includes('.tmp-') && (name.startsWith(this.own.snapshot) || name.startsWith(this.own.journal)));
  }

  /** Folds every other computer's new changes into `state`. */
  read(state: MergeState): Absorbed {
    const absorbed: Absorbed = { counts: new Map(), conflicts: [] };
    let names: string[];
    try {
      names = this.fs.readdirSync(this.dir);
    } catch {
      return absorbed; // The folder is gone for now (a drive unplugged): nothing new.
    }
    const files = listFolderFiles(names, this.dir).filter((file) => file.conflict || !this.isOwnName(file.name));
    const changed = files.map((file) => ({ file, bytes: this.readIfChanged(file) })).filter((read): read is { file: FolderFile; bytes: Buffer } => read.bytes !== null);
    // Journal headers first (they say which snapshot bytes can be trusted as written), then
    // snapshots, then the journals' records, which continue from their snapshots.
    const journals = changed.filter(({ file }) => file.kind === 'journal').map(({ file, bytes }) => ({ file, contents: this.readHeader(file, parseJournal(bytes), state) }));
    for (const { file, bytes } of changed) {
      if (file.kind === 'snapshot' && this.readSnapshot(file, bytes, state, absorbed) && file.conflict) absorbed.conflicts.push(file);
    }
    journals.sort((a, b) => Number(a.file.conflict) - Number(b.file.conflict));
    for (const { file, contents } of journals) {
      this.readRecords(file, contents, state, absorbed);
      if (!contents.droppedTail && file.conflict) absorbed.conflicts.push(file);
    }
    return absorbed;
  }

  /** Forgets a file so it is read again (after its conflict copy is tidied away, or a retry). */
  forget(path: string): void {
    this.seenFiles.delete(path);
  }

  private signature(path: string): string | null {
    const size = this.fs.sizeOf(path);
    if (size === null) return null;
    return `${size}:${this.fs.modifiedAt?.(path) ?? ''}`;
  }

  /** The file's bytes when it changed since it was last read and is not empty; null otherwise. */
  private readIfChanged(file: FolderFile): Buffer | null {
    const signature = this.signature(file.path);
    if (signature === null || this.seenFiles.get(file.path) === signature) return null;
    let bytes: Buffer;
    try {
      bytes = this.fs.readFileSync(file.path);
    } catch {
      return null; // Unreadable for now (still being written, or locked): tried at the next change.
    }
    this.seenFiles.set(file.path, signature);
    return bytes.length === 0 ? null : bytes;
  }

  private readHeader(file: FolderFile, contents: JournalContents, state: MergeState): JournalContents {
    const header = contents.header;
    if (header) {
      if (!file.conflict) this.headers.set(baseOf(file), header);
      if (header.deviceName) state.devices.set(header.deviceId, header.deviceName);
    }
    return contents;
  }

  private readRecords(file: FolderFile, contents: JournalContents, state: MergeState, absorbed: Absorbed): void {
    const device = contents.header?.deviceId ?? file.device;
    for (const record of contents.records) {
      const from = typeof record.device === 'string' && record.device !== '' ? record.device : device;
      if (from === null) continue;
      const stamp = stampOf(record.hlc, from);
      const known = state.seen.get(from);
      const isNew = !known || compareStamps(stamp, known) > 0;
      // A conflict copy may hold a fork of that computer's journal: every record is folded
      // in (folding is idempotent); a journal itself only past what is already here.
      if (!file.conflict && !isNew) continue;
      const changed = state.applyRecord({ ...record, device: from }, { fork: file.conflict });
      if (file.conflict) this.latestFork = maxStamp(this.latestFork, stamp);
      if (isNew || changed) absorbed.counts.set(from, (absorbed.counts.get(from) ?? 0) + 1);
    }
  }

  private readSnapshot(file: FolderFile, bytes: Buffer, state: MergeState, absorbed: Absorbed): boolean {
    const header = file.conflict ? undefined : this.headers.get(baseOf(file));
    const read = parseSnapshot(bytes, header?.snapshotSum ?? null);
    if (read.kind !== 'ok') return false;
    const device = read.meta?.deviceId || header?.deviceId || file.device || '';
    const theirs = decodeState(read.meta?.sync, read.document) ?? MergeState.fromDocument(read.document, stampOf(read.meta?.hlc ?? [0, 0], device));
    const changed = joinStates(state, theirs);
    if (changed > 0 && device !== '') absorbed.counts.set(device, (absorbed.counts.get(device) ?? 0) + changed);
    return true;
  }
}

function baseOf(file: FolderFile): string {
  return file.name.replace(/\.(json|journal)$/, '');
}
