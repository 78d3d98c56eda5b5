// Turns the measurements into what people read: a table in the terminal, the same table in
// Markdown, the targets with ✓/✗ and their ratio, and one JSON file for the record.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BoardResults } from './browser-metrics';
import type { LongTaskReport } from './page-probes';
import type { SizeName } from './generate';
import type { ExportResults, JournalResults, WriteBreakdown, WriteResults } from './node-metrics';
import type { MainMemory } from './main-memory';
import { isNoisy, type MachineInfo, type Summary } from './stats';

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

function ms(value: number | undefined | null): string {
  if (value === undefined || value === null) return '–';
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

/** "median / p95 ±spread", and "noisy" when the middle half of the runs spread too far. */
function cell(summary: Summary | undefined | null): string {
  if (!summary) return '–';
  const spread = `±${Math.round(summary.spread * 100)}%${isNoisy(summary) ? ' noisy' : ''}`;
  return `${ms(summary.median)} / ${ms(summary.p95)} ${spread}`;
}

function megabytes(summary: Summary | undefined | null): string {
  return summary ? `${summary.median.toFixed(0)} MB` : '–';
}

function bytes(value: number): string {
  return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(1)} MB` : `${(value / 1024).toFixed(0)} kB`;
}

function tasks(report: LongTaskReport | null | undefined, supported: boolean): string {
  if (!supported) return 'not supported';
  if (report === undefined) return '–';
  if (report === null) return 'page still busy';
  return `${ms(report.longest)} (${report.over50} over 50 ms)`;
}

function taskRow(label: string, pick: (board: BoardResults) => LongTaskReport | null | undefined, results: BenchResults): string[] {
  return [label, ...SIZE_NAMES.map((name) => {
    const board = results.sizes[name]?.board;
    return board ? tasks(pick(board), board.longTasks.open.supported) : '–';
  })];
}

const SIZE_NAMES: SizeName[] = ['S', 'M', 'L'];

/** Rows of [metric, S, M, L]; times are "median / p95". */
export function sizeRows(results: BenchResults): string[][] {
  const per = (render: (size: SizeResults) => string) => SIZE_NAMES.map((name) => (results.sizes[name] ? render(results.sizes[name]) : '–'));
  return [
    ['People / applications / requests', ...per((size) => `${size.counts.people} / ${size.counts.applications} / ${size.counts.requests}`)],
    ['Data file size', ...per((size) => bytes(size.fileBytes))],
    ['Open the data file (DataStore.open)', ...per((size) => cell(size.open))],
    ['Baseline: read the snapshot + JSON.parse', ...per((size) => cell(size.openBaseline))],
    ['Change written through: requests:move', ...per((size) => cell(size.writes?.move))],
    ['Change written through: references:save', ...per((size) => cell(size.writes?.saveReference))],
    ['Journal append, one card (fsync\'d)', ...per((size) => cell(size.journal?.append) + (size.journal ? ` (${size.journal.recordBytes} B)` : ''))],
    ['Baseline: fsync\'d append of the same bytes', ...per((size) => cell(size.journal?.appendBaseline))],
    ['Compaction: backup + snapshot + read-back', ...per((size) => cell(size.journal?.compaction))],
    ['Baseline: JSON.stringify + writeFileSync (whole file)', ...per((size) => cell(size.jsonWrite))],
    ['  conf re-reading the file (compaction only)', ...per((size) => cell(size.breakdown?.readAndParseExisting))],
    ['  pretty JSON (not written: compact JSON)', ...per((size) => cell(size.breakdown?.stringifyTabs))],
    ['  atomic write + fsync (compaction only)', ...per((size) => cell(size.breakdown?.writeAndFsync))],
    ['Merge 10,000 records from another computer', ...per((size) => cell(size.sync?.merge10k))],
    ["Open beside two other computers' journals", ...per((size) => (size.sync ? `${cell(size.sync.openTwoDevices)} (2 × ${size.sync.perJournal})` : '–'))],
    ['Today: computeDueItems', ...per((size) => (size.today ? `${cell(size.today.summary)} (${size.today.items} items)` : '–'))],
    ['Launch: script run (since navigation)', ...per((size) => cell(size.board?.launch?.phases.scriptRun))],
    ['Launch: app:load answered', ...per((size) => cell(size.board?.launch?.phases.loaded))],
    ['Launch: first render with the data', ...per((size) => cell(size.board?.launch?.phases.firstRender))],
    ['Launch: first card on screen', ...per((size) => cell(size.board?.launch?.phases.firstCard))],
    ["Baseline: app:load's answer through the harness alone", ...per((size) => cell(size.board?.launch?.transport))],
    ["Launch to first card, the app's part", ...per((size) => cell(size.board?.launch?.appPart))],
    ['Board first render (navigate → card)', ...per((size) => cell(size.board?.firstRender))],
    ['Drag round trip (drop → saved → shown)', ...per((size) => cell(size.board?.drag?.total) + (size.board?.dragError ? ` (${size.board.dragError})` : ''))],
    ['  of which main handler', ...per((size) => cell(size.board?.drag?.mainHandler))],
    ['Cards on the board', ...per((size) => (size.board ? String(size.board.visibleCards) : '–'))],
    taskRow('Longest renderer task: opening', (board) => board.longTasks.open, results),
    taskRow('Longest renderer task: moving a card', (board) => board.longTasks.move, results),
    taskRow('Longest renderer task: typing in search', (board) => board.longTasks.search, results),
    taskRow('Longest renderer task: opening Today', (board) => board.longTasks.today, results),
    ["Main's resident memory after load (peak)", ...per((size) => (size.memory ? `${megabytes(size.memory.rss)} (${megabytes(size.memory.peak)})` : '–'))],
  ];
}

export function exportRows(results: BenchResults): string[][] {
  const exports = results.exports;
  const base = results.baselines.pagePdfSheet5;
  const ratio = exports && base ? ` (${(exports.sheet5Pdf.median / base.median).toFixed(2)}× page.pdf)` : '';
  return [
    ['Reference sheet, 5 people, PDF', cell(exports?.sheet5Pdf) + ratio],
    ['Baseline: Chromium page.pdf(), same 5-person sheet', cell(base)],
    ['Reference sheet, 50 people, PDF', cell(exports?.sheet50Pdf)],
    ['Reference sheet, 5 people, DOCX', cell(exports?.sheet5Docx)],
    ['Reference sheet, 50 people, DOCX', cell(exports?.sheet50Docx)],
    ['Note prompts, 10 cards, PDF', cell(exports?.notes10Pdf)],
    ['First PDF of the process (fonts loaded)', ms(exports?.firstPdfCold)],
  ];
}

function mark(result: TargetResult): string {
  return result.met === null ? '?' : result.met ? '✓ met' : '✗ missed';
}

function amount(value: number | null, unit: TargetResult['unit']): string {
  if (value === null) return '–';
  return unit === 'MB' ? `${value.toFixed(0)} MB` : ms(value);
}

export function targetRows(results: BenchResults): string[][] {
  return results.targets.map((result) => [
    mark(result),
    result.name,
    `${result.statistic} ${amount(result.measured, result.unit)}`,
    result.limit === null ? '–' : `${amount(result.limit, result.unit)}${result.baseline ? ` (${result.baseline})` : ''}`,
    result.ratio === null ? 'not measured' : `${result.ratio.toFixed(2)}×`,
    result.noisy ? 'noisy' : '',
  ]);
}

function plainTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) => row.map((value, column) => value.padEnd(widths[column] as number)).join('  ');
  return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function markdownTable(header: string[], rows: string[][]): string {
  const line = (row: string[]) => `| ${row.map((value) => value.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const SIZE_HEADER = ['Median / p95', 'S', 'M', 'L'];
const EXPORT_HEADER = ['Export (M data), median / p95', 'Time'];
const TARGET_HEADER = ['', 'Target', 'Measured', 'Limit', 'Ratio', 'Run'];

function machineLine(results: BenchResults): string {
  const { machine } = results;
  return `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}, ${machine.platform}, load average ${machine.loadAverage} at start`;
}

/** One line of verdicts, so two runs can be compared at a glance. */
export function verdictLine(results: BenchResults): string {
  const measured = results.targets.filter((result) => result.met !== null);
  const met = measured.filter((result) => result.met).length;
  const noisy = results.targets.filter((result) => result.noisy).length;
  return `${met} of ${measured.length} measured targets met${noisy > 0 ? `; ${noisy} measured on a noisy baseline` : '; no baseline noisy'}.`;
}

export function plainReport(results: BenchResults): string {
  return [
    `Rekindle bench, ${results.generatedAt} (${results.durationSeconds.toFixed(0)} s)`,
    machineLine(results),
    '',
    plainTable(SIZE_HEADER, sizeRows(results)),
    '',
    plainTable(EXPORT_HEADER, exportRows(results)),
    '',
    plainTable(TARGET_HEADER, targetRows(results)),
    '',
    verdictLine(results),
  ].join('\n');
}

export function markdownReport(results: BenchResults): string {
  return [
    `Machine: ${machineLine(results)}`,
    '',
    markdownTable(SIZE_HEADER, sizeRows(results)),
    '',
    markdownTable(EXPORT_HEADER, exportRows(results)),
    '',
    markdownTable(TARGET_HEADER, targetRows(results)),
    '',
    verdictLine(results),
  ].join('\n');
}

export function writeJson(path: string, results: BenchResults): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
