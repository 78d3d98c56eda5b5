// What the main process does for the user, timed in plain Node: opening the data file,
// writing one change through the IPC boundary, the Today list and the printed exports.
import { closeSync, fsyncSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAppCore, type AppCore } from '../../main/app-core';
import {
  buildReferenceSheetModel,
  defaultResourcesDir,
  renderNotePromptsPdf,
  renderReferenceSheetDocx,
  renderReferenceSheetPdf,
  type ReferenceSheetModel,
} from '../../main/exports';
import { dispatch } from '../../main/ipc';
import { isAppUrl } from '../../main/security';
import { DataStore } from '../../main/store/data-store';
import { confEngine } from '../../main/store/engine';
import { nodeFileSystem } from '../../main/store/file-system';
import { encodeLine, JournalWriter, type JournalRecord } from '../../main/store/journal';
import { toIsoDate } from '../../shared/dates';
import { buildNotePrompt } from '../../shared/drafts';
import { computeDueItems } from '../../shared/due';
import type { Reference } from '../../shared/schema/person';
import type { Stage } from '../../shared/schema/request';
import type { RekindleDocument } from '../../shared/schema/document';
import { summarize, timePaired, timeRuns, type Paired, type Summary } from './stats';

const APP_URL = 'http://127.0.0.1:5173/';
const SENDER = { senderFrame: { url: APP_URL, parent: null } };
const IPC_OPTIONS = { isTrustedUrl: (url: string) => isAppUrl(url, APP_URL) };
const DATA_FILE = 'rekindle-data.json';

export function makeBenchDir(): string {
  return mkdtempSync(join(tmpdir(), 'rekindle-bench-'));
}

/** The data file exactly as the store writes it (conf indents with tabs). */
export function writeDataFile(dir: string, document: RekindleDocument): number {
  const text = JSON.stringify(document, null, '\t');
  writeFileSync(join(dir, DATA_FILE), text, { mode: 0o600 });
  return Buffer.byteLength(text);
}

/** Timers that never fire: a measured open must not start a backup in the middle of the next run. */
const NO_TIMERS = { set: () => null, clear: () => undefined };

/**
 * Opening the folder as the store leaves it on quit (snapshot, checksum, empty journal),
 * in turns with its floor: reading the same snapshot file and JSON.parse, nothing else.
 */
