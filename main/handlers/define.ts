// How a group of handlers is declared: each takes its channel's parsed request and answers
// exactly what the contract declares. An undeclared field in an answer, at any depth, is a
// compile error (shared/ipc/exact.ts), not a leak to the window.
import type { InvokeChannel } from '../../shared/ipc/channels';
import type { ParsedRequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { AnswersExactly } from '../../shared/ipc/exact';

type Handler<C extends InvokeChannel> = (payload: ParsedRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
type Responses<H> = { [C in keyof H]: C extends InvokeChannel ? ResponseOf<C> : never };

/** A group of channel handlers, each held to its channel's request and exact response. */
export function defineHandlers<H extends { [C in keyof H]: C extends InvokeChannel ? Handler<C> : never }>(
  handlers: H & AnswersExactly<H, Responses<H>>,
): H {
  return handlers;
}
