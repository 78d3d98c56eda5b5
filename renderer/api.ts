// The only reader of window.api. It turns each typed Result into a value or an ApiError,
// so components await values and catch one kind of error.
import type { RekindleApi } from '../shared/ipc/api';
import type { DocumentPatch } from '../shared/patch';
import type { RekindleDocument } from '../shared/schema/document';
import { applyDocumentPatch } from './state/app-state';
import type { AppCommand } from '../shared/ipc/channels';
import type { ErrorCode, FieldIssue, Result } from '../shared/ipc/result';

declare global {
  interface Window {
    api: RekindleApi;
  }
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** What a caller gets for a change: main's patch, already applied, as the new document. */
export type ClientValue<T> = T extends { patch: DocumentPatch } ? Omit<T, 'patch'> & { document: RekindleDocument } : T;
type Unwrapped<F> = F extends (...args: infer Args) => Promise<Result<infer Value>> ? (...args: Args) => Promise<ClientValue<Value>> : never;
type Feature = Exclude<keyof RekindleApi, 'onCommand'>;
export type ClientApi = { [F in Feature]: { [V in keyof RekindleApi[F]]: Unwrapped<RekindleApi[F][V]> } };

function hasPatch(value: unknown): value is { patch: DocumentPatch } {
  return typeof value === 'object' && value !== null && 'patch' in value;
}

async function unwrap(pending: Promise<Result<unknown>>): Promise<unknown> {
  const result = await pending;
  if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.issues);
  if (!hasPatch(result.value)) return result.value;
  // Applied here, at once and in the order main answered, so the window's copy never
  // misses a change even when several are in flight.
  const { patch, ...rest } = result.value;
  return { ...rest, document: applyDocumentPatch(patch) };
}

/** The bridge's methods by feature, as plain records: the proxy below looks them up by name. */
function bridgeMethod(feature: string, verb: string): ((...args: unknown[]) => Promise<Result<unknown>>) | null {
  const { onCommand: _commands, ...features } = window.api;
  const groups: Readonly<Record<string, Readonly<Record<string, unknown>>>> = features;
  const method = Object.hasOwn(groups, feature) ? groups[feature]?.[verb] : undefined;
  if (typeof method !== 'function') return null;
  return (...args) => Promise.resolve(Reflect.apply(method, undefined, args));
}

/** `api.feature.verb(payload)` resolves to the value or rejects with an ApiError. */
export const api = new Proxy({} as ClientApi, {
  get(_target, feature: string) {
    return new Proxy(
      {},
      {
        get(_inner, verb: string) {
          return (...args: unknown[]) => {
            const method = bridgeMethod(feature, verb);
            if (!method) return Promise.reject(new ApiError('unknown_channel', `${feature}:${verb}`));
            return unwrap(method(...args));
          };
        },
      },
    );
  },
});

export function onCommand(listener: (command: AppCommand) => void): () => void {
  return window.api.onCommand(listener);
}
