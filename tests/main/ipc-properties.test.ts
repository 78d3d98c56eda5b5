// Whatever a compromised or buggy renderer sends, every channel answers with a typed result,
// never throws, and a refused request changes nothing: not the data file, not the document
// in memory, and nothing outside (no link opened, no dialog shown, no file written).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { randomPayloads, refusedPayloads } from './ipc-payloads';
import { VALID } from './ipc-samples';
import { expectTypedRefusal, send, useRecordingCore, type Observation } from './ipc-world';

const RUNS = 50;
const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'];

useRecordingCore();

function expectOnlyAllowedLinksOpened({ result, outside: done }: Observation): void {
  const reportedOpen = result.ok && (result.value as { opened?: unknown }).opened === true;
  const links = done.filter((entry) => entry.startsWith('open link: '));
  expect(links).toHaveLength(reportedOpen ? 1 : 0);
  for (const link of links) expect(LINK_PROTOCOLS).toContain(new URL(link.slice('open link: '.length)).protocol);
}

describe('the sample payloads these properties start from', () => {
  it.each(INVOKE_CHANNELS)('are accepted by the contract on %s', (channel) => {
    expect(contract[channel].request.safeParse(VALID[channel]).success).toBe(true);
  });
});

describe.each(INVOKE_CHANNELS)('the %s channel under random payloads', (channel) => {
  it('answers every payload with a result, and a refusal with a typed error that changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(randomPayloads(channel), async (payload) => {
        const observation = await send(channel, payload);
        expect(typeof observation.result.ok).toBe('boolean');
        if (!observation.result.ok) expectTypedRefusal(observation);
        else if (channel === 'links:open') expectOnlyAllowedLinksOpened(observation);
        // Every answer is exactly what the contract declares: its strict schemas refuse an extra field.
        if (observation.result.ok) expect(contract[channel].response.safeParse(observation.result.value).error).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses oversized strings, deep nesting and unknown or prototype keys as invalid input', async () => {
    await fc.assert(
      fc.asyncProperty(refusedPayloads(channel), async (payload) => {
        const observation = await send(channel, payload);
        expectTypedRefusal(observation);
        expect(observation.result.ok === false && observation.result.error.code).toBe('invalid_input');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('after every random payload', () => {
  it('leaves the prototype of plain objects untouched', () => {
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
