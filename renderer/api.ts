// The only reader of window.api. It turns each typed Result into a value or an ApiError,
// so components await values and catch one kind of error.
import type { RekindleApi } from '../shared/ipc/api';
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

type Unwrapped<F> = F extends (...args: infer Args) => Promise<Result<infer Value>> ? (...args: Args) => Promise<Value> : never;
type Feature = Exclude<keyof RekindleApi, 'onCommand'>;
export type ClientApi = { [F in Feature]: { [V in keyof RekindleApi[F]]: Unwrapped<RekindleApi[F][V]> } };

async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message, result.error.issues);
}

/** `api.feature.verb(payload)` resolves to the value or rejects with an ApiError. */
export const api = new Proxy({} as ClientApi, {
  get(_target, feature: string) {
    return new Proxy(
      {},
      {
        get(_inner, verb: string) {
          return (...args: unknown[]) => {
            const group = (window.api as unknown as Record<string, Record<string, (...a: unknown[]) => Promise<Result<unknown>>>>)[feature];
            const method = group?.[verb];
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
