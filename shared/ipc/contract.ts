// The IPC contract: every channel with its request schema and its answer's schema, in one
// map. main parses requests with these schemas; preload and renderer are typed from the
// same map, and every response type is inferred from it. Adding a channel is one entry.
import { z } from 'zod';
import { applicationFieldsSchema, APPLICATION_STATUSES } from '../schema/application';
import { CALL_THRESHOLD_LIMITS, PAPER_SIZES, profileSchema, reminderSettingsSchema } from '../schema/settings';
import { idSchema, languageSchema, LIMITS } from '../schema/fields';
import { referenceFieldsSchema } from '../schema/person';
import { applicationImportInputSchema, applicationImportPreviewSchema, applicationImportResultSchema } from './application-import';
import { SENT_PLAN_KINDS } from '../sent-message';
import { VIEWS, type InvokeChannel } from './channels';
import { closeSearchInputSchema } from './close-search-inputs';
import {
  announceCheckInputSchema,
  confirmDetailsInputSchema,
  logEmployerCallInputSchema,
  markHeadsUpSentInputSchema,
  recordDebriefInputSchema,
} from './check-inputs';
import { dataLocationSchema, folderChoiceSchema, oldCopyRemovedSchema } from './data-location';
import { backupPreviewSchema, IMPORT_SOURCES, importAppliedSchema, importPreviewSchema, RESTORE_MODES, restoredSchema } from './data-responses';
import {
  completeRequestInputSchema,
  linkReferenceInputSchema,
  logContactInputSchema,
  markDraftSentInputSchema,
  moveRequestInputSchema,
  recordReplyInputSchema,
  setApplicationStatusInputSchema,
  setChecklistItemInputSchema,
  snoozeRequestInputSchema,
  unlinkRequestInputSchema,
} from './request-inputs';
import {
  appSnapshotSchema,
  changeResult,
  deletedRecordSchema,
  documentResultSchema,
  savedFileSchema,
  savedRecordSchema,
  sheetPreviewSchema,
} from './responses';

export type { AppSnapshot, DeletedRecord, DocumentResult, SavedFile, SavedRecord, SheetPreview, StartupNotice } from './responses';
export type {
  BackupPreview,
  ImportDuplicateReason,
  ImportedPerson,
  ImportNotAdded,
  ImportPreview,
  ImportSource,
  RecordCounts,
  RestoreOutcome,
} from './data-responses';
export { IMPORT_SOURCES } from './data-responses';
export type { DataLocation, FolderChoice } from './data-location';

interface ChannelSpec<Request extends z.ZodType = z.ZodType, Response extends z.ZodType = z.ZodType> {
  request: Request;
  response: Response;
}

function channel<Request extends z.ZodType, Response extends z.ZodType>(request: Request, response: Response): ChannelSpec<Request, Response> {
  return { request, response };
}

const noPayload = z.undefined();
const idList = (max: number) => z.array(idSchema).min(1).max(max);

