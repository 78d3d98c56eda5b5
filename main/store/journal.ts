// The change journal beside the data file: one self-checking line per saved change,
// flushed before the change is acknowledged. A line is `<sha256 of the JSON> <JSON>\n`;
// the first line is a header naming the snapshot the journal continues from.
import { createHash } from 'node:crypto';
import type { DocumentPatch } from '../../shared/patch';
import type { ChangeNotes } from './sync/change-notes';
import type { HlcStamp } from './sync/stamp';
import { appendDurably, writeFileDurably } from './durable';
import type { FileSystem } from './file-system';

export const JOURNAL_FORMAT = 1;

export interface JournalHeader {
  type: 'header';
  format: number;
  /** The last change the snapshot holds; the records after it are replayed over it. */
  snapshotSeq: number;
  /** sha256 of the snapshot's bytes as read back after it was written, or null before the first. */
  snapshotSum: string | null;
  deviceId: string;
  /** The computer's name (its host name), shown when its changes arrive on another computer. */
  deviceName?: string;
}

export type { HlcStamp };

export interface JournalRecord {
  seq: number;
  hlc: HlcStamp;
  device: string;
  patch: DocumentPatch;
  /**
   * Which fields each upserted record really changed (patches carry whole records), with the
   * stamp of the value each replaced, and which records it created. Absent in journals
   * written before sync: every field of an upserted record counts as written.
   */
  changes?: ChangeNotes;
  /**
   * What the writing computer had folded in of each computer ([id, wallMs, counter]): a value
   * it replaced without having seen it is kept as overwritten. Absent before sync.
   */
  seen?: Array<[device: string, wallMs: number, counter: number]>;
}

export interface JournalContents {
  header: JournalHeader | null;
  records: JournalRecord[];
  /** Bytes up to the end of the last good line; anything after it was never acknowledged. */
  goodLength: number;
  /** True when the bytes after goodLength were dropped (a torn or damaged tail). */
  droppedTail: boolean;
}

const NEWLINE = 0x0a;

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function encodeLine(body: JournalHeader | JournalRecord): Buffer {
  const json = JSON.stringify(body);
  return Buffer.from(`${sha256(json)} ${json}\n`);
}

function decodeLine(line: Buffer): unknown {
  const text = line.toString('utf8');
  const space = text.indexOf(' ');
  if (space !== 64) return undefined;
  const json = text.slice(space + 1);
  if (sha256(json) !== text.slice(0, space)) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

function isHeader(value: unknown): value is JournalHeader {
  const header = value as Partial<JournalHeader> | undefined;
  return header?.type === 'header' && typeof header.snapshotSeq === 'number' && typeof header.deviceId === 'string';
}

function isRecord(value: unknown): value is JournalRecord {
  const record = value as Partial<JournalRecord> | undefined;
  return typeof record?.seq === 'number' && Array.isArray(record.hlc) && typeof record.patch === 'object' && record.patch !== null;
}

/** Reads the journal, keeping records up to the first line that is torn or fails its checksum. */
export function parseJournal(bytes: Buffer): JournalContents {
  const contents: JournalContents = { header: null, records: [], goodLength: 0, droppedTail: false };
  let start = 0;
  let first = true;
  while (start < bytes.length) {
    const end = bytes.indexOf(NEWLINE, start);
    if (end === -1) break; // torn: the write of this line never finished
    const body = decodeLine(bytes.subarray(start, end));
    if (first && isHeader(body)) {
      contents.header = body;
    } else if (isRecord(body)) {
      contents.records.push(body);
    } else if (!first) {
      break;
    }
    // A damaged header is skipped rather than costing every record after it.
    first = false;
    start = end + 1;
    contents.goodLength = start;
  }
  contents.droppedTail = contents.goodLength < bytes.length;
  return contents;
}

export function readJournal(fs: FileSystem, path: string): JournalContents | null {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw error;
  }
  return parseJournal(bytes);
}

/** Keeps HLC stamps increasing even when the system clock goes back. */
export class HybridClock {
  constructor(private last: HlcStamp = [0, 0]) {}

  next(wallMs: number): HlcStamp {
    const [lastWall, lastCounter] = this.last;
    this.last = wallMs > lastWall ? [wallMs, 0] : [lastWall, lastCounter + 1];
    return this.last;
  }

  /**
   * The receive rule: after absorbing another computer's change, this clock's next stamp
   * comes after it, even when that computer's clock runs ahead of ours.
   */
  receive(remote: HlcStamp): void {
    const [lastWall, lastCounter] = this.last;
    if (remote[0] > lastWall || (remote[0] === lastWall && remote[1] > lastCounter)) this.last = [remote[0], remote[1]];
  }

  /** Takes back a stamp given to a change that was then refused (a full disk), so none is skipped. */
  restore(previous: HlcStamp): void {
    this.last = previous;
  }

  peek(): HlcStamp {
    return this.last;
  }
}

/** The journal open for appending. Opened lazily, so a read-only store never creates it. */
export class JournalWriter {
  private fd: number | null = null;

  constructor(
    private readonly fs: FileSystem,
    readonly path: string,
    private length: number,
  ) {}

  get size(): number {
    return this.length;
  }

  /** Opens for appending now (to learn early whether the folder can be written). */
  open(): void {
    this.descriptor();
  }

  /** Opens for appending, cutting off a dropped tail first so new records follow good ones. */
  private descriptor(): number {
    if (this.fd === null) {
      const fd = this.fs.openSync(this.path, 'a', 0o600);
      try {
        this.fs.ftruncateSync(fd, this.length);
      } catch (error) {
        this.fs.closeSync(fd);
        throw error;
      }
      this.fd = fd;
    }
    return this.fd;
  }

  append(record: JournalRecord): void {
    const line = encodeLine(record);
    appendDurably(this.fs, this.descriptor(), line, this.length);
    this.length += line.length;
  }

  /** Starts the journal afresh with only a header: replaces the file in one rename. */
  reset(header: JournalHeader): void {
    const line = encodeLine(header);
    this.close();
    writeFileDurably(this.fs, this.path, line);
    this.length = line.length;
  }

  close(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    this.fs.closeSync(fd);
  }
}
