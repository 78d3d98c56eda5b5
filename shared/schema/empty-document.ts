// The document a first launch starts from, without zod (see constants.ts). document.ts
// re-exports it typed as a RekindleDocument, so the compiler keeps the two in step.
import type { Application } from './application';
import { CURRENT_SCHEMA_VERSION } from './constants';
import type { Reference } from './person';
import type { ReferenceRequest } from './request';
import type { Profile, Settings } from './settings';

interface EmptyDocument {
  schemaVersion: typeof CURRENT_SCHEMA_VERSION;
  profile: Profile;
  settings: Settings;
  applications: Application[];
  references: Reference[];
  requests: ReferenceRequest[];
}

export function emptyDocument(): EmptyDocument {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    profile: { name: '', email: '', phone: '', city: '', links: [] },
    settings: { language: null, paperSize: 'A4' },
    applications: [],
    references: [],
    requests: [],
  };
}
