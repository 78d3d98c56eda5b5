// Every draft the app writes, in both languages and both forms of address, for three gaps
// since the last contact, as one Markdown file to read through (docs/drafts-review.md).
import { addDays, addMonths } from '../../shared/dates';
import { buildDraft, buildNotePrompt, type DraftInput, type DraftKind } from '../../shared/drafts';
import type { Language } from '../../shared/schema/fields';
import type { Application, ApplicationStatus } from '../../shared/schema/application';
import type { Reference } from '../../shared/schema/person';
import { makeApplication, makeReference } from '../fixtures/documents';

export const REVIEW_TODAY = '2026-11-30';

const GAPS = [
  { label: '3 weeks', lastContactedOn: addDays(REVIEW_TODAY, -21) },
  { label: '5 months', lastContactedOn: addMonths(REVIEW_TODAY, -5) },
  { label: '3 years', lastContactedOn: addMonths(REVIEW_TODAY, -36) },
] as const;

/** Each kind with the application state it is written for. */
const KINDS: { kind: DraftKind; status: ApplicationStatus; title: string }[] = [
  { kind: 'reconnect_ask', status: 'applied', title: 'Ask to be a reference (applied)' },
  { kind: 'follow_up', status: 'applied', title: 'Follow-up' },
  { kind: 'prep_brief', status: 'interviewing', title: 'Prep brief' },
  { kind: 'thanks_offer', status: 'offer', title: 'Thank you after an offer' },
  { kind: 'thanks_no', status: 'rejected', title: 'Thank you after a no' },
  { kind: 'thanks_no', status: 'withdrawn', title: 'Thank you after a withdrawal' },
  { kind: 'note_prompt', status: 'rejected', title: 'Handwritten note after a no' },
  { kind: 'note_prompt', status: 'offer', title: 'Handwritten note after an offer' },
];

const PITCH: Record<Language, string> = {
  en: 'I have led two product launches of this kind',
  de: 'Ich habe bereits zwei vergleichbare Produkteinführungen geleitet',
};

function person(formality: 'formal' | 'informal', lastContactedOn: string): Reference {
  return makeReference({
    name: 'Anna Weber',
    address: { salutation: 'ms', pronouns: 'she', formality, title: formality === 'formal' ? 'Dr.' : '' },
    relationship: 'manager',
    workedAt: 'Northwind GmbH',
    roleThen: 'Head of Product',
    lastContactedOn,
    talkingPoints: [
      { id: 'tp-1', text: 'Moved billing to the new platform, with 30 % fewer failed payments' },
      { id: 'tp-2', text: 'Hired and onboarded four engineers' },
    ],
  });
}

function application(status: ApplicationStatus): Application {
  return makeApplication({
    company: 'ACME GmbH',
    role: 'Product Manager',
    location: 'Berlin',
    postingUrl: 'https://acme.example/jobs/42',
    status,
    interviews: [{ id: 'iv-1', date: '2026-12-08', time: '14:30', kind: 'video', note: '' }],
    referenceCheckOn: '2026-12-07',
    contact: { name: 'Maria Keller', role: 'Head of HR', email: 'maria.keller@acme.example', phone: '+49 30 555 0100' },
  });
}

function render(kind: DraftKind, input: DraftInput, language: Language): string {
  if (kind === 'note_prompt') {
    const prompt = buildNotePrompt(input, language);
    return [`**${prompt.title}**`, '', ...prompt.sections.map((section) => `- *${section.label}:* ${section.text}`)].join('\n');
  }
  const draft = buildDraft(kind, input, language);
  // Indented as a block so Markdown keeps every line break of the message.
  return [`**${draft.subject}**`, '', ...draft.body.split('\n').map((line) => (line === '' ? '' : `    ${line}`))].join('\n');
}

export function draftsReview(): string {
  const out: string[] = [
    '# Every draft, for review',
    '',
    'Written by `npm run drafts` from the templates in shared/drafts. Sender Jana Novak, recipient',
    `Dr. Anna Weber (formal) or Anna Weber (informal), a former manager at Northwind GmbH; the`,
    `application is Product Manager at ACME GmbH in Berlin. Today is ${REVIEW_TODAY}.`,
  ];
  for (const { kind, status, title } of KINDS) {
    out.push('', `## ${title}`);
    for (const language of ['en', 'de'] as const) {
      for (const formality of ['formal', 'informal'] as const) {
        for (const gap of GAPS) {
          const input: DraftInput = {
            profile: { name: 'Jana Novak', email: 'jana@example.com', phone: '+49 170 1234567', city: 'Berlin', links: [] },
            reference: person(formality, gap.lastContactedOn),
            application: application(status),
            today: REVIEW_TODAY,
            pitch: kind === 'reconnect_ask' ? PITCH[language] : '',
          };
          out.push('', `### ${language.toUpperCase()}, ${formality}, last contact ${gap.label} ago`, '', render(kind, input, language));
        }
      }
    }
  }
  return `${out.join('\n')}\n`;
}
