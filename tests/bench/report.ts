// Turns the measurements into what people read: a table in the terminal, the same table in
// Markdown, the targets with ✓/✗ and their ratio, and one JSON file for the record.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BoardResults } from './browser-metrics';
import type { SizeName } from './generate';
import type { ExportResults, JournalResults, WriteBreakdown, WriteResults } from './node-metrics';
import type { MachineInfo, Summary } from './stats';

export interface SizeResults {
  counts: { people: number; applications: number; requests: number };
  fileBytes: number;
  open?: Summary;
  writes?: WriteResults;
  jsonWrite?: Summary;
  breakdown?: WriteBreakdown;
  journal?: JournalResults;
  today?: { summary: Summary; items: number };
  board?: BoardResults;
  /** A data folder other computers write too (measured at M). */
  sync?: SyncResults;
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
}

function target(name: string, statistic: string, measured: number | undefined | null, limit: number | undefined | null): TargetResult {
  if (measured === undefined || measured === null || limit === undefined || limit === null) {
    return { name, statistic, measured: null, limit: null, ratio: null, met: null };
  }
  return { name, statistic, measured, limit, ratio: measured / limit, met: measured < limit };
}

export function evaluateTargets(results: Omit<BenchResults, 'targets'>): TargetResult[] {
  const m = results.sizes.M;
  const l = results.sizes.L;
  const longest = l?.board ? Math.max(l.board.longTasks.open.longest, l.board.longTasks.move?.longest ?? 0) : null;
  return [
    target('M: a change written through (requests:move) < 5 ms', 'p95', m?.writes?.move.p95, 5),
    target('L: a change written through (requests:move) < 5 ms', 'p95', l?.writes?.move.p95, 5),
    target('L: open the data file < 400 ms', 'median', l?.open?.median, 400),
    // A shared folder keeps to the durable store's open target: folding in another computer's
    // journal, and opening beside two of them, each within what opening may take at all.
    target('M: merge 10,000 journal records from another computer < 400 ms', 'p95', m?.sync?.merge10k.p95, 400),
    target("M: open beside two other computers' journals < 400 ms", 'p95', m?.sync?.openTwoDevices.p95, 400),
    target('M: board first render < 300 ms', 'median', m?.board?.firstRender.median, 300),
    target('M: drag round trip < 50 ms', 'median', m?.board?.drag?.total.median, 50),
    target('M: 5-person PDF sheet faster than Chromium page.pdf()', 'median', results.exports?.sheet5Pdf.median, results.baselines.pagePdfSheet5?.median),
    target('L: no renderer task over 100 ms (board open + move)', 'longest', longest, 100),
  ];
}

function ms(value: number | undefined | null): string {
  if (value === undefined || value === null) return '–';
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

function cell(summary: Summary | undefined | null): string {
  return summary ? `${ms(summary.median)} / ${ms(summary.p95)}` : '–';
}

function bytes(value: number): string {
  return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(1)} MB` : `${(value / 1024).toFixed(0)} kB`;
}

function tasks(board: BoardResults | undefined): string {
  if (!board) return '–';
  const { open, move } = board.longTasks;
  if (!open.supported) return 'not supported';
  const over50 = open.over50 + (move?.over50 ?? 0);
  const over100 = open.over100 + (move?.over100 ?? 0);
  const unknown = move === null ? '; page still busy after the move, its tasks not counted' : '';
  return `${over50} (>100 ms: ${over100}; longest ${ms(Math.max(open.longest, move?.longest ?? 0))}${unknown})`;
}

const SIZE_NAMES: SizeName[] = ['S', 'M', 'L'];

/** Rows of [metric, S, M, L]; times are "median / p95". */
export function sizeRows(results: BenchResults): string[][] {
  const per = (render: (size: SizeResults) => string) => SIZE_NAMES.map((name) => (results.sizes[name] ? render(results.sizes[name]) : '–'));
  return [
    ['People / applications / requests', ...per((size) => `${size.counts.people} / ${size.counts.applications} / ${size.counts.requests}`)],
    ['Data file size', ...per((size) => bytes(size.fileBytes))],
    ['Open the data file (DataStore.open)', ...per((size) => cell(size.open))],
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
    ['Launch to first card (harness)', ...per((size) => ms(size.board?.launchToBoard))],
    ['Board first render (navigate → card)', ...per((size) => cell(size.board?.firstRender))],
    ['Drag round trip (drop → saved → shown)', ...per((size) => cell(size.board?.drag?.total) + (size.board?.dragError ? ` (${size.board.dragError})` : ''))],
    ['  of which main handler', ...per((size) => cell(size.board?.drag?.mainHandler))],
    ['Cards on the board', ...per((size) => (size.board ? String(size.board.visibleCards) : '–'))],
    ['Renderer long tasks > 50 ms', ...per((size) => tasks(size.board))],
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
  return result.met === null ? '?' : result.met ? '✓' : '✗';
}

export function targetRows(results: BenchResults): string[][] {
  return results.targets.map((result) => [
    mark(result),
    result.name,
    `${result.statistic} ${ms(result.measured)}`,
    result.limit === null ? '–' : ms(result.limit),
    result.ratio === null ? 'not measured' : `${result.ratio.toFixed(2)}×`,
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
const TARGET_HEADER = ['', 'Target', 'Measured', 'Limit', 'Ratio'];

function machineLine(results: BenchResults): string {
  const { machine } = results;
  return `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}, ${machine.platform}, load average ${machine.loadAverage} at start`;
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
  ].join('\n');
}

export function writeJson(path: string, results: BenchResults): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
