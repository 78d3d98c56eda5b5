// Payload generators for the IPC property tests: random values shaped after each channel's
// sample, and values that break a bound (long strings, deep nesting, unknown or prototype keys).
import fc from 'fast-check';
import { z } from 'zod';
import type { InvokeChannel } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { LIMITS } from '../../shared/schema/fields';
import { VALID } from './ipc-samples';

const OVER_EVERY_BOUND = Math.max(...Object.values(LIMITS).filter((limit) => limit < LIMITS.records), 4_096) + 1;

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'];

/** The keys a channel's request object accepts, so malformed payloads can look nearly right. */
function knownKeys(channel: InvokeChannel): string[] {
  const request: unknown = contract[channel].request;
  return request instanceof z.ZodObject ? Object.keys(request.shape) : [];
}

type Path = (string | number)[];

/** Paths of every string inside a value (object keys and array indexes). */
function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  }
  return [];
}

function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = replaceAt(copy[head], rest, replacement);
  return copy;
}

/** Adds `key` as an own property, even "__proto__", as a structured clone from the renderer does. */
function withOwnKey(base: unknown, key: string, value: unknown): unknown {
  const rest = JSON.stringify(base ?? {}).slice(1, -1);
  return JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value) ?? 'null'}${rest ? `, ${rest}` : ''}}`) as unknown;
}

function nested(depth: number, key: string, asArray: boolean): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level += 1) value = asArray ? [value] : { [key]: value };
  return value;
}

/** Payloads every channel must refuse as invalid input. */
export function refusedPayloads(channel: InvokeChannel): fc.Arbitrary<unknown> {
  const base: unknown = VALID[channel];
  const paths = stringPaths(base);
  const arbitraries: fc.Arbitrary<unknown>[] = [
    // Unknown keys, prototype-pollution keys among them, next to otherwise valid fields.
    fc
      .tuple(fc.constantFrom(...POLLUTION_KEYS, 'isAdmin', 'path'), fc.jsonValue())
      .map(([key, value]) => withOwnKey(base, key, { polluted: true, value })),
    // Deeply nested values where something flat belongs.
    fc
      .tuple(fc.integer({ min: 1, max: 3_000 }), fc.constantFrom(...knownKeys(channel), 'x'), fc.boolean())
      .map(([depth, key, asArray]) => nested(depth, key, asArray))
      .filter((payload) => !contract[channel].request.safeParse(payload).success),
  ];
  if (paths.length > 0) {
    // Any one string in an otherwise valid payload, made longer than every bound.
    arbitraries.push(
      fc
        .tuple(fc.constantFrom(...paths), fc.integer({ min: OVER_EVERY_BOUND, max: 3 * OVER_EVERY_BOUND }))
        .map(([path, length]) => replaceAt(base, path, 'x'.repeat(length))),
    );
  }
  if (base === undefined) arbitraries.push(fc.anything().filter((payload) => payload !== undefined));
  return fc.oneof(...arbitraries);
}

/** Anything at all, nearly-right objects with wrong types, and the refused payloads above. */
export function randomPayloads(channel: InvokeChannel): fc.Arbitrary<unknown> {
  const keys = [...knownKeys(channel), ...POLLUTION_KEYS];
  return fc.oneof(
    fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    }),
    fc.dictionary(fc.constantFrom(...keys), fc.anything(), { maxKeys: keys.length }),
    refusedPayloads(channel),
  );
}
