// What one bench run found, size by size, and its targets: each measured figure against
// its limit (a share of a baseline of the same run where there is one), met or missed.
import type { BoardResults } from './browser-metrics';
import type { SizeName } from './generate';
import type { MainMemory } from './main-memory';
import type { ExportResults, JournalResults, WriteBreakdown, WriteResults } from './node-metrics';
import { formatMs as ms, isNoisy, type MachineInfo, type Summary } from './stats';

export interface SizeResults {
  counts: { people: number; applications: number; requests: number };
  fileBytes: number;
  open?: Summary;
  /** Reading the same snapshot and JSON.parse, timed in turns with open. */
  openBaseline?: Summary;
  writes?: WriteResults;
  jsonWrite?: Summary;
  breakdown?: WriteBreakdown;
  journal?: JournalResults;
  today?: { summary: Summary; items: number };
  board?: BoardResults;
  /** A data folder other computers write too (measured at M). */
  sync?: SyncResults;
  /** Main started over this size's data (measured at L). */
  memory?: MainMemory;
  errors: string[];
}

export interface SyncResults {
  /** One absorbExternal() folding in 10,000 journal records of another computer. */
  merge10k: Summary;
  /** DataStore.open of this computer's snapshot beside two other computers' journals. */
  openTwoDevices: Summary;
  /** Records in each of the two journals opened beside the snapshot. */
  perJournal: number;
}

export interface BenchResults {
  generatedAt: string;
  machine: MachineInfo;
  sizes: Partial<Record<SizeName, SizeResults>>;
  exports?: ExportResults;
  baselines: { pagePdfSheet5?: Summary };
  targets: TargetResult[];
  durationSeconds: number;
}

export interface TargetResult {
  name: string;
  /** Which statistic is compared, e.g. "p95" or "median". */
  statistic: string;
  measured: number | null;
  limit: number | null;
  /** measured / limit: under 1 meets the target. */
  ratio: number | null;
  met: boolean | null;
  /** The unit of measured and limit. */
  unit: 'ms' | 'MB';
  /** What the limit is derived from when it is a share of a baseline of the same run. */
  baseline: string | null;
  /** The baseline (or, without one, the figure itself) spread over NOISY_SPREAD in this run. */
  noisy: boolean;
}

interface TargetInput {
  statistic: string;
  measured: number | undefined | null;
  limit: number | undefined | null;
  unit?: 'ms' | 'MB';
  baseline?: string;
  /** The summaries whose spread decides whether the run was too noisy to trust. */
  noiseFrom?: (Summary | undefined | null)[];
}

function target(name: string, input: TargetInput): TargetResult {
  const { statistic, measured, limit } = input;
  const common = { name, statistic, unit: input.unit ?? 'ms', baseline: input.baseline ?? null, noisy: (input.noiseFrom ?? []).some(isNoisy) } as const;
  if (measured === undefined || measured === null || limit === undefined || limit === null || Number.isNaN(measured)) {
    return { ...common, measured: null, limit: null, ratio: null, met: null };
  }
  return { ...common, measured, limit, ratio: measured / limit, met: measured < limit };
}

/** The longest renderer task over the actions the targets name: opening, moving, searching, Today. */
export function longestTask(board: BoardResults | undefined): number | null {
  if (!board || !board.longTasks.open.supported) return null;
  const { open, move, search, today } = board.longTasks;
  return Math.max(open.longest, move?.longest ?? 0, search?.longest ?? 0, today?.longest ?? 0);
}

function launchTarget(results: Omit<BenchResults, 'targets'>, size: SizeName, limit: number): TargetResult {
  const launch = results.sizes[size]?.board?.launch;
  return target(`${size}: launch to first card, the app's part < ${ms(limit)}`, {
    statistic: 'median',
    measured: launch?.appPart.median,
    limit,
    noiseFrom: [launch?.transport, launch?.appPart],
  });
}

export function evaluateTargets(results: Omit<BenchResults, 'targets'>): TargetResult[] {
  const m = results.sizes.M;
  const l = results.sizes.L;
  const pagePdf = results.baselines.pagePdfSheet5;
  return [
    launchTarget(results, 'S', 300),
    launchTarget(results, 'M', 600),
    launchTarget(results, 'L', 2000),
    target('M: drag round trip < 50 ms', { statistic: 'median', measured: m?.board?.drag?.total.median, limit: 50, noiseFrom: [m?.board?.drag?.total] }),
    target('L: drag round trip < 100 ms', { statistic: 'median', measured: l?.board?.drag?.total.median, limit: 100, noiseFrom: [l?.board?.drag?.total] }),
    target('M: no renderer task over 50 ms (open, move, search, Today)', { statistic: 'longest', measured: longestTask(m?.board), limit: 50 }),
    target('L: no renderer task over 100 ms (open, move, search, Today)', { statistic: 'longest', measured: longestTask(l?.board), limit: 100 }),
    target('M: a change written through (requests:move) < 5 ms', { statistic: 'p95', measured: m?.writes?.move.p95, limit: 5, noiseFrom: [m?.journal?.appendBaseline] }),
    target('L: a change written through (requests:move) < 5 ms', { statistic: 'p95', measured: l?.writes?.move.p95, limit: 5, noiseFrom: [l?.journal?.appendBaseline] }),
    target('M: 5-person PDF sheet at most 0.5× Chromium page.pdf()', {
      statistic: 'median',
      measured: results.exports?.sheet5Pdf.median,
      limit: pagePdf ? pagePdf.median * 0.5 : null,
      baseline: 'page.pdf() × 0.5',
      noiseFrom: [pagePdf],
    }),
    target("L: main's resident memory < 250 MB", { statistic: 'median', measured: l?.memory?.rss.median, limit: 250, unit: 'MB' }),
    target('L: open the data file < 400 ms', { statistic: 'median', measured: l?.open?.median, limit: 400, noiseFrom: [l?.openBaseline] }),
    // A shared folder keeps to the durable store's open target: folding in another computer's
    // journal, and opening beside two of them, each within what opening may take at all.
    target('M: merge 10,000 journal records from another computer < 400 ms', { statistic: 'p95', measured: m?.sync?.merge10k.p95, limit: 400, noiseFrom: [m?.sync?.merge10k] }),
    target("M: open beside two other computers' journals < 400 ms", { statistic: 'p95', measured: m?.sync?.openTwoDevices.p95, limit: 400, noiseFrom: [m?.sync?.openTwoDevices] }),
    target('M: board first render < 300 ms', { statistic: 'median', measured: m?.board?.firstRender?.median, limit: 300, noiseFrom: [m?.board?.firstRender] }),
  ];
}
