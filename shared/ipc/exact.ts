// Exactness at compile time. TypeScript lets a value with extra fields pass for a narrower
// type unless it is a fresh object literal, so an answer could carry a field (a whole
// card, an internal id) that no schema names. These types find such fields at any depth;
// main's handlers and the tests' fake bridge are declared through them.

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

type AnswerOf<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never;

/**
 * For a map of functions keyed by channel: `unknown` (no constraint) where a function answers
 * exactly `Declared<C>`, and otherwise a property no function has, named after the problem,
 * so the function is refused with the undeclared fields in the message.
 */
export type AnswersExactly<H, Declared extends Record<keyof H, unknown>> = {
  [C in keyof H]: [UndeclaredFields<AnswerOf<H[C]>, Declared[C]>] extends [never]
    ? unknown
    : { 'answers fields the contract does not declare': UndeclaredFields<AnswerOf<H[C]>, Declared[C]> };
};
