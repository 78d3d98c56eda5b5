// The export use cases: the renderer names records and options, never a path. Main builds
// the file, asks where to save it (an injected dialog) and writes it there (an injected
// writeFile), so all of this runs in Node tests with a fake dialog and a temp folder.
import { dirname, join } from 'node:path';
import { toIsoDate } from '../../shared/dates';
import { buildNotePrompt } from '../../shared/drafts';
import { displayName } from '../../shared/drafts/names';
import { translator } from '../../shared/i18n';
import { hasPostalAddress } from '../../shared/postal';
import type { Language } from '../../shared/schema/fields';
import type { RekindleDocument } from '../../shared/schema/document';
import { draftApplicationOf } from '../../shared/search/close-search';
import type { Dialogs } from '../ports';
// The writers themselves (pdfkit, docx, fontkit and the fonts) load with the first export
// that needs them, each through `await import()`: they are a good part of what main would
// otherwise load before its window opens. The models and names are light and stay here.
import type { AddressPages, Recipient } from '../exports/address-pages';
import { safeFileName } from '../exports/file-name';
import { MissingFontError } from '../exports/fonts';
import { buildReferenceSheetModel, type ReferenceSheetModel } from '../exports/sheet-model';
import { DomainError } from './context';
import { errorCodeOf, fileCauseOf, isDiskFull } from '../errors';
import { applicationsToCsv, peopleToCsv } from './csv-export';
import type { SavedFile } from '../../shared/ipc/responses';
import { renderCalendar } from '../exports/calendar/ics-calendar';
import { calendarEvents } from './calendar-events';

export interface ExportEnvironment {
  dialogs: Dialogs;
  writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
  openPath: (path: string) => Promise<void>;
  tempDir: () => string;
  resourcesDir: string;
  now: () => Date;
}

const FILTERS = {
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  docx: [{ name: 'Word', extensions: ['docx'] }],
  csv: [{ name: 'CSV', extensions: ['csv'] }],
  ics: [{ name: 'iCalendar', extensions: ['ics'] }],
};

async function saveVia(
  environment: ExportEnvironment,
  title: string,
  defaultName: string,
  filters: { name: string; extensions: string[] }[],
  bytes: () => Promise<Uint8Array>,
): Promise<SavedFile> {
  const path = await environment.dialogs.save({ title, defaultName, filters });
  if (path === null) return { savedTo: null };
  await writeExplained(environment, path, await explainRender(bytes));
  return { savedTo: path };
}

/** A font missing from the installation is named, so the window can say which file and how to fix it. */
async function explainRender(render: () => Promise<Uint8Array>): Promise<Uint8Array> {
  try {
    return await render();
  } catch (error) {
    if (error instanceof MissingFontError) {
      throw new DomainError('io_error', error.message, [{ path: error.file, code: 'missing_font' }]);
    }
    throw error;
  }
}

/** Turns the file system's refusal into its cause: a full disk, a folder that cannot be written, or a file another program holds. */
async function writeExplained(environment: ExportEnvironment, path: string, bytes: Uint8Array): Promise<void> {
  try {
    await environment.writeFile(path, bytes);
  } catch (error) {
    // The write goes through a temp file, so a full disk leaves any earlier file as it was; the
    // user frees space or picks another drive, which the window says in its own words.
    if (isDiskFull(error)) throw new DomainError('disk_full', `The disk holding ${dirname(path)} is full.`, [{ path: dirname(path), code: 'disk_full' }]);
    const cause = fileCauseOf(error, path, 'write');
    if (cause?.code === 'file_in_use') throw new DomainError('io_error', `${path} is in use by another program.`, [cause]);
    if (cause) throw new DomainError('io_error', `Rekindle cannot write into ${cause.path}.`, [cause]);
    const code = errorCodeOf(error) ?? '';
    throw new DomainError('io_error', `The file could not be written (${code || 'unknown error'}).`, [{ path, code: 'write_failed' }]);
  }
}

function findAll<T extends { id: string }>(list: T[], ids: string[], what: string): T[] {
  const byId = new Map(list.map((item) => [item.id, item]));
  return ids.map((id) => {
    const found = byId.get(id);
    if (!found) throw new DomainError('not_found', `No ${what} with id ${id}; it may have been deleted.`);
    return found;
  });
}

export function referenceSheetModel(
  document: RekindleDocument,
  input: { referenceIds: string[]; language: Language; asOf?: boolean | undefined },
  today: string,
): ReferenceSheetModel {
  const references = findAll(document.references, input.referenceIds, 'person');
  return buildReferenceSheetModel({ profile: document.profile, references, language: input.language, today, asOf: input.asOf ?? false });
}

export async function exportReferenceSheet(
  document: RekindleDocument,
  input: { applicationId: string | null; referenceIds: string[]; language: Language; format: 'pdf' | 'docx'; asOf?: boolean | undefined },
  environment: ExportEnvironment,
): Promise<SavedFile> {
  const t = translator(input.language);
  const model = referenceSheetModel(document, input, toIsoDate(environment.now()));
  const application = input.applicationId ? findAll(document.applications, [input.applicationId], 'application')[0] : null;
  const name = safeFileName([t('files.fileName.sheet'), application?.company ?? '', document.profile.name].filter(Boolean), input.format);
  const paperSize = document.settings.paperSize;
  return saveVia(environment, t('files.saveTitle.sheet'), name, FILTERS[input.format], async () => {
    const options = { paperSize, resourcesDir: environment.resourcesDir };
    if (input.format === 'docx') return (await import('../exports/reference-sheet-docx')).renderReferenceSheetDocx(model, options);
    return (await import('../exports/reference-sheet-pdf')).renderReferenceSheetPdf(model, options);
  });
}

