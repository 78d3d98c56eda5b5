// The bench's own arithmetic: a verdict is only as good as the statistics and pairing
// behind it, so these are checked like any other code (the timings themselves never are).
import { describe, expect, it } from 'vitest';
import { evaluateTargets, type BenchResults } from '../bench/results';
import { summarize, timePaired, type Summary } from '../bench/stats';

function steady(median: number, spread = 0.1): Summary {
  return { runs: 20, median, p95: median * 1.2, min: median * 0.9, max: median * 1.3, spread };
}

function results(parts: Partial<Omit<BenchResults, 'targets'>>): Omit<BenchResults, 'targets'> {
  return {
    generatedAt: '2026-12-04T10:00:00.000Z',
    machine: { cpu: 'test', cores: 2, memoryGiB: 8, node: 'v20', chromium: 'test', platform: 'linux x64', loadAverage: 0 },
    sizes: {},
    baselines: {},
    durationSeconds: 1,
    ...parts,
  };
}

describe('the bench statistics', () => {
  it('gives the middle half of the runs as a share of the median', () => {
    const summary = summarize([10, 10, 10, 10, 12, 12, 12, 12, 8, 8, 8, 8, 100]);
    expect(summary.median).toBe(10);
    expect(summary.p95).toBe(100);
    expect(summary.spread).toBeCloseTo((12 - 8) / 10);
  });

  it('times a task and its baseline in turns, after warming both, counting only the measured runs', async () => {
    const calls: string[] = [];
    const paired = await timePaired(
      () => (calls.push('A'), 2),
      () => (calls.push('B'), 1),
      { runs: 3, warmup: 2 },
    );
    expect(calls.join('')).toBe('ABABABABAB');
    expect(paired.measured).toMatchObject({ runs: 3, median: 2 });
    expect(paired.baseline).toMatchObject({ runs: 3, median: 1 });
  });
});

describe('the bench targets', () => {
  it('sets the PDF limit at half of page.pdf() in the same run and marks the run noisy when that baseline spread', () => {
    const exports = { sheet5Pdf: steady(20), sheet50Pdf: steady(1), sheet5Docx: steady(1), sheet50Docx: steady(1), notes10Pdf: steady(1), firstPdfCold: 1 };
    const target = (pagePdf: Summary) =>
      evaluateTargets(results({ exports, baselines: { pagePdfSheet5: pagePdf } })).find((result) => result.name.includes('PDF'));
    expect(target(steady(50))).toMatchObject({ limit: 25, met: true, noisy: false, ratio: 0.8 });
    expect(target(steady(30, 0.4))).toMatchObject({ limit: 15, met: false, noisy: true });
  });

  it("judges launch by the app's part, not the harness's transport, and leaves unmeasured targets open", () => {
    const board = {
      launch: {
        phases: { scriptRun: steady(100), loaded: steady(900), firstRender: steady(950), firstCard: steady(1000) },
        transport: steady(800),
        appPart: steady(200),
      },
      firstRender: null,
      drag: null,
      dragError: null,
      visibleCards: 10,
      longTasks: { open: { supported: true, over50: 0, over100: 0, longest: 0, totalBlocking: 0 }, move: null, search: null, today: null },
    };
    const targets = evaluateTargets(results({ sizes: { S: { counts: { people: 1, applications: 1, requests: 1 }, fileBytes: 1, board, errors: [] } } }));
    expect(targets.find((result) => result.name.startsWith('S: launch'))).toMatchObject({ measured: 200, met: true });
    expect(targets.find((result) => result.name.startsWith('M: launch'))).toMatchObject({ measured: null, met: null });
  });
});
