// How a group of handlers is declared: each answers exactly what the contract declares for
// its channel. TypeScript lets a value with extra fields pass for a narrower type unless it
// is a fresh literal, so a handler could leak a field (a whole document, an internal id)
// that no schema names; defineHandlers makes that a compile error, at any depth.
import type { InvokeChannel } from '../../shared/ipc/channels';
import type { ParsedRequestOf, ResponseOf } from '../../shared/ipc/contract';

/** The members of the declared union D that the actual value A is one of. */
type MatchingMember<A, D> = D extends unknown ? ([A] extends [D] ? D : never) : never;

/** The names of fields A has and D does not declare, searched through objects and arrays; never when none. */
export type UndeclaredFields<A, D> = [A] extends [D]
  ? [D] extends [A]
    ? never
    : A extends unknown
      ? UndeclaredIn<A, MatchingMember<A, D>>
      : never
  : never;

type UndeclaredIn<A, D> = A extends readonly (infer Item)[]
  ? D extends readonly (infer Declared)[]
    ? UndeclaredFields<Item, Declared>
    : never
  : A extends object
    ? { [K in keyof A]-?: K extends keyof D ? UndeclaredFields<A[K], D[K]> : K }[keyof A]
    : never;

type AnswerOf<H> = H extends (...args: never[]) => infer R ? Awaited<R> : never;

type Handler<C extends InvokeChannel> = (payload: ParsedRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;

/** Adds a property no function has, named after the problem, to a handler that answers undeclared fields. */
type Exactly<H> = {
  [C in keyof H]: C extends InvokeChannel
    ? [UndeclaredFields<AnswerOf<H[C]>, ResponseOf<C>>] extends [never]
      ? unknown
      : { 'answers fields the contract does not declare': UndeclaredFields<AnswerOf<H[C]>, ResponseOf<C>> }
    : never;
};

/** A group of channel handlers, each held to its channel's request and exact response. */
export function defineHandlers<H extends { [C in keyof H]: C extends InvokeChannel ? Handler<C> : never }>(handlers: H & Exactly<H>): H {
  return handlers;
}