export async function exportPrepBrief(
  document: RekindleDocument,
  input: { requestId: string; language: Language },
  environment: ExportEnvironment,
): Promise<SavedFile> {
  const t = translator(input.language);
  const [request] = findAll(document.requests, [input.requestId], 'reference request');
  const [reference] = findAll(document.references, [request!.referenceId], 'person');
  const application = request!.applicationId ? (findAll(document.applications, [request!.applicationId], 'application')[0] ?? null) : null;
  const name = safeFileName([t('files.fileName.brief'), application?.company ?? '', reference!.name].filter(Boolean), 'pdf');
  return saveVia(environment, t('files.saveTitle.brief'), name, FILTERS.pdf, async () =>
    (await import('../exports/prep-brief-pdf')).renderPrepBriefPdf(
      { profile: document.profile, reference: reference!, application, language: input.language, today: toIsoDate(environment.now()) },
      { paperSize: document.settings.paperSize, resourcesDir: environment.resourcesDir },
    ),
  );
}

/** Prompt cards for handwritten thank-you notes: printed (temp file, system viewer) or saved. */
export async function exportNotePrompts(
  document: RekindleDocument,
  input: { requestIds: string[]; language: Language; action: 'print' | 'save'; addresses?: AddressPages | undefined },
  environment: ExportEnvironment,
): Promise<SavedFile> {
  const t = translator(input.language);
  const today = toIsoDate(environment.now());
  const recipients = new Map<string, Recipient>();
  const prompts = findAll(document.requests, input.requestIds, 'reference request').map((request) => {
    const [reference] = findAll(document.references, [request.referenceId], 'person');
    // Two cards for one person still need one envelope.
    if (hasPostalAddress(reference!.postalAddress)) recipients.set(reference!.id, { name: displayName(reference!), address: reference!.postalAddress });
    const application = draftApplicationOf(request, document.applications);
    return buildNotePrompt({ profile: document.profile, reference: reference!, application, today }, input.language);
  });
  const render = async () =>
    (await import('../exports/note-prompts-pdf')).renderNotePromptsPdf(prompts, {
      paperSize: document.settings.paperSize,
      resourcesDir: environment.resourcesDir,
      language: input.language,
      ...(input.addresses ? { addresses: { pages: input.addresses, recipients: [...recipients.values()] } } : {}),
    });
  const name = safeFileName([t('files.fileName.notes'), today], 'pdf');
  if (input.action === 'save') return saveVia(environment, t('files.saveTitle.notes'), name, FILTERS.pdf, render);
  const path = join(environment.tempDir(), name);
  await writeExplained(environment, path, await explainRender(render));
  await environment.openPath(path);
  return { savedTo: path };
}

export async function exportCsv(
  document: RekindleDocument,
  input: { kind: 'applications' | 'people'; language: Language },
  environment: ExportEnvironment,
): Promise<SavedFile> {
  const t = translator(input.language);
  const text = input.kind === 'applications' ? applicationsToCsv(document, input.language) : peopleToCsv(document, input.language);
  const name = safeFileName([t(`files.fileName.${input.kind}`), toIsoDate(environment.now())], 'csv');
  return saveVia(environment, t('files.saveTitle.csv'), name, FILTERS.csv, async () => new TextEncoder().encode(text));
}

/**
 * Interviews, reference checks and due tasks as an .ics file, in `timeZone`. "open" writes
 * it to the temp folder and hands it to the system, whose calendar app offers to add it.
 */
export async function exportCalendar(
  document: RekindleDocument,
  input: { applicationId: string | null; language: Language; action: 'open' | 'save' },
  environment: ExportEnvironment,
  timeZone: string,
): Promise<SavedFile> {
  const t = translator(input.language);
  const now = environment.now();
  const application = input.applicationId ? findAll(document.applications, [input.applicationId], 'application')[0] : null;
  const events = calendarEvents(document, { applicationId: input.applicationId, language: input.language, today: toIsoDate(now) });
  if (events.length === 0) {
    throw new DomainError('not_found', 'There is no interview, reference check or task to put in a calendar.', [{ path: 'events', code: 'nothing_to_export' }]);
  }
  const text = renderCalendar(events, { timeZone, now, name: t('ics.calendarName') });
  const render = async () => new TextEncoder().encode(text);
  const name = application
    ? safeFileName([t('ics.fileName.interviews'), application.company], 'ics')
    : safeFileName([t('ics.fileName.all'), toIsoDate(now)], 'ics');
  if (input.action === 'save') return saveVia(environment, t('ics.saveTitle'), name, FILTERS.ics, render);
  const path = join(environment.tempDir(), name);
  await writeExplained(environment, path, await render());
  try {
    await environment.openPath(path);
  } catch {
    // Written, but no app took it: the window offers to save it instead.
    throw new DomainError('io_error', 'No app on this computer opened the calendar file.', [{ path, code: 'no_calendar_app' }]);
  }
  return { savedTo: path };
}
