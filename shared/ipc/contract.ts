// The IPC contract: every channel's request schema and response type, in one map. main
// parses with these schemas; preload and renderer are typed from the same map.
import { z } from 'zod';
import { idSchema, languageSchema, LIMITS, type Language } from '../schema/fields';
import { CALL_THRESHOLD_LIMITS, PAPER_SIZES, profileSchema } from '../schema/settings';
import { applicationFieldsSchema, type ApplicationStatus } from '../schema/application';
import { referenceFieldsSchema, type PostalAddress } from '../schema/person';
import type { RekindleDocument } from '../schema/document';
import type { DocumentPatch } from '../patch';
import type { SentPlan } from '../sent-message';
import { applicationImportInputSchema, type ApplicationImportPreview, type ApplicationImportResult } from './application-import';
import type { InvokeChannel } from './channels';
import {
  completeRequestInputSchema,
  linkReferenceInputSchema,
  logContactInputSchema,
  markAskSentInputSchema,
  markDraftSentInputSchema,
  markMessageSentInputSchema,
  moveRequestInputSchema,
  recordReplyInputSchema,
  setApplicationStatusInputSchema,
  setChecklistItemInputSchema,
  snoozeRequestInputSchema,
  unlinkRequestInputSchema,
} from './request-inputs';
import {
  announceCheckInputSchema,
  confirmDetailsInputSchema,
  logEmployerCallInputSchema,
  markHeadsUpSentInputSchema,
  recordDebriefInputSchema,
} from './check-inputs';
import { closeSearchInputSchema } from './close-search-inputs';

interface ChannelSpec<Request extends z.ZodType, Response> {
  request: Request;
  /** Type-only: the value is never read. */
  response: Response;
}

function channel<Response>() {
  return <Request extends z.ZodType>(request: Request): ChannelSpec<Request, Response> => ({
    request,
    response: undefined as Response,
  });
}

/** Why the window shows a notice at start-up (recovery, newer file); null when all is well. */
export type StartupNotice =
  /** `backupTakenAt` is an ISO 8601 moment; `replayed` counts the journal's later changes applied over it. */
  | { kind: 'recovered_from_backup'; corruptFile: string; backupFile: string; backupTakenAt: string; replayed: number }
  | { kind: 'started_empty'; corruptFile: string; replayed: number }
  /** The launch backup could not be written (the data itself is saved); retried later. */
  | { kind: 'backup_failed' }
  | { kind: 'newer_version'; dataFile: string; foundVersion: number }
  | { kind: 'unwritable'; dataFile: string };

export interface AppSnapshot {
  document: RekindleDocument;
  notice: StartupNotice | null;
  /** True when the data file must not be written (it is from a newer version). */
  readOnly: boolean;
  systemLanguage: Language;
  dataFile: string;
}

/** What a reference sheet will say, for the preview (the exported files say the same). */
export interface SheetPreview {
  header: { name: string; contact: string[] };
  title: string;
  /** "As of 28 November 2026" when asked for; empty otherwise. */
  asOf: string;
  entries: { name: string; currentTitle: string; organisation: string; phone: string; email: string; relationship: string }[];
}

export interface SavedFile {
  /** Where the file was written; null when the user cancelled the dialog. */
  savedTo: string | null;
}

export interface RecordCounts {
  applications: number;
  people: number;
  requests: number;
}

export interface RestoreOutcome {
  replaced: RecordCounts;
  added: RecordCounts;
  kept: RecordCounts;
  removed: RecordCounts;
  profileReplaced: boolean;
}

export interface BackupPreview {
  token: string;
  fileName: string;
  preview: { inBackup: RecordCounts; current: RecordCounts; replace: RestoreOutcome; merge: RestoreOutcome };
}

