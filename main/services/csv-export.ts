// Spreadsheet exports of applications and people. Files open in Excel, Numbers and
// LibreOffice, so every cell that a spreadsheet would run as a formula is defused.
import Papa from 'papaparse';
import type { Language } from '../../shared/schema/fields';
import type { ApplicationStatus } from '../../shared/schema/application';
import type { CHANNELS, ConsentStatus, Relationship } from '../../shared/schema/person';
import type { RekindleDocument } from '../../shared/schema/document';

// Excel only reads a UTF-8 CSV as UTF-8 (umlauts intact) when it starts with a BOM.
const BOM = '\uFEFF';

// papaparse's built-in pattern ends in `.*$` without the dotall flag, so a cell such as
// "=HYPERLINK(…)\nmore" slips through; a prefix test has no such gap.
const FORMULA_START = /^[=+\-@\t\r]/;

type Cell = string | number | null;

const APPLICATION_HEADERS: Record<Language, readonly string[]> = {
  en: ['Company', 'Role', 'Location', 'Status', 'Applied on', 'Interviews', 'Reference check on', 'Contact', 'Contact email', 'Contact phone', 'Job posting', 'Notes', 'Key requirements', 'Reference check announced on', 'Reference check caller', 'Employer calls', 'Search closed on'],
  de: ['Unternehmen', 'Stelle', 'Ort', 'Status', 'Beworben am', 'Vorstellungsgespräche', 'Referenzprüfung am', 'Ansprechperson', 'E-Mail der Ansprechperson', 'Telefon der Ansprechperson', 'Stellenanzeige', 'Notizen', 'Wichtigste Anforderungen', 'Referenzprüfung angekündigt am', 'Anruf durch', 'Anrufe des Unternehmens', 'Suche abgeschlossen am'],
};

const PEOPLE_HEADERS: Record<Language, readonly string[]> = {
  en: ['Name', 'Current title', 'Organisation', 'Relationship', 'Worked together at', 'Their role then', 'From', 'To', 'Email', 'Phone', 'LinkedIn', 'Preferred channel', 'Last contacted', 'Consent', 'Talking points', 'Notes', 'Details confirmed on', 'At my current employer', 'Themes', 'Check in every (months)'],
  de: ['Name', 'Aktuelle Position', 'Organisation', 'Beziehung', 'Zusammengearbeitet bei', 'Damalige Rolle', 'Von', 'Bis', 'E-Mail', 'Telefon', 'LinkedIn', 'Bevorzugter Kanal', 'Zuletzt kontaktiert', 'Einverständnis', 'Gesprächspunkte', 'Notizen', 'Kontaktdaten bestätigt am', 'Bei meinem jetzigen Arbeitgeber', 'Themen', 'Melden alle (Monate)'],
};

interface Labels {
  status: Record<ApplicationStatus, string>;
  relationship: Record<Relationship, string>;
  channel: Record<(typeof CHANNELS)[number], string>;
  consent: Record<ConsentStatus, string>;
  yes: string;
}

const LABELS: Record<Language, Labels> = {
  en: {
    status: { planned: 'Planned', applied: 'Applied', interviewing: 'Interviewing', offer: 'Offer', rejected: 'Rejected', withdrawn: 'Withdrawn' },
    relationship: { manager: 'Manager', supervisor: 'Supervisor', colleague: 'Colleague', client: 'Client', mentor: 'Mentor', report: 'Direct report', other: 'Other' },
    channel: { email: 'Email', phone: 'Phone', linkedin: 'LinkedIn', in_person: 'In person', other: 'Other' },
    consent: { not_asked: 'Not asked yet', asked: 'Asked', agreed: 'Agreed', declined: 'Declined' },
    yes: 'Yes',
  },
  de: {
    status: { planned: 'Geplant', applied: 'Beworben', interviewing: 'Im Gespräch', offer: 'Angebot', rejected: 'Absage', withdrawn: 'Zurückgezogen' },
    relationship: { manager: 'Führungskraft', supervisor: 'Vorgesetzte Person', colleague: 'Kollegin oder Kollege', client: 'Kundin oder Kunde', mentor: 'Mentorin oder Mentor', report: 'Teammitglied', other: 'Sonstige' },
    channel: { email: 'E-Mail', phone: 'Telefon', linkedin: 'LinkedIn', in_person: 'Persönlich', other: 'Anderer Weg' },
    consent: { not_asked: 'Noch nicht gefragt', asked: 'Gefragt', agreed: 'Zugesagt', declined: 'Abgelehnt' },
    yes: 'Ja',
  },
};

function toCsv(header: readonly string[], rows: readonly Cell[][]): string {
  const body = Papa.unparse(
    { fields: [...header], data: rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))) },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return `${BOM}${body}\r\n`;
}

function callerCell(caller: { name: string; title: string; email: string; phone: string } | undefined): string {
  if (!caller) return '';
  return [caller.title ? `${caller.name} (${caller.title})` : caller.name, caller.email, caller.phone].filter((part) => part !== '').join(', ');
}

function callsOf(document: RekindleDocument, applicationId: string) {
  return document.requests.filter((request) => request.applicationId === applicationId).flatMap((request) => request.calls ?? []);
}

export function applicationsToCsv(document: RekindleDocument, language: Language): string {
  const text = LABELS[language];
  const rows = document.applications.map((application) => [
    application.company,
    application.role,
    application.location,
    text.status[application.status],
    application.appliedOn,
    application.interviews.map((interview) => (interview.time ? `${interview.date} ${interview.time}` : interview.date)).join('; '),
    application.referenceCheckOn,
    application.contact.name,
    application.contact.email,
    application.contact.phone,
    application.postingUrl,
    application.notes,
    (application.keyRequirements ?? []).join('; '),
    application.referenceCheck?.announcedOn ?? null,
    callerCell(application.referenceCheck?.caller),
    callsOf(document, application.id).length,
    application.acceptedOn ?? null,
  ]);
  return toCsv(APPLICATION_HEADERS[language], rows);
}

export function peopleToCsv(document: RekindleDocument, language: Language): string {
  const text = LABELS[language];
  const people = [...document.references].sort((a, b) => a.rank - b.rank);
  const rows = people.map((person) => [
    person.name,
    person.currentTitle,
    person.organisation,
    text.relationship[person.relationship],
    person.workedAt,
    person.roleThen,
    person.workedFrom,
    person.workedTo,
    person.email,
    person.phone,
    person.linkedin,
    text.channel[person.preferredChannel],
    person.lastContactedOn,
    text.consent[person.consent.status],
    person.talkingPoints.map((point) => point.text).join('\n'),
    person.notes,
    person.detailsConfirmedOn ?? null,
    person.atCurrentEmployer === true ? text.yes : '',
    [...new Set(person.talkingPoints.flatMap((point) => point.themes ?? []))].join('; '),
    person.cadenceMonths,
  ]);
  return toCsv(PEOPLE_HEADERS[language], rows);
}
