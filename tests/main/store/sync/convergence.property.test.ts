// Random changes on 2 and 3 computers, each with its own folder, its own store and its own
// clock (running fast or slow), with a sync service copying files between the folders in
// random orders and at random moments. In the end every computer shows the same document,
// and no acknowledged change is lost.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { makeReference } from '../../../fixtures/documents';
import { EDITED_FIELDS, expectNothingLost, type Acked } from './convergence-model';
import { deliver, openComputer, removeFolder, tempFolder, type Computer } from './sync-helpers';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach(removeFolder));

type Step =
  | { kind: 'add'; on: number; delay: number }
  | { kind: 'edit'; on: number; pick: number; field: number; delay: number }
  | { kind: 'remove'; on: number; pick: number; delay: number }
  | { kind: 'deliver'; from: number; to: number }
  | { kind: 'absorb'; on: number }
  | { kind: 'compact'; on: number }
  | { kind: 'restart'; on: number };

function steps(devices: number): fc.Arbitrary<Step[]> {
  const on = fc.integer({ min: 0, max: devices - 1 });
  const delay = fc.integer({ min: 0, max: 5000 });
  const step: fc.Arbitrary<Step> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('add' as const), on, delay }) },
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), on, pick: fc.nat(), field: fc.nat(EDITED_FIELDS.length - 1), delay }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), on, pick: fc.nat(), delay }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('deliver' as const), from: on, to: on }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('absorb' as const), on }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('compact' as const), on }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const), on }) },
  );
  return fc.array(step, { minLength: 10, maxLength: 60 });
}

function run(devices: number, plan: Step[], skews: number[]): void {
  let unique = 0;
  const acked: Acked[] = [];
  const open = (index: number, start?: string) => openComputer(dirs[index] as string, `device-${index}`, `Computer ${index}`, start ? { start } : {});
  const dirs = Array.from({ length: devices }, (_, index) => tempFolder(`prop-${index}`));
  folders.push(...dirs);
  const computers: Computer[] = dirs.map((_, index) => open(index, new Date(Date.UTC(2026, 2, 2, 8) + (skews[index] ?? 0)).toISOString()));
  for (const step of plan) {
    if (step.kind === 'deliver') {
      if (step.from !== step.to) deliver(dirs[step.from] as string, dirs[step.to] as string);
      continue;
    }
    const computer = computers[step.on] as Computer;
    if (step.kind === 'absorb') computer.store.absorbExternal();
    else if (step.kind === 'compact') computer.store.compact();
    else if (step.kind === 'restart') {
      const now = computer.clock.now().toISOString();
      computer.store.close();
      computers[step.on] = open(step.on, now);
    } else {
      computer.clock.advance(step.delay);
      const people = computer.store.document.references;
      if (step.kind === 'add') {
        unique += 1;
        const id = `p${unique}`;
        // Ranked after everyone, as the app adds a person.
        const rank = people.reduce((highest, record) => Math.max(highest, record.rank + 1), 0);
        computer.store.update((document) => ({ ...document, references: [...document.references, makeReference({ id, name: `Person ${id}`, rank })] }));
        acked.push({ kind: 'add', id });
      } else if (people.length > 0) {
        const target = people[step.pick % people.length];
        if (target === undefined) continue;
        if (step.kind === 'remove') {
          computer.store.update((document) => ({ ...document, references: document.references.filter((record) => record.id !== target.id) }));
          acked.push({ kind: 'remove', id: target.id });
        } else {
          unique += 1;
          const field = EDITED_FIELDS[step.field] ?? 'notes';
          const value = field === 'rank' ? 10_000 + unique : `${field} ${unique}`;
          const replaced = (target as Record<string, unknown>)[field];
          computer.store.update((document) => {
            const references = document.references.map((record) => (record.id === target.id ? { ...record, [field]: value } : record));
            // As the app keeps them: people in their order of strength.
            return { ...document, references: field === 'rank' ? references.sort((a, b) => a.rank - b.rank) : references };
          });
          acked.push({ kind: 'edit', id: target.id, field, value, replaced });
        }
      }
    }
  }
  // Quiet at last: the sync service delivers everything everywhere, each computer looks,
  // and (as it does when idle) folds what it merged into its snapshot, which others read.
  for (let round = 0; round < 3; round += 1) {
    for (let from = 0; from < devices; from += 1) for (let to = 0; to < devices; to += 1) if (from !== to) deliver(dirs[from] as string, dirs[to] as string);
    computers.forEach((computer) => {
      computer.store.absorbExternal();
      computer.store.compact();
    });
  }
  const first = computers[0]?.store.document;
  for (const computer of computers) expect(computer.store.document).toEqual(first);
  if (first) expectNothingLost(first, acked);
  // What each computer saved is what it opens with next time.
  computers.forEach((computer, index) => {
    computer.store.close();
    expect(open(index).store.document).toEqual(first);
  });
}

describe('computers sharing a folder through a sync service', () => {
  it.each([2, 3])('converge to one document and lose no acknowledged change (%i computers)', (devices) => {
    fc.assert(
      fc.property(steps(devices), fc.array(fc.integer({ min: -120_000, max: 120_000 }), { minLength: devices, maxLength: devices }), (plan, skews) => {
        run(devices, plan, skews);
      }),
      { numRuns: devices === 2 ? 25 : 15 },
    );
  });
});
