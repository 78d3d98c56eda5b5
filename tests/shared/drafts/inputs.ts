// Draft inputs for the tests: a person with everything filled in, and one with only a name.
import type { Profile } from '../../../shared/schema/settings';
import type { Application, Interview } from '../../../shared/schema/application';
import type { Reference } from '../../../shared/schema/person';
import type { DraftInput } from '../../../shared/drafts/types';
import { makeApplication, makeReference } from '../../fixtures/documents';

export const TODAY = '2026-12-01';

export const FULL_PROFILE: Profile = {
  name: 'Jana Novak',
  email: 'jana.novak@example.com',
  phone: '+49 170 1234567',
  city: 'Berlin',
  links: ['https://jana.example'],
};

export const EMPTY_PROFILE: Profile = { name: '', email: '', phone: '', city: '', links: [] };

export function interview(overrides: Partial<Interview> = {}): Interview {
  return { id: 'int-1', date: '2026-12-08', time: '14:30', kind: 'video', note: '', ...overrides };
}

export function fullReference(overrides: Partial<Reference> = {}): Reference {
  return makeReference({
    name: 'Anna Weber',
    address: { salutation: 'ms', pronouns: 'she', formality: 'formal', title: 'Dr.' },
    workedAt: 'ACME GmbH',
    roleThen: 'Head of Product',
    lastContactedOn: '2024-10-01',
    talkingPoints: [
      { id: 'tp-1', text: 'Moved billing to the new platform, with 30% fewer failed payments' },
      { id: 'tp-2', text: 'Hired and onboarded four engineers' },
    ],
    ...overrides,
  });
}

/** A person with nothing but a name: every optional field empty. */
export function minimalReference(name = 'Alex Weber', overrides: Partial<Reference> = {}): Reference {
  return makeReference({
    name,
    address: { salutation: 'neutral', pronouns: 'they', formality: 'formal', title: '' },
    relationship: 'other',
    workedAt: '',
    roleThen: '',
    workedFrom: null,
    workedTo: null,
    currentTitle: '',
    organisation: '',
    email: '',
    phone: '',
    linkedin: '',
    lastContactedOn: null,
    talkingPoints: [],
    notes: '',
    ...overrides,
  });
}

export function fullApplication(overrides: Partial<Application> = {}): Application {
  return makeApplication({
    company: 'Globex',
    role: 'Product Manager',
    location: 'Berlin',
    postingUrl: 'https://globex.example/jobs/42',
    status: 'interviewing',
    appliedOn: '2026-11-02',
    interviews: [
      interview({ id: 'int-2', date: '2026-12-17', time: null, kind: 'onsite', note: 'second round with the team' }),
      interview({ id: 'int-1', date: '2026-12-08', time: '14:30', kind: 'video' }),
      interview({ id: 'int-0', date: '2026-11-20', time: '09:00', kind: 'phone' }),
    ],
    referenceCheckOn: '2026-12-14',
    contact: { name: 'Maria Keller', role: 'Head of HR', email: 'maria.keller@globex.example', phone: '+49 30 555 0100' },
    ...overrides,
  });
}

/** An application with only the two required fields. */
export function minimalApplication(overrides: Partial<Application> = {}): Application {
  return makeApplication({
    company: 'Initech',
    role: 'Analyst',
    location: '',
    postingUrl: '',
    status: 'applied',
    appliedOn: null,
    interviews: [],
    referenceCheckOn: null,
    contact: { name: '', role: '', email: '', phone: '' },
    notes: '',
    ...overrides,
  });
}

export function fullInput(overrides: Partial<DraftInput> = {}): DraftInput {
  return {
    profile: FULL_PROFILE,
    reference: fullReference(),
    application: fullApplication(),
    today: TODAY,
    pitch: 'I launched two products of this kind and know the market well',
    ...overrides,
  };
}

export function minimalInput(overrides: Partial<DraftInput> = {}): DraftInput {
  return { profile: EMPTY_PROFILE, reference: minimalReference(), application: null, today: TODAY, ...overrides };
}

/** Everything that would show a missing value or a gap to the person reading the draft. */
export function gapsIn(text: string): string[] {
  const problems: string[] = [];
  if (/\b(undefined|null|NaN)\b/.test(text)) problems.push('placeholder word');
  if (text.includes('  ')) problems.push('double space');
  if (/ [,.;:!?]/.test(text)) problems.push('space before punctuation');
  if (/[,;:] *[.,]|\.\.(?!\.)/.test(text)) problems.push('doubled punctuation');
  if (/\(\s*\)|\[\s*\]|\{|\}/.test(text)) problems.push('empty brackets or template braces');
  if (/^\s*-\s*$/m.test(text)) problems.push('empty list bullet');
  if (/\n{3,}/.test(text)) problems.push('more than one blank line');
  if (text !== text.trim()) problems.push('leading or trailing whitespace');
  if (/[ \t]$/m.test(text)) problems.push('trailing space on a line');
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (line.endsWith(':') && !lines[index + 1]?.startsWith('- ')) problems.push(`heading without a list: ${line}`);
  });
  return problems;
}
