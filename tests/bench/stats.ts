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
}

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
  return { runs: sorted.length, median, p95: percentile(sorted, 0.95), min: sorted[0] as number, max: sorted[sorted.length - 1] as number };
}

export interface TimeOptions {
  runs: number;
  /** Runs before measuring (JIT, font caches), not counted. */
  warmup?: number;
  /** Work between runs that must not be timed (resetting files). */
  between?: () => void | Promise<void>;
}

/** Times `task` with performance.now(); `task` may return its own measured duration instead. */
export async function timeRuns(task: () => unknown, options: TimeOptions): Promise<Summary> {
  const samples: number[] = [];
  for (let index = 0; index < (options.warmup ?? 0) + options.runs; index += 1) {
    await options.between?.();
    const started = performance.now();
    const own = await task();
    const elapsed = typeof own === 'number' ? own : performance.now() - started;
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