export async function measureOpen(document: RekindleDocument, runs: number): Promise<Paired> {
  const dir = makeBenchDir();
  try {
    writeDataFile(dir, document);
    DataStore.open({ dir, engine: confEngine, now: () => new Date(), timers: NO_TIMERS }).close();
    const snapshot = join(dir, readdirSync(dir).find((name) => name.startsWith('rekindle-data') && name.endsWith('.json')) ?? DATA_FILE);
    return await timePaired(
      // Not closed: closing writes the launch backup, which is no part of opening.
      () => DataStore.open({ dir, engine: confEngine, now: () => new Date(), timers: NO_TIMERS }),
      () => JSON.parse(readFileSync(snapshot, 'utf8')),
      { runs, warmup: 1 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function openCore(dir: string, now: Date): AppCore {
  return openAppCore({
    dataDir: dir,
    engine: confEngine,
    now: () => new Date(now),
    systemLanguage: 'en',
    dialogs: { save: async () => null, open: async () => null },
    openExternal: async () => undefined,
    openPath: async () => undefined,
  });
}

async function call(core: AppCore, channel: string, payload: unknown): Promise<void> {
  const result = await dispatch(channel, SENDER, payload, core.handlers, IPC_OPTIONS);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
}

/** The first open card of a column, as the user would grab it. */
export function firstOpenCard(document: RekindleDocument, stage: Stage): string {
  const card = document.requests.filter((request) => request.stage === stage && request.closed === null).sort((a, b) => a.position - b.position)[0];
  if (!card) throw new Error(`no open card in ${stage}`);
  return card.id;
}

export interface WriteResults {
  move: Summary;
  saveReference: Summary;
}

/** One change, from the IPC handler to bytes on disk: dispatch writes before it answers. */
export async function measureWrites(document: RekindleDocument, now: Date, runs: number): Promise<WriteResults> {
  const dir = makeBenchDir();
  try {
    writeDataFile(dir, document);
    const core = openCore(dir, now);
    const requestId = firstOpenCard(document, 'reconnect');
    let turn = 0;
    const move = await timeRuns(
      () => {
        // Back and forth between two columns: every move changes stage and adds a history line.
        turn += 1;
        const stage: Stage = turn % 2 === 1 ? 'prep' : 'reconnect';
        return call(core, 'requests:move', { requestId, stage, position: -turn });
      },
      { runs, warmup: 2 },
    );
    const person = document.references[0] as Reference;
    const { id, rank: _rank, createdAt: _created, updatedAt: _updated, ...fields } = person;
    const saveReference = await timeRuns(
      () => {
        turn += 1;
        return call(core, 'references:save', { id, fields: { ...fields, notes: `Called on the way home (${turn}).` } });
      },
      { runs, warmup: 2 },
    );
    core.store.close();
    return { move, saveReference };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface JournalResults {
  /** One moved card's record appended and flushed (what a change costs on disk). */
  append: Summary;
  /** The same bytes appended and fsync'd with plain node:fs, interleaved with the above. */
  appendBaseline: Summary;
  recordBytes: number;
  /** Folding the journal into the snapshot: verified backup, snapshot, read-back, new journal. */
  compaction: Summary;
}

export async function measureJournal(document: RekindleDocument, now: Date, runs: number, compactions: number): Promise<JournalResults> {
  const dir = makeBenchDir();
  try {
    writeDataFile(dir, document);
    const store = DataStore.open({ dir, engine: confEngine, now: () => new Date(now), timers: NO_TIMERS });
    const card = document.requests.find((request) => request.id === firstOpenCard(document, 'reconnect'));
    const record = (seq: number): JournalRecord => ({ seq, hlc: [now.getTime(), seq], device: 'bench', patch: { requests: { upsert: card ? [card] : [], remove: [] } } });
    const writer = new JournalWriter(nodeFileSystem, join(dir, 'bench.journal'), 0);
    writer.reset({ type: 'header', format: 1, snapshotSeq: 0, snapshotSum: null, deviceId: 'bench' });
    const line = encodeLine(record(1));
    const baselineFd = openSync(join(dir, 'baseline.journal'), 'a', 0o600);
    const appends: number[] = [];
    const baselines: number[] = [];
    for (let index = 0; index < runs + 5; index += 1) {
      const started = performance.now();
      writer.append(record(index + 1));
      const appended = performance.now();
      writeSync(baselineFd, line);
      fsyncSync(baselineFd);
      const baselined = performance.now();
      if (index >= 5) {
        appends.push(appended - started);
        baselines.push(baselined - appended);
      }
    }
    closeSync(baselineFd);
    writer.close();
    let turn = 0;
    const compaction = await timeRuns(() => store.compact(), {
      runs: compactions,
      warmup: 1,
      // One change before each, so every compaction has something to fold in.
      between: () => {
        turn += 1;
        store.update((current) => ({ ...current, profile: { ...current.profile, city: `City ${turn}` } }));
      },
    });
    store.close();
    return { append: summarize(appends), appendBaseline: summarize(baselines), recordBytes: line.length, compaction };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The floor for rewriting the whole file: one compact stringify and one plain write. */
export async function measureJsonWrite(document: RekindleDocument, runs: number): Promise<Summary> {
  const dir = makeBenchDir();
  try {
    const path = join(dir, DATA_FILE);
    return await timeRuns(() => writeFileSync(path, JSON.stringify(document)), { runs, warmup: 1 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface WriteBreakdown {
  /** conf reads and parses the whole existing file on every write, to keep its internal key. */
  readAndParseExisting: Summary;
  stringifyTabs: Summary;
  stringifyCompact: Summary;
  /** Writing the bytes and fsync, as an atomic write does before its rename. */
  writeAndFsync: Summary;
}

/** Where a written-through change spends its time, step by step, to explain the totals. */
export async function measureWriteBreakdown(document: RekindleDocument, runs: number): Promise<WriteBreakdown> {
  const dir = makeBenchDir();
  try {
    writeDataFile(dir, document);
    const path = join(dir, DATA_FILE);
    const text = JSON.stringify(document, null, '\t');
    const bytes = Buffer.from(text);
    const options = { runs, warmup: 1 };
    return {
      readAndParseExisting: await timeRuns(() => JSON.parse(readFileSync(path, 'utf8')), options),
      stringifyTabs: await timeRuns(() => JSON.stringify(document, null, '\t'), options),
      stringifyCompact: await timeRuns(() => JSON.stringify(document), options),
      writeAndFsync: await timeRuns(() => {
        const fd = openSync(join(dir, 'probe.tmp'), 'w', 0o600);
        writeSync(fd, bytes);
        fsyncSync(fd);
        closeSync(fd);
      }, options),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function measureToday(document: RekindleDocument, today: string, runs: number): Promise<{ summary: Summary; items: number }> {
  const items = computeDueItems(document, today).length;
  const summary = await timeRuns(() => computeDueItems(document, today), { runs, warmup: 2 });
  return { summary, items };
}

/** The people a user would put on a sheet: those who agreed, strongest first. */
export function sheetModel(document: RekindleDocument, count: number, today: string): ReferenceSheetModel {
  const agreed = document.references.filter((person) => person.consent.status === 'agreed');
  const pool = agreed.length >= count ? agreed : document.references;
  if (pool.length < count) throw new Error(`only ${pool.length} people for a sheet of ${count}`);
  return buildReferenceSheetModel({ profile: document.profile, references: pool.slice(0, count), language: 'en', today });
}

export interface ExportResults {
  sheet5Pdf: Summary;
  sheet50Pdf: Summary;
  sheet5Docx: Summary;
  sheet50Docx: Summary;
  notes10Pdf: Summary;
  /** The first PDF of the process, which also reads the fonts (the CJK one is over 10 MB). */
  firstPdfCold: number;
}

/**
 * The printed exports at M data. The 5-person sheet is timed in turns with `pagePdf`,
 * Chromium printing the same sheet, so both see the same machine; its summary comes back
 * as `baseline`.
 */
export async function measureExports(
  document: RekindleDocument,
  now: Date,
  runs: number,
  pagePdf: () => Promise<void>,
): Promise<{ exports: ExportResults; baseline: Summary }> {
  const today = toIsoDate(now);
  const resourcesDir = defaultResourcesDir();
  const pdfOptions = { paperSize: document.settings.paperSize, resourcesDir };
  const five = sheetModel(document, 5, today);
  const fifty = sheetModel(document, 50, today);
  const started = performance.now();
  await renderReferenceSheetPdf(five, pdfOptions);
  const firstPdfCold = performance.now() - started;

  const cards = document.requests.filter((request) => request.stage === 'thanks').slice(0, 10);
  const byId = new Map(document.references.map((person) => [person.id, person]));
  const applications = new Map(document.applications.map((application) => [application.id, application]));
  const prompts = cards.map((request) =>
    buildNotePrompt(
      {
        profile: document.profile,
        reference: byId.get(request.referenceId) as Reference,
        application: request.applicationId ? (applications.get(request.applicationId) ?? null) : null,
        today,
      },
      'en',
    ),
  );
  const options = { runs, warmup: 2 };
  const sheet5 = await timePaired(() => renderReferenceSheetPdf(five, pdfOptions), pagePdf, options);
  const exports = {
    sheet5Pdf: sheet5.measured,
    sheet50Pdf: await timeRuns(() => renderReferenceSheetPdf(fifty, pdfOptions), options),
    sheet5Docx: await timeRuns(() => renderReferenceSheetDocx(five, { paperSize: 'A4', resourcesDir }), options),
    sheet50Docx: await timeRuns(() => renderReferenceSheetDocx(fifty, { paperSize: 'A4', resourcesDir }), options),
    notes10Pdf: await timeRuns(() => renderNotePromptsPdf(prompts, { ...pdfOptions, language: 'en' }), options),
    firstPdfCold,
  };
  return { exports, baseline: sheet5.baseline };
}
