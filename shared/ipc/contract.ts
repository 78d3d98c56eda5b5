// The IPC contract: every channel's request schema and response type, in one map. main
// parses with these schemas; preload and renderer are typed from the same map.
import { z } from 'zod';
import { languageSchema, PAPER_SIZES, profileSchema, type Language, type RekindleDocument } from '../schema';
import type { InvokeChannel } from './channels';

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
  | { kind: 'recovered_from_backup'; corruptFile: string; backupFile: string }
  | { kind: 'started_empty'; corruptFile: string }
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

export interface DocumentResult {
  document: RekindleDocument;
}

const noPayload = z.undefined();

export const contract = {
  'app:load': channel<AppSnapshot>()(noPayload),
  'settings:update': channel<DocumentResult>()(
    z
      .object({
        language: languageSchema.nullable().optional(),
        paperSize: z.enum(PAPER_SIZES).optional(),
      })
      .strict(),
  ),
  'profile:update': channel<DocumentResult>()(profileSchema.strict()),
  'links:open': channel<{ opened: boolean }>()(z.object({ url: z.string().max(4_096) }).strict()),
} satisfies Record<InvokeChannel, ChannelSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
/** What the renderer sends on a channel. */
export type RequestOf<C extends InvokeChannel> = z.input<Contract[C]['request']>;
/** What main's handler receives after parsing. */
export type ParsedRequestOf<C extends InvokeChannel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = Contract[C]['response'];
