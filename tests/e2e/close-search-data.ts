// A search about to end: two applications, three people who helped (one with cards on
// both, one only on the other application, one who writes in German) and one never asked.
import type { Consent } from '../../shared/schema/person';
import type { Language } from '../../shared/schema/fields';
import type { RekindleDocument } from '../../shared/schema/document';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../fixtures/documents';

const agreed: Consent = { status: 'agreed', askedOn: '2026-11-01', answeredOn: '2026-11-02' };

export function searchDocument(windowLanguage: Language | null = 'en', globexStatus: 'interviewing' | 'offer' = 'interviewing'): RekindleDocument {
  const person = (id: string, name: string, rank: number, language: Language, cadenceMonths: number, consent = agreed) =>
    makeReference({ id, name, rank, consent, cadenceMonths, address: { salutation: 'ms', pronouns: 'she', formality: 'informal', title: '', language } });
  return makeDocument({
    profile: { name: 'Lena Fischer', email: 'lena@example.com', phone: '', city: 'Köln', links: [] },
    settings: { language: windowLanguage, paperSize: 'A4' },
    applications: [
      makeApplication({ id: 'globex', company: 'Globex', role: 'Engineering Manager', status: globexStatus }),
      makeApplication({ id: 'acme', company: 'Acme', role: 'Team Lead', status: 'interviewing' }),
    ],
    references: [
      person('anna', 'Anna Berg', 0, 'en', 3),
      person('birgit', 'Birgit Lang', 1, 'de', 12),
      person('chloe', 'Chloe Martin', 2, 'en', 2),
      person('dana', 'Dana Roth', 3, 'en', 6, { status: 'not_asked', askedOn: null, answeredOn: null }),
    ],
    requests: [
      makeRequest({ id: 'anna-globex', referenceId: 'anna', applicationId: 'globex', stage: 'prep', position: 0 }),
      makeRequest({ id: 'birgit-globex', referenceId: 'birgit', applicationId: 'globex', stage: 'prep', position: 1 }),
      makeRequest({ id: 'birgit-acme', referenceId: 'birgit', applicationId: 'acme', stage: 'prep', position: 2 }),
      makeRequest({ id: 'chloe-acme', referenceId: 'chloe', applicationId: 'acme', stage: 'prep', position: 3 }),
      makeRequest({ id: 'dana-acme', referenceId: 'dana', applicationId: 'acme', stage: 'reconnect', position: 0 }),
    ],
  });
}
