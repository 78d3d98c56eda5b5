// Turns the measurements into what people read: a table in the terminal, the same table in
// Markdown, the targets with ✓/✗ and their ratio, and one JSON file for the record.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BoardResults } from './browser-metrics';
import type { SizeName } from './generate';
import type { LongTaskReport } from './page-probes';
import type { BenchResults, SizeResults, TargetResult } from './results';
import { formatMs as ms, isNoisy, type Summary } from './stats';

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