export interface ImportPreview {
  token: string;
  fileName: string;
  plan: {
    entries: (
      | { index: number; person: ImportedPersonView; status: 'new' }
      | {
          index: number;
          person: ImportedPersonView;
          status: 'duplicate';
          reason: ImportDuplicateReason;
          /** Someone already in Rekindle, or an earlier row of the same file, and their name. */
          duplicateOf: { kind: 'existing'; referenceId: string; name: string } | { kind: 'in_file'; index: number; name: string };
        }
    )[];
    newCount: number;
    /** existingCount + repeatedCount. */
    duplicateCount: number;
    existingCount: number;
    repeatedCount: number;
    /** Rows (as a spreadsheet numbers them) or cards (from 1) that name nobody. */
    unnamed: number[];
    /** Fields of the file that Rekindle does not keep, by the file's own names ("BDAY", "Birthday"). */
    notImported: string[];
  };
}

/** Everyone in the file who was not added, by why; with `added` they make up the file. */
export interface ImportNotAdded {
  existing: number;
  repeated: number;
  unnamed: number;
  unticked: number;
  invalid: number;
}

export type ImportDuplicateReason = 'same_linkedin' | 'same_email' | 'same_name_and_organisation';

export interface ImportedPersonView {
  name: string;
  email: string;
  organisation: string;
  currentTitle: string;
  linkedin: string;
  phone: string;
  notes?: string;
  postalAddress?: PostalAddress;
}

/** Every change answers with what it changed; the renderer applies it to its copy. */
export interface DocumentResult {
  patch: DocumentPatch;
}

export interface SavedRecord extends DocumentResult {
  id: string;
}

/** A delete answers with a token for Undo and what went with the record. */
export interface DeletedRecord extends DocumentResult {
  undoToken: string;
  removedRequests: number;
}

const noPayload = z.undefined();
const idList = (max: number) => z.array(idSchema).min(1).max(max);

