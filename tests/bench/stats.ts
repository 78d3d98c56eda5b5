// Timing helpers: repeated runs summarised as median and p95, and the machine they ran on,
// so numbers from different runs are only ever compared with their own baselines.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export interface Summary {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  /**
   * The interquartile range over the median: 0.1 means the middle half of the runs lay
   * within 10% of the median's size. Above NOISY_SPREAD the machine was too busy to trust.
   */
  spread: number;
}

/** A baseline that spreads more than this was measured on a machine too busy to compare with. */
export const NOISY_SPREAD = 0.25;

/** Fewest samples a figure is summarised from; a figure that takes seconds each is the exception and says so. */
export const MIN_SAMPLES = 20;

/** Nearest-rank percentile: with few runs p95 is the slowest run, which is the honest answer. */
function percentile(sorted: readonly number[], fraction: number): number {
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1] as number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? (sorted[Math.floor(middle)] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  const spread = median > 0 ? (percentile(sorted, 0.75) - percentile(sorted, 0.25)) / median : 0;
  return { runs: sorted.length, median, p95: percentile(sorted, 0.95), min: sorted[0] as number, max: sorted[sorted.length - 1] as number, spread };
}

export function isNoisy(summary: Summary | undefined | null): boolean {
  return summary !== undefined && summary !== null && summary.spread > NOISY_SPREAD;
}

/** "850 ms", "12.4 ms", "1.20 s": a duration as the tables print it. */
export function formatMs(value: number | undefined | null): string {
  if (value === undefined || value === null) return '–';
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

export interface TimeOptions {
  runs: number;
  /** Runs before measuring (JIT, font caches), not counted. */
  warmup?: number;
  /** Work between runs that must not be timed (resetting files). */
  between?: () => void | Promise<void>;
}

async function timeOnce(task: () => unknown): Promise<number> {
  const started = performance.now();
  const own = await task();
  return typeof own === 'number' ? own : performance.now() - started;
}

export interface Paired {
  measured: Summary;
  baseline: Summary;
}

/**
 * Times a task and its baseline in turns (A B A B …) after warming both, so a burst of
 * other work on the machine lands on both alike instead of on whichever ran second.
 */
export async function timePaired(measured: () => unknown, baseline: () => unknown, options: TimeOptions): Promise<Paired> {
  const samples = { measured: [] as number[], baseline: [] as number[] };
  const warmup = options.warmup ?? 1;
  for (let index = 0; index < warmup + options.runs; index += 1) {
    await options.between?.();
    const a = await timeOnce(measured);
    await options.between?.();
    const b = await timeOnce(baseline);
    if (index >= warmup) {
      samples.measured.push(a);
      samples.baseline.push(b);
    }
  }
  return { measured: summarize(samples.measured), baseline: summarize(samples.baseline) };
}

/** Times `task` with performance.now(); `task` may return its own measured duration instead. */
export async function timeRuns(task: () => unknown, options: TimeOptions): Promise<Summary> {
  const samples: number[] = [];
  for (let index = 0; index < (options.warmup ?? 0) + options.runs; index += 1) {
    await options.between?.();
    const elapsed = await timeOnce(task);
    if (index >= (options.warmup ?? 0)) samples.push(elapsed);
  }
  return summarize(samples);
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  platform: string;
  /** 1-minute load average when the bench started: above the core count, other work competed. */
  loadAverage: number;
}

export function chromiumVersion(executable: string): string {
  try {
    const output = execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return output.trim().split('\n').pop() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function machineInfo(chromium: string): MachineInfo {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    chromium,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
}
