// `npm run bench`: how Rekindle keeps up at a light, a busy and a very heavy user's scale.
// It reports and asserts nothing about time; a failure here means a step could not run.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { toIsoDate } from '../../shared/dates';
import { documentSchema } from '../../shared/schema/document';
import { CHROMIUM_PATH, closeBrowser } from '../e2e/harness';
import { launchBaselineBrowser, measureBoard, pagePdfBaseline } from './browser-metrics';
import { measureMainMemory } from './main-memory';
import { generateDocument, SIZES, type SizeName } from './generate';
import {
  measureExports,
  measureJournal,
  measureJsonWrite,
  measureOpen,
  measureToday,
  measureWriteBreakdown,
  measureWrites,
  makeBenchDir,
  sheetModel,
  writeDataFile,
} from './node-metrics';
import { markdownReport, plainReport, writeJson } from './report';
import { evaluateTargets, type BenchResults, type SizeResults } from './results';
import { chromiumVersion, machineInfo, MIN_SAMPLES, summarize } from './stats';
import { measureMergeRecords, measureOpenTwoDevices } from './sync-metrics';

const NOW = new Date('2026-03-10T10:00:00+01:00');
const TODAY = toIsoDate(NOW);

/**
 * Samples per figure: at least MIN_SAMPLES of each, more where a run is cheap. Appends are
 * timed in the same loop as their baseline, so they get many.
 */
const RUNS: Record<SizeName, { append: number; today: number; dragLimitMs: number }> = {
  S: { append: 200, today: 200, dragLimitMs: 30_000 },
  M: { append: 200, today: 50, dragLimitMs: 60_000 },
  L: { append: 100, today: MIN_SAMPLES, dragLimitMs: 60_000 },
};
/** Main started afresh over L data for each sample: seconds each, and memory varies little. */
const MEMORY_RUNS = 5;

/** Every figure the bench can take; `npm run bench -- --only=drag,exports` takes just those. */
const FIGURES = ['open', 'writes', 'journal', 'json', 'today', 'sync', 'exports', 'launch', 'render', 'drag', 'interact', 'memory'] as const;
type Figure = (typeof FIGURES)[number];

function requestedList(variable: string | undefined, all: readonly string[]): string[] {
  const asked = (variable ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = asked.filter((name) => !all.includes(name));
  if (unknown.length > 0) throw new Error(`unknown: ${unknown.join(', ')} (choose from ${all.join(', ')})`);
  return asked.length > 0 ? asked : [...all];
}

// Set by scripts/bench.mjs from --only and --sizes; a run with either leaves docs/ alone.
const figures = new Set(requestedList(process.env.BENCH_ONLY, FIGURES) as Figure[]);
const sizes = requestedList(process.env.BENCH_SIZES?.toUpperCase(), ['S', 'M', 'L']) as SizeName[];
const fullRun = sizes.length === 3 && figures.size === FIGURES.length;
const wants = (figure: Figure) => figures.has(figure);

const startedAt = performance.now();
const partial: Omit<BenchResults, 'targets'> = {
  generatedAt: new Date().toISOString(),
  machine: machineInfo(chromiumVersion(CHROMIUM_PATH)),
  sizes: {},
  baselines: {},
  durationSeconds: 0,
};

function fileSize(document: ReturnType<typeof generateDocument>): number {
  const dir = makeBenchDir();
  try {
    return writeDataFile(dir, document);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs one step; a step that fails is recorded and the bench goes on with the next. */
async function step(size: SizeResults, name: string, run: () => Promise<void>): Promise<void> {
  const started = performance.now();
  try {
    await run();
    console.log(`[bench] ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    const message = `${name}: ${error instanceof Error ? error.message : String(error)}`;
    size.errors.push(message);
    console.error(`[bench] ${message}`);
  }
}

describe(`Rekindle at ${sizes.join(', ')}`, () => {
  afterAll(async () => {
    await closeBrowser();
    const results: BenchResults = { ...partial, durationSeconds: (performance.now() - startedAt) / 1000, targets: [] };
    results.targets = evaluateTargets(results);
    writeJson(resolve('bench-results/latest.json'), results);
    if (fullRun) writeJson(resolve('docs/bench-latest.json'), results);
    console.log(`\n${plainReport(results)}\n\nMarkdown:\n\n${markdownReport(results)}\n`);
  });

  for (const name of sizes) {
    it(`measures size ${name}`, async () => {
      const document = generateDocument(SIZES[name], NOW);
      documentSchema.parse(document);
      const size: SizeResults = {
        counts: { people: document.references.length, applications: document.applications.length, requests: document.requests.length },
        fileBytes: fileSize(document),
        errors: [],
      };
      partial.sizes[name] = size;
      if (wants('open')) {
        await step(size, `${name} open`, async () => {
          const open = await measureOpen(document, MIN_SAMPLES);
          size.open = open.measured;
          size.openBaseline = open.baseline;
        });
      }
      if (wants('writes')) {
        await step(size, `${name} writes`, async () => {
          size.writes = await measureWrites(document, NOW, 40);
        });
      }
      if (wants('journal')) {
        await step(size, `${name} journal`, async () => {
          size.journal = await measureJournal(document, NOW, RUNS[name].append, MIN_SAMPLES);
        });
      }
      if (wants('json')) {
        await step(size, `${name} json write`, async () => {
          size.jsonWrite = await measureJsonWrite(document, MIN_SAMPLES);
          size.breakdown = await measureWriteBreakdown(document, MIN_SAMPLES);
        });
      }
      if (wants('today')) {
        await step(size, `${name} today`, async () => {
          size.today = await measureToday(document, TODAY, RUNS[name].today);
        });
      }
      if (name === 'M' && wants('sync')) {
        await step(size, 'M shared folder', async () => {
          const perJournal = 500;
          size.sync = {
            merge10k: summarize(measureMergeRecords(document, MIN_SAMPLES)),
            openTwoDevices: summarize(measureOpenTwoDevices(document, MIN_SAMPLES, perJournal)),
            perJournal,
          };
        });
      }
      if (name === 'M' && wants('exports')) {
        await step(size, 'exports', async () => {
          const browser = await launchBaselineBrowser();
          const pagePdf = await pagePdfBaseline(browser, sheetModel(document, 5, TODAY));
          try {
            const measured = await measureExports(document, NOW, MIN_SAMPLES, pagePdf.run);
            partial.exports = measured.exports;
            partial.baselines.pagePdfSheet5 = measured.baseline;
          } finally {
            await pagePdf.close();
            await browser.close();
          }
        });
      }
      const board = {
        launch: wants('launch') ? MIN_SAMPLES : 0,
        render: wants('render') ? MIN_SAMPLES : 0,
        drag: wants('drag') ? MIN_SAMPLES : 0,
        dragLimitMs: RUNS[name].dragLimitMs,
        interact: wants('interact'),
      };
      if (board.launch + board.render + board.drag > 0 || board.interact) {
        await step(size, `${name} board`, async () => {
          size.board = await measureBoard(document, NOW, board);
        });
      }
      if (name === 'L' && wants('memory')) {
        await step(size, 'L main memory', async () => {
          size.memory = await measureMainMemory(document, MEMORY_RUNS);
        });
      }
    });
  }
});
