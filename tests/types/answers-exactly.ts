// Compile-time checks of the contract's hold on answers, type-checked by `tsc -p tests` (and
// by tests/tooling/answer-types.test.ts, which also proves each refusal is the one meant):
// every `@ts-expect-error` below must meet an error, or tsc fails with "unused directive".
import { defineHandlers } from '../../main/handlers/define';
import type { DocumentPatch } from '../../shared/patch';
import { fakeBridge } from '../fixtures/fake-bridge';

const patch: DocumentPatch = {};
/** Not fresh literals: plain assignability would let their extra fields through. */
const withExtra = { patch, request: { id: 'req-1' } };
const entry = { name: 'Aylin', currentTitle: '', organisation: '', phone: '', email: '', relationship: '', internalId: 'ref-1' };
const preview = { header: { name: 'Jana', contact: [] }, title: 'References', asOf: '', entries: [entry] };

export const exact = defineHandlers({
  'requests:move': () => ({ patch }),
  'references:save': () => ({ patch, id: 'ref-1' }),
});

export const extraField = defineHandlers({
  // @ts-expect-error An answer with a field the contract does not declare.
  'requests:move': () => withExtra,
});

export const nestedExtraField = defineHandlers({
  // @ts-expect-error An undeclared field deep inside the answer (in an array's items).
  'exports:sheetPreview': () => preview,
});

export const missingField = defineHandlers({
  // @ts-expect-error An answer without a field the contract declares (the saved record's id).
  'references:save': () => ({ patch }),
});

export const exactFake = fakeBridge({
  'references:save': async () => ({ ok: true, value: { patch, id: 'ref-1' } }),
  'backup:open': async () => ({ ok: true, value: null }),
});

export const fakeWithExtraField = fakeBridge({
  // @ts-expect-error A fake whose answer carries a field the contract does not declare.
  'requests:move': async () => ({ ok: true as const, value: withExtra }),
});

export const fakeWithWrongShape = fakeBridge({
  // @ts-expect-error A fake that answers the new document where the contract declares a patch.
  'requests:move': async () => ({ ok: true, value: { document: {} } }),
});
