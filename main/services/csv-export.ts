// Spreadsheet exports of applications and people. Files open in Excel, Numbers and
// LibreOffice, so every cell that a spreadsheet would run as a formula is defused.
import Papa from 'papaparse';
import { translator } from '../../shared/i18n';
import type { Language } from '../../shared/schema/fields';
import type { RekindleDocument } from '../../shared/schema/document';

// Excel only reads a UTF-8 CSV as UTF-8 (umlauts intact) when it starts with a BOM.
const BOM = '\uFEFF';

// papaparse's built-in pattern ends in `.*$` without the dotall flag, so a cell such as
// "=HYPERLINK(…)\nmore" slips through; a prefix test has no such gap.
const FORMULA_START = /^[=+\-@\t\r]/;

type Cell = string | number | null;

// Column order of each export; the headers are the catalogue's words for these keys.
const APPLICATION_COLUMNS = [
  'company',
  'role',
  'location',
  'status',
  'appliedOn',
  'interviews',
  'referenceCheckOn',
  'contact',
  'contactEmail',
  'contactPhone',
  'postingUrl',
  'notes',
  'keyRequirements',
  'referenceCheckAnnouncedOn',
  'referenceCheckCaller',
  'employerCalls',
  'searchClosedOn',
] as const;

const PEOPLE_COLUMNS = [
  'name',
  'currentTitle',
  'organisation',
  'relationship',
  'workedAt',
  'roleThen',
  'workedFrom',
  'workedTo',
  'email',
  'phone',
  'linkedin',
  'preferredChannel',
  'lastContactedOn',
  'consent',
  'talkingPoints',
  'notes',
  'detailsConfirmedOn',
  'atCurrentEmployer',
  'themes',
  'cadenceMonths',
] as const;

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
  const t = translator(language);
  const rows = document.applications.map((application) => [
    application.company,
    application.role,
    application.location,
    t(`records.status.${application.status}`),
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
  return toCsv(APPLICATION_COLUMNS.map((column) => t(`csv.applications.${column}`)), rows);
}

// Statuses, relationships, channels and consent are the window's own words, so a file and
// the screen it came from never disagree.
export function peopleToCsv(document: RekindleDocument, language: Language): string {
  const t = translator(language);
  const people = [...document.references].sort((a, b) => a.rank - b.rank);
  const rows = people.map((person) => [
    person.name,
    person.currentTitle,
    person.organisation,
    t(`records.relationship.${person.relationship}`),
    person.workedAt,
    person.roleThen,
    person.workedFrom,
    person.workedTo,
    person.email,
    person.phone,
    person.linkedin,
    t(`people.form.channel.${person.preferredChannel}`),
    person.lastContactedOn,
    t(`records.consent.${person.consent.status}`),
    person.talkingPoints.map((point) => point.text).join('\n'),
    person.notes,
    person.detailsConfirmedOn ?? null,
    person.atCurrentEmployer === true ? t('csv.yes') : '',
    [...new Set(person.talkingPoints.flatMap((point) => point.themes ?? []))].join('; '),
    person.cadenceMonths,
  ]);
  return toCsv(PEOPLE_COLUMNS.map((column) => t(`csv.people.${column}`)), rows);
}
