// `npm run bench`: how Rekindle keeps up at a light, a busy and a very heavy user's scale.
// It reports and asserts nothing about time; a failure here means a step could not run.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { toIsoDate } from '../../shared/dates';
import { documentSchema } from '../../shared/schema/document';
import { CHROMIUM_PATH, closeBrowser } from '../e2e/harness';
import { launchBaselineBrowser, measureBoard, measurePagePdf } from './browser-metrics';
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
import { evaluateTargets, markdownReport, plainReport, writeJson, type BenchResults, type SizeResults } from './report';
import { chromiumVersion, machineInfo, summarize } from './stats';
import { measureMergeRecords, measureOpenTwoDevices } from './sync-metrics';

const NOW = new Date('2026-03-10T10:00:00+01:00');
const TODAY = toIsoDate(NOW);

/**
 * Repetitions per size, chosen to keep the run within minutes on 2 cores. The board at M
 * and L takes seconds per render and per move (see docs/bench-latest.json), so it gets few.
 */
const RUNS: Record<
  SizeName,
  { open: number; write: number; json: number; breakdown: number; append: number; compact: number; today: number; render: number; drag: number; dragLimitMs: number }
> = {
  S: { open: 30, write: 40, json: 30, breakdown: 10, append: 200, compact: 10, today: 200, render: 8, drag: 5, dragLimitMs: 30_000 },
  M: { open: 12, write: 40, json: 20, breakdown: 10, append: 200, compact: 5, today: 50, render: 4, drag: 2, dragLimitMs: 60_000 },
  L: { open: 5, write: 40, json: 4, breakdown: 3, append: 100, compact: 2, today: 10, render: 1, drag: 1, dragLimitMs: 60_000 },
};
const EXPORT_RUNS = 15;
const SYNC_RUNS = 20;

// BENCH_SIZES=S,M measures only those sizes (and then leaves docs/bench-latest.json alone).
const requested = (process.env.BENCH_SIZES ?? 'S,M,L').split(',').map((name) => name.trim().toUpperCase());
const sizes = (['S', 'M', 'L'] as const).filter((name) => requested.includes(name));
const fullRun = sizes.length === 3;

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

describe('Rekindle at S, M and L', () => {
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
      const runs = RUNS[name];
      const document = generateDocument(SIZES[name], NOW);
      documentSchema.parse(document);
      const size: SizeResults = {
        counts: { people: document.references.length, applications: document.applications.length, requests: document.requests.length },
        fileBytes: fileSize(document),
        errors: [],
      };
      partial.sizes[name] = size;
      await step(size, `${name} open`, async () => {
        size.open = await measureOpen(document, runs.open);
      });
      await step(size, `${name} writes`, async () => {
        size.writes = await measureWrites(document, NOW, runs.write);
      });
      await step(size, `${name} journal`, async () => {
        size.journal = await measureJournal(document, NOW, runs.append, runs.compact);
      });
      await step(size, `${name} json write`, async () => {
        size.jsonWrite = await measureJsonWrite(document, runs.json);
        size.breakdown = await measureWriteBreakdown(document, runs.breakdown);
      });
      await step(size, `${name} today`, async () => {
        size.today = await measureToday(document, TODAY, runs.today);
      });
      if (name === 'M') {
        await step(size, 'M shared folder', async () => {
          const perJournal = 500;
          size.sync = {
            merge10k: summarize(measureMergeRecords(document, SYNC_RUNS)),
            openTwoDevices: summarize(measureOpenTwoDevices(document, SYNC_RUNS, perJournal)),
            perJournal,
          };
        });
        await step(size, 'exports', async () => {
          partial.exports = await measureExports(document, NOW, EXPORT_RUNS);
          const browser = await launchBaselineBrowser();
          try {
            partial.baselines.pagePdfSheet5 = await measurePagePdf(browser, sheetModel(document, 5, TODAY), EXPORT_RUNS);
          } finally {
            await browser.close();
          }
        });
      }
      await step(size, `${name} board`, async () => {
        size.board = await measureBoard(document, NOW, runs);
      });
    });
  }
});
