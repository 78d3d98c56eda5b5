// The data file's bytes: compact JSON, exactly what JSON.stringify writes, as a Buffer for
// conf's atomic write. An earlier version kept every record's encoded bytes between writes
// to spare re-encoding; the bench measured no gain for compaction at a heavy user's scale
// (1.01 s without against 1.06 s with), and the cache held a second copy of the whole
// document in memory (about 30 MB there), so every write encodes afresh.
export function serializeDocument(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value) ?? '');
}