export const contract = {
  'app:load': channel<AppSnapshot>()(noPayload),
  'settings:update': channel<DocumentResult>()(
    z
      .object({
        language: languageSchema.nullable().optional(),
        paperSize: z.enum(PAPER_SIZES).optional(),
        callThreshold: z.number().int().min(CALL_THRESHOLD_LIMITS.min).max(CALL_THRESHOLD_LIMITS.max).optional(),
      })
      .strict(),
  ),
  'profile:update': channel<DocumentResult>()(profileSchema.strict()),
  'links:open': channel<{ opened: boolean }>()(z.object({ url: z.string().max(4_096) }).strict()),
  // movedToInterviewingFrom: the status a new interview date moved the application from, for Undo.
  'applications:save': channel<SavedRecord & { movedToInterviewingFrom: ApplicationStatus | null }>()(z.strictObject({ id: idSchema.nullable(), fields: applicationFieldsSchema.strict() })),
  'applications:delete': channel<DeletedRecord>()(z.strictObject({ id: idSchema })),
  'applications:setStatus': channel<DocumentResult & { movedRequestIds: string[] }>()(setApplicationStatusInputSchema),
  // Thanks everyone who helped, ends their open cards and eases their check-in cadence, in one change.
  'applications:closeSearch': channel<DocumentResult & { thankRequestIds: string[]; closedRequestIds: string[] }>()(closeSearchInputSchema),
  'references:save': channel<SavedRecord>()(z.strictObject({ id: idSchema.nullable(), fields: referenceFieldsSchema })),
  'references:delete': channel<DeletedRecord>()(z.strictObject({ id: idSchema })),
  'references:reorder': channel<DocumentResult>()(z.strictObject({ ids: z.array(idSchema).max(LIMITS.records) })),
  'records:undo': channel<DocumentResult>()(z.strictObject({ token: z.string().min(1).max(64) })),
  'requests:link': channel<DocumentResult & { requestId: string }>()(linkReferenceInputSchema),
  'requests:unlink': channel<DeletedRecord>()(unlinkRequestInputSchema),
  'requests:move': channel<DocumentResult>()(moveRequestInputSchema),
  'requests:setChecklistItem': channel<DocumentResult>()(setChecklistItemInputSchema),
  'requests:logContact': channel<DocumentResult>()(logContactInputSchema),
  'requests:markAskSent': channel<DocumentResult>()(markAskSentInputSchema),
  'requests:markMessageSent': channel<DocumentResult>()(markMessageSentInputSchema),
  // "Mark as sent" in the composer: main applies all the draft covers (shared/sent-message.ts) in one change.
  'requests:markDraftSent': channel<DocumentResult & { recorded: SentPlan['kind'] }>()(markDraftSentInputSchema),
  'requests:recordReply': channel<DocumentResult & { changedRequestIds: string[] }>()(recordReplyInputSchema),
  'requests:complete': channel<DocumentResult>()(completeRequestInputSchema),
  'requests:snooze': channel<DocumentResult>()(snoozeRequestInputSchema),
  'exports:sheetPreview': channel<SheetPreview>()(
    z.strictObject({ referenceIds: idList(50), language: languageSchema, asOf: z.boolean().optional() }),
  ),
  'exports:referenceSheet': channel<SavedFile>()(
    z.strictObject({
      applicationId: idSchema.nullable(),
      referenceIds: idList(50),
      language: languageSchema,
      format: z.enum(['pdf', 'docx']),
      /** Print today's date under the title. */
      asOf: z.boolean().optional(),
    }),
  ),
  'exports:prepBrief': channel<SavedFile>()(z.strictObject({ requestId: idSchema, language: languageSchema })),
  'exports:notePrompts': channel<SavedFile>()(
    z.strictObject({
      requestIds: idList(100),
      language: languageSchema,
      action: z.enum(['print', 'save']),
      /** A page of address labels, or an envelope per person, after the cards. */
      addresses: z.enum(['labels', 'envelope_dl', 'envelope_c6']).optional(),
    }),
  ),
  'exports:csv': channel<SavedFile>()(z.strictObject({ kind: z.enum(['applications', 'people']), language: languageSchema })),
  // Only a file main itself wrote in this run (the savedTo of an export) is opened or shown.
  'files:open': channel<{ opened: true }>()(z.strictObject({ savedTo: z.string().min(1).max(4_096) })),
  'files:showInFolder': channel<{ shown: true }>()(z.strictObject({ savedTo: z.string().min(1).max(4_096) })),
  'backup:save': channel<SavedFile>()(noPayload),
  'backup:open': channel<BackupPreview | null>()(noPayload),
  'backup:restore': channel<DocumentResult & { safetyBackup: string | null }>()(
    z.strictObject({ token: z.string().min(1).max(64), mode: z.enum(['replace', 'merge']) }),
  ),
  'import:open': channel<ImportPreview | null>()(z.strictObject({ source: z.enum(['linkedin', 'vcard', 'contacts_csv']) })),
  'import:apply': channel<
    DocumentResult & { added: number; skipped: { name: string; reason: ImportDuplicateReason | 'invalid' }[]; notAdded: ImportNotAdded }
  >()(
    z.strictObject({ token: z.string().min(1).max(64), indexes: z.array(z.number().int().min(0).max(LIMITS.records)).max(LIMITS.records) }),
  ),
  // The file stays in main, by token; the window only ever sends back a column mapping.
  'import:openApplications': channel<ApplicationImportPreview | null>()(noPayload),
  'import:previewApplications': channel<ApplicationImportPreview>()(applicationImportInputSchema),
  'import:applyApplications': channel<DocumentResult & ApplicationImportResult>()(applicationImportInputSchema),
  'checks:announce': channel<DocumentResult & { changedRequestIds: string[] }>()(announceCheckInputSchema),
  'checks:logCall': channel<DocumentResult & { callId: string }>()(logEmployerCallInputSchema),
  'checks:recordDebrief': channel<DocumentResult>()(recordDebriefInputSchema),
  'checks:markHeadsUpSent': channel<DocumentResult>()(markHeadsUpSentInputSchema),
  'references:confirmDetails': channel<DocumentResult>()(confirmDetailsInputSchema),
} satisfies Record<InvokeChannel, ChannelSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
/** What the renderer sends on a channel. */
export type RequestOf<C extends InvokeChannel> = z.input<Contract[C]['request']>;
/** What main's handler receives after parsing. */
export type ParsedRequestOf<C extends InvokeChannel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = Contract[C]['response'];
