import { describe, expect, it } from 'vitest';
import { encodeLine, HybridClock, parseJournal, type JournalRecord } from '../../../main/store/journal';

const record = (seq: number): JournalRecord => ({ seq, hlc: [1_700_000_000_000, seq], device: 'device-a', patch: { settings: { paperSize: 'A4', language: 'en' } } });
const header = encodeLine({ type: 'header', format: 1, snapshotSeq: 0, snapshotSum: null, deviceId: 'device-a' });

describe('the journal file', () => {
  it('reads back every complete record after the header', () => {
    const bytes = Buffer.concat([header, encodeLine(record(1)), encodeLine(record(2))]);

    const contents = parseJournal(bytes);

    expect(contents.header?.deviceId).toBe('device-a');
    expect(contents.records.map((entry) => entry.seq)).toEqual([1, 2]);
    expect(contents.goodLength).toBe(bytes.length);
    expect(contents.droppedTail).toBe(false);
  });

  it('drops a torn last record and everything after a record that fails its checksum', () => {
    const good = Buffer.concat([header, encodeLine(record(1))]);
    const torn = Buffer.concat([good, encodeLine(record(2)).subarray(0, 40)]);
    const flipped = Buffer.concat([good, Buffer.from(encodeLine(record(2)).toString().replace('device-a', 'device-b')), encodeLine(record(3))]);

    for (const bytes of [torn, flipped]) {
      const contents = parseJournal(bytes);
      expect(contents.records.map((entry) => entry.seq)).toEqual([1]);
      expect(contents.goodLength).toBe(good.length);
      expect(contents.droppedTail).toBe(true);
    }
  });
});

describe('the hybrid logical clock', () => {
  it('keeps stamps increasing when the wall clock goes back or stands still', () => {
    const clock = new HybridClock();
    const stamps = [1000, 1000, 990, 1005, 1005].map((wall) => [...clock.next(wall)]);

    expect(stamps).toEqual([
      [1000, 0],
      [1000, 1],
      [1000, 2],
      [1005, 0],
      [1005, 1],
    ]);
  });
});
