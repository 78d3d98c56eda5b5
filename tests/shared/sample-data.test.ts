import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../shared/schema/document';
import { buildSampleDocument } from '../fixtures/sample-data';

describe('the sample job search', () => {
  it('is a valid document with cards in every column', () => {
    const document = buildSampleDocument(new Date('2026-11-28T09:30:00Z'));
    expect(documentSchema.safeParse(document).success).toBe(true);
    const stages = new Set(document.requests.map((request) => request.stage));
    expect([...stages].sort()).toEqual(['done', 'prep', 'reconnect', 'thanks']);
    expect(document.requests.length).toBeGreaterThanOrEqual(12);
  });
});
