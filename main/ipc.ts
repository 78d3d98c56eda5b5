// The only user of ipcMain. Every call is checked twice at the boundary: first the sender
// frame (the app's own top-level page), then the payload against the contract's schema.
// Handlers only ever see parsed, bounded input, and every answer is a typed Result.
import type { z } from 'zod';
import { INVOKE_CHANNELS, type InvokeChannel } from '../shared/ipc/channels';
import { contract, type ParsedRequestOf, type ResponseOf } from '../shared/ipc/contract';
import type { ApiErrorPayload, Result } from '../shared/ipc/result';
import { DomainError } from './services/context';

export type IpcHandlers = {
  [C in InvokeChannel]: (payload: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

export interface SenderFrameLike {
  url: string;
  parent: unknown;
}

export interface IpcEventLike {
  senderFrame: SenderFrameLike | null | undefined;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, payload: unknown) => Promise<unknown>): void;
}

export interface IpcOptions {
  isTrustedUrl: (url: string) => boolean;
  logError?: (error: unknown) => void;
}

function failure(error: ApiErrorPayload): Result<never> {
  return { ok: false, error };
}

function issuesOf(error: z.ZodError) {
  return error.issues.slice(0, 50).map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code === 'custom' ? issue.message : issue.code,
  }));
}

export function isTrustedSender(event: IpcEventLike, isTrustedUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null && frame.parent !== undefined) return false;
  return isTrustedUrl(frame.url);
}

/** Checks, parses and runs one call. Never throws: every failure becomes a typed error. */
export async function dispatch(
  channel: string,
  event: IpcEventLike,
  payload: unknown,
  handlers: IpcHandlers,
  options: IpcOptions,
): Promise<Result<unknown>> {
  if (!isTrustedSender(event, options.isTrustedUrl)) {
    return failure({ code: 'forbidden_sender', message: 'This request did not come from the Rekindle window.' });
  }
  if (!(INVOKE_CHANNELS as readonly string[]).includes(channel)) {
    return failure({ code: 'unknown_channel', message: `There is no channel named ${channel.slice(0, 64)}.` });
  }
  const name = channel as InvokeChannel;
  const parsed = contract[name].request.safeParse(payload);
  if (!parsed.success) {
    return failure({ code: 'invalid_input', message: 'The request was refused: some values are not valid.', issues: issuesOf(parsed.error) });
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof DomainError) {
      return failure({ code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) });
    }
    options.logError?.(error);
    return failure({ code: 'internal', message: 'Something went wrong inside Rekindle; nothing was changed.' });
  }
}

export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: IpcHandlers, options: IpcOptions): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, payload) => dispatch(channel, event, payload, handlers, options));
  }
}
