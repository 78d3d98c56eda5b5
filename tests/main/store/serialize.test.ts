import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppCore } from '../../../main/app-core';
import { dispatch } from '../../../main/ipc';
import { confEngine } from '../../../main/store/engine';
import { serializeDocument } from '../../../main/store/serialize';
import { buildSampleDocument } from '../../fixtures/sample-data';

const NOW = new Date('2026-11-28T09:30:00Z');

describe('the data file JSON', () => {
  it('is byte for byte what JSON.stringify writes, for any value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.object()), (value, records) => {
        expect(serializeDocument(value).toString('utf8')).toBe(JSON.stringify(value));
        const document = { schemaVersion: 1, requests: records, applications: records.slice(1), other: value, gone: undefined };
        expect(serializeDocument(document).toString('utf8')).toBe(JSON.stringify(document));
      }),
      { numRuns: 300 },
    );
  });

  it('holds every change as saved, including records changed since their text was cached', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rekindle-serialize-'));
    try {
      writeFileSync(join(dir, 'rekindle-data.json'), JSON.stringify(buildSampleDocument(NOW)));
      const core = openAppCore({
        dataDir: dir,
        engine: confEngine,
        now: () => NOW,
        systemLanguage: 'en',
        dialogs: { save: async () => null, open: async () => null },
        openExternal: async () => undefined,
        openPath: async () => undefined,
      });
      const sender = { senderFrame: { url: 'app://rekindle/', parent: null } };
      const call = (channel: 'requests:move' | 'references:reorder', payload: unknown) =>
        dispatch(channel, sender, payload, core.handlers, { isTrustedUrl: () => true });
      const ids = core.store.document.requests.map((request) => request.id);
      for (const [index, requestId] of ids.slice(0, 4).entries()) {
        expect((await call('requests:move', { requestId, stage: 'prep', position: index + 0.5 })).ok).toBe(true);
        // The journal holds the change; folding it into the snapshot writes the cached bytes.
        expect(core.store.compact()).toBe(true);
        const text = readFileSync(join(dir, 'rekindle-data.json'), 'utf8');
        const { storeMeta } = JSON.parse(text) as { storeMeta: unknown };
        expect(text).toBe(JSON.stringify({ storeMeta, ...core.store.document }));
      }
      const reversed = core.store.document.references.map((person) => person.id).reverse();
      expect((await call('references:reorder', { ids: reversed })).ok).toBe(true);
      core.store.close();
      const onDisk = JSON.parse(readFileSync(join(dir, 'rekindle-data.json'), 'utf8'));
      expect(onDisk.references.map((person: { id: string }) => person.id)).toEqual(reversed);
      expect(onDisk.requests.filter((request: { stage: string }) => request.stage === 'prep').length).toBeGreaterThanOrEqual(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
