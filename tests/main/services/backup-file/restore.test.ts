// Restoring a backup: the preview, replace and merge.
import { describe, expect, it } from 'vitest';
import { applyRestore, previewRestore } from '../../../../main/services/backup-file';
import { documentSchema } from '../../../../shared/schema/document';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../../fixtures/documents';

describe('restoring a backup', () => {
  const shared = makeReference({ id: 'ref-shared', name: 'Maria Schäfer', currentTitle: 'CTO' });
  const onlyHere = makeReference({ id: 'ref-here', name: 'Aylin Demir' });
  const current = makeDocument({
    profile: { name: 'Sophie Brandt', email: '', phone: '', city: 'Leipzig', links: [] },
    settings: { language: 'de', paperSize: 'A4' },
    applications: [makeApplication({ id: 'app-here' })],
    references: [shared, onlyHere],
    requests: [makeRequest({ id: 'req-here', referenceId: 'ref-here' })],
  });
  const incoming = makeDocument({
    profile: { name: 'Sophie Brandt', email: 'sophie@example.org', phone: '', city: 'Berlin', links: [] },
    settings: { language: 'en', paperSize: 'Letter' },
    applications: [makeApplication({ id: 'app-old-1' }), makeApplication({ id: 'app-old-2' })],
    references: [{ ...shared, currentTitle: 'Chief Technology Officer' }, makeReference({ id: 'ref-old', name: 'Jürgen Groß' })],
    requests: [makeRequest({ id: 'req-old', referenceId: 'ref-old', applicationId: 'app-old-1' })],
  });

  it('previews what each mode would replace, add, keep and remove', () => {
    const preview = previewRestore(current, incoming);
    expect(preview.inBackup).toEqual({ applications: 2, people: 2, requests: 1 });
    expect(preview.current).toEqual({ applications: 1, people: 2, requests: 1 });
    expect(preview.merge).toEqual({
      replaced: { applications: 0, people: 1, requests: 0 },
      added: { applications: 2, people: 1, requests: 1 },
      kept: { applications: 1, people: 1, requests: 1 },
      removed: { applications: 0, people: 0, requests: 0 },
      profileReplaced: true,
    });
    expect(preview.replace).toEqual({
      replaced: { applications: 0, people: 1, requests: 0 },
      added: { applications: 2, people: 1, requests: 1 },
      kept: { applications: 0, people: 0, requests: 0 },
      removed: { applications: 1, people: 1, requests: 1 },
      profileReplaced: true,
    });
  });

  it('replaces everything with the backup in replace mode', () => {
    expect(applyRestore(current, incoming, 'replace')).toEqual(incoming);
  });

  it('merges by id in merge mode: the backup wins, records only in the app stay, settings stay', () => {
    const merged = applyRestore(current, incoming, 'merge');
    expect(merged.references.map((person) => [person.id, person.currentTitle])).toEqual([
      ['ref-shared', 'Chief Technology Officer'],
      ['ref-here', onlyHere.currentTitle],
      ['ref-old', 'CTO'],
    ]);
    expect(merged.applications.map((application) => application.id)).toEqual(['app-here', 'app-old-1', 'app-old-2']);
    expect(merged.requests.map((request) => request.id)).toEqual(['req-here', 'req-old']);
    expect(merged.settings).toEqual(current.settings);
    expect(merged.profile).toEqual(incoming.profile);
    expect(documentSchema.parse(merged)).toEqual(merged);
  });

  it('keeps the current profile when the backup has none', () => {
    const merged = applyRestore(current, { ...incoming, profile: makeDocument().profile }, 'merge');
    expect(merged.profile).toEqual(current.profile);
    expect(previewRestore(current, { ...incoming, profile: makeDocument().profile }).merge.profileReplaced).toBe(false);
  });

  it('leaves both documents untouched', () => {
    const before = structuredClone({ current, incoming });
    const merged = applyRestore(current, incoming, 'merge');
    merged.references[0]!.name = 'Changed';
    applyRestore(current, incoming, 'replace').applications.pop();
    expect({ current, incoming }).toEqual(before);
  });
});