export const contract = {
  'app:load': channel(noPayload, appSnapshotSchema),
  'settings:update': channel(
    z
      .object({
        language: languageSchema.nullable().optional(),
        paperSize: z.enum(PAPER_SIZES).optional(),
        callThreshold: z.number().int().min(CALL_THRESHOLD_LIMITS.min).max(CALL_THRESHOLD_LIMITS.max).optional(),
        reminders: reminderSettingsSchema.strict().optional(),
      })
      .strict(),
    documentResultSchema,
  ),
  'profile:update': channel(profileSchema.strict(), documentResultSchema),
  'links:open': channel(z.object({ url: z.string().max(4_096) }).strict(), z.strictObject({ opened: z.boolean() })),
  // The language of the text field that has the focus; main points the spellchecker at it.
  'app:setSpellcheckLanguage': channel(
    z.strictObject({ language: languageSchema }),
    z.strictObject({ dictionaries: z.array(z.string().max(35)).max(8) }),
  ),
  // movedToInterviewingFrom: the status a new interview date moved the application from, for Undo.
  'applications:save': channel(
    z.strictObject({ id: idSchema.nullable(), fields: applicationFieldsSchema.strict() }),
    savedRecordSchema.extend({ movedToInterviewingFrom: z.enum(APPLICATION_STATUSES).nullable() }),
  ),
  'applications:delete': channel(z.strictObject({ id: idSchema }), deletedRecordSchema),
  'applications:setStatus': channel(setApplicationStatusInputSchema, changeResult({ movedRequestIds: z.array(z.string()) })),
  // Thanks everyone who helped, ends their open cards and eases their check-in cadence, in one change.
  'applications:closeSearch': channel(
    closeSearchInputSchema,
    changeResult({ thankRequestIds: z.array(z.string()), closedRequestIds: z.array(z.string()) }),
  ),
  'references:save': channel(z.strictObject({ id: idSchema.nullable(), fields: referenceFieldsSchema }), savedRecordSchema),
  'references:delete': channel(z.strictObject({ id: idSchema }), deletedRecordSchema),
  'references:reorder': channel(z.strictObject({ ids: z.array(idSchema).max(LIMITS.records) }), documentResultSchema),
  'records:undo': channel(z.strictObject({ token: z.string().min(1).max(64) }), documentResultSchema),
  'requests:link': channel(linkReferenceInputSchema, changeResult({ requestId: z.string() })),
  'requests:unlink': channel(unlinkRequestInputSchema, deletedRecordSchema),
  'requests:move': channel(moveRequestInputSchema, documentResultSchema),
  'requests:setChecklistItem': channel(setChecklistItemInputSchema, documentResultSchema),
  'requests:logContact': channel(logContactInputSchema, documentResultSchema),
  // "Mark as sent" in the composer: main applies all the draft covers (shared/sent-message.ts) in one change.
  'requests:markDraftSent': channel(markDraftSentInputSchema, changeResult({ recorded: z.enum(SENT_PLAN_KINDS) })),
  'requests:recordReply': channel(recordReplyInputSchema, changeResult({ changedRequestIds: z.array(z.string()) })),
  'requests:complete': channel(completeRequestInputSchema, documentResultSchema),
  'requests:snooze': channel(snoozeRequestInputSchema, documentResultSchema),
  'exports:sheetPreview': channel(
    z.strictObject({ referenceIds: idList(50), language: languageSchema, asOf: z.boolean().optional() }),
    sheetPreviewSchema,
  ),
  'exports:referenceSheet': channel(
    z.strictObject({
      applicationId: idSchema.nullable(),
      referenceIds: idList(50),
      language: languageSchema,
      format: z.enum(['pdf', 'docx']),
      /** Print today's date under the title. */
      asOf: z.boolean().optional(),
    }),
    savedFileSchema,
  ),
  'exports:prepBrief': channel(z.strictObject({ requestId: idSchema, language: languageSchema }), savedFileSchema),
  'exports:notePrompts': channel(
    z.strictObject({
      requestIds: idList(100),
      language: languageSchema,
      action: z.enum(['print', 'save']),
      /** A page of address labels, or an envelope per person, after the cards. */
      addresses: z.enum(['labels', 'envelope_dl', 'envelope_c6']).optional(),
    }),
    savedFileSchema,
  ),
  'exports:csv': channel(z.strictObject({ kind: z.enum(['applications', 'people']), language: languageSchema }), savedFileSchema),
  // An .ics file: one application's interviews, or (applicationId null) everything with a date. "open" hands it to the calendar app.
  'exports:calendar': channel(
    z.strictObject({ applicationId: idSchema.nullable(), language: languageSchema, action: z.enum(['open', 'save']) }),
    savedFileSchema,
  ),
  // Only a file main itself wrote in this run (the savedTo of an export) is opened or shown.
  'files:open': channel(z.strictObject({ savedTo: z.string().min(1).max(4_096) }), z.strictObject({ opened: z.literal(true) })),
  'files:showInFolder': channel(z.strictObject({ savedTo: z.string().min(1).max(4_096) }), z.strictObject({ shown: z.literal(true) })),
  // The folders main keeps the data and its backups in; the window names no path.
  'files:openDataFolder': channel(noPayload, z.strictObject({ opened: z.literal(true) })),
  'files:revealBackups': channel(noPayload, z.strictObject({ shown: z.literal(true) })),
  // Where the data lives. Every folder is chosen in main's own dialog; the window sends none.
  'dataFolder:get': channel(noPayload, dataLocationSchema),
  'dataFolder:move': channel(noPayload, folderChoiceSchema),
  'dataFolder:openOther': channel(noPayload, folderChoiceSchema),
  // The Rekindle folder a refused move found where the user wanted the data to go.
  'dataFolder:openOffered': channel(noPayload, folderChoiceSchema),
  'dataFolder:show': channel(noPayload, z.strictObject({ opened: z.literal(true) })),
  'dataFolder:removeOldCopy': channel(noPayload, oldCopyRemovedSchema),
  // While the chosen folder is missing: look for it again, or use the app's own folder.
  'dataFolder:lookAgain': channel(noPayload, folderChoiceSchema),
  'dataFolder:useDefault': channel(noPayload, folderChoiceSchema),
  'backup:save': channel(noPayload, savedFileSchema),
  'backup:open': channel(noPayload, backupPreviewSchema.nullable()),
  'backup:restore': channel(
    z.strictObject({ token: z.string().min(1).max(64), mode: z.enum(RESTORE_MODES) }),
    restoredSchema,
  ),
  'import:open': channel(z.strictObject({ source: z.enum(IMPORT_SOURCES) }), importPreviewSchema.nullable()),
  'import:apply': channel(
    z.strictObject({ token: z.string().min(1).max(64), indexes: z.array(z.number().int().min(0).max(LIMITS.records)).max(LIMITS.records) }),
    importAppliedSchema,
  ),
  // The file stays in main, by token; the window only ever sends back a column mapping.
  'import:openApplications': channel(noPayload, applicationImportPreviewSchema.nullable()),
  'import:previewApplications': channel(applicationImportInputSchema, applicationImportPreviewSchema),
  'import:applyApplications': channel(applicationImportInputSchema, documentResultSchema.extend(applicationImportResultSchema.shape)),
  'checks:announce': channel(announceCheckInputSchema, changeResult({ changedRequestIds: z.array(z.string()) })),
  'checks:logCall': channel(logEmployerCallInputSchema, changeResult({ callId: z.string() })),
  'checks:recordDebrief': channel(recordDebriefInputSchema, documentResultSchema),
  'checks:markHeadsUpSent': channel(markHeadsUpSentInputSchema, documentResultSchema),
  'references:confirmDetails': channel(confirmDetailsInputSchema, documentResultSchema),
  // Which view the window shows, so a reminder stays quiet while Today is in front of the user.
  'window:viewShown': channel(z.strictObject({ view: z.enum(VIEWS) }), z.strictObject({ noted: z.literal(true) })),
} satisfies Record<InvokeChannel, ChannelSpec>;

export type Contract = typeof contract;
/** What the renderer sends on a channel. */
export type RequestOf<C extends InvokeChannel> = z.input<Contract[C]['request']>;
/** What main's handler receives after parsing. */
export type ParsedRequestOf<C extends InvokeChannel> = z.output<Contract[C]['request']>;
/** What main answers on a channel (a change answers its patch, not the document). */
export type ResponseOf<C extends InvokeChannel> = z.output<Contract[C]['response']>;
