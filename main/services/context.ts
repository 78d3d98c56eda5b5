// What every use case may need from the outside world, injected so services run in plain
// Node tests with a fixed clock and predictable ids.
import type { ErrorCode, FieldIssue } from '../../shared/ipc/result';

export interface ServiceContext {
  now(): Date;
  newId(): string;
}

/** A failure the user can act on; ipc.ts turns it into a typed error for the renderer. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function createServiceContext(now: () => Date = () => new Date()): ServiceContext {
  return { now, newId: () => globalThis.crypto.randomUUID() };
}
