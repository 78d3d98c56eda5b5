// What every use case may need from the outside world, injected so services run in plain
// Node tests with a fixed clock and predictable ids.
export interface ServiceContext {
  now(): Date;
  newId(): string;
}

// DomainError lives in main/errors.ts; services keep importing it from here.
export { DomainError } from '../errors';

export function createServiceContext(now: () => Date = () => new Date()): ServiceContext {
  return { now, newId: () => globalThis.crypto.randomUUID() };
}
