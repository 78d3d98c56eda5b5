// The board in Chromium through the end-to-end harness: the shipped renderer and preload,
// main's real handlers over a real data file. Times are taken inside the page with
// performance.now(), so the harness's own Playwright round trips stay out of them.
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ReferenceSheetModel } from '../../main/exports';
import { COMMAND_CHANNEL } from '../../shared/ipc/channels';
import type { RekindleDocument } from '../../shared/schema/document';
import { CHROMIUM_ARGS, CHROMIUM_PATH, openApp, removeDataDir, type OpenedApp } from '../e2e/harness';
import { makeBenchDir, writeDataFile } from './node-metrics';
import { referenceSheetHtml } from './sheet-html';
import { summarize, timeRuns, type Summary } from './stats';

/**
 * Runs before the app: collects the renderer's long tasks (over 50 ms) and notes when the
 * first card is on screen after launch.
 */
export const BENCH_INIT_SCRIPT = `
  window.__benchFirstCard = null;
  const watchFirstCard = () => {
    const card = document.querySelector('[data-request-id]');
    if (card && card.checkVisibility()) setTimeout(() => { window.__benchFirstCard = performance.now(); }, 0);
    else requestAnimationFrame(watchFirstCard);
  };
  requestAnimationFrame(watchFirstCard);
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    window.__benchLongTasks = null;
  }
`;

interface LongTask {
  start: number;
  duration: number;
}

export interface LongTaskReport {
  supported: boolean;
  over50: number;
  over100: number;
  longest: number;
  /** The sum of each task's time beyond 50 ms: how long input would have waited in all. */
  totalBlocking: number;
}

async function takeLongTasks(page: Page): Promise<LongTask[] | null> {
  return page.evaluate(() => {
    const tasks = window.__benchLongTasks ?? null;
    if (tasks === null) return null;
    window.__benchLongTasks = [];
    return tasks;
  });
}

function longTaskReport(tasks: LongTask[] | null): LongTaskReport {
  if (tasks === null) return { supported: false, over50: 0, over100: 0, longest: 0, totalBlocking: 0 };
  return {
    supported: true,
    over50: tasks.filter((task) => task.duration > 50).length,
    over100: tasks.filter((task) => task.duration > 100).length,
    longest: Math.max(0, ...tasks.map((task) => task.duration)),
    totalBlocking: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
  };
}

const FIRST_CARD = '[data-request-id]';

/** Rejects when `promise` takes longer than `ms`: a board busy for minutes is a result too. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function progress(...parts: unknown[]): void {
  if (process.env.BENCH_VERBOSE) console.log('[bench]', ...parts);
}

/** From the navigate command to the first card on screen, measured inside the page. */
async function timeBoardNavigation(page: Page): Promise<number> {
  return page.evaluate(
    async ([channel, selector]) => {
      const push = (pushed: string, command: unknown) => window.__rekindlePush?.(pushed, command);
      const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
      const deadline = performance.now() + 180_000;
      const until = async (ready: () => boolean) => {
        while (!ready()) {
          if (performance.now() > deadline) throw new Error('the board did not appear');
          await frame();
        }
      };
      push(channel, { type: 'navigate', view: 'settings' });
      await until(() => document.querySelector(selector) === null);
      await new Promise((done) => setTimeout(done, 100));
      const started = performance.now();
      push(channel, { type: 'navigate', view: 'board' });
      await until(() => document.querySelector(selector)?.checkVisibility() === true);
      // The frame that shows the card is painted after this animation frame callback.
      await new Promise((done) => setTimeout(done, 0));
      return performance.now() - started;
    },
    [COMMAND_CHANNEL, FIRST_CARD] as const,
  );
}

/** From page navigation start to the first card on screen, as the app launches (harness transport included). */
async function timeLaunchToBoard(page: Page): Promise<number> {
  await page.waitForFunction(() => (window.__benchFirstCard ?? null) !== null, undefined, {
    timeout: 180_000,
    polling: 100,
  });
  return page.evaluate(() => window.__benchFirstCard ?? Number.NaN);
}

export interface DragRun {
  /** Drop key pressed → main saved → the card re-rendered in its new column. */
  total: number;
  /** Of which main's handler (move + write-through), measured in Node. */
  mainHandler: number;
}

/** Lifts the first Reconnect card by keyboard, moves it right onto Prep and drops it. */
async function keyboardMove(app: OpenedApp, handlerTimes: number[]): Promise<DragRun> {
  const { page } = app;
  const card = page.locator('section[data-stage="reconnect"] li[data-request-id]').first();
  await card.waitFor({ timeout: 180_000 });
  const id = await card.getAttribute('data-request-id');
  if (!id) throw new Error('no card to move');
  const labelBefore = await card.getAttribute('aria-label');
  progress('lifting', id);
  await card.locator('button[aria-roledescription]').focus();
  await page.keyboard.press('Space');
  await page.waitForTimeout(150);
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(300);
  const inPrep = await page.evaluate((cardId) => document.querySelector(`section[data-stage="prep"] li[data-request-id="${cardId}"]`) !== null, id);
  if (!inPrep) throw new Error('the keyboard move did not reach the Prep column');
  progress('over Prep');

  const before = handlerTimes.length;
  const waiting = page.evaluate(
    async ([cardId, label]) => {
      const started = await new Promise<number>((done) => {
        window.addEventListener('keydown', (event) => event.key === ' ' && done(performance.now()), { capture: true, once: true });
      });
      const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
      const deadline = started + 180_000;
      for (;;) {
        const item = document.querySelector(`section[data-stage="prep"] li[data-request-id="${cardId}"]`);
        if (item && item.getAttribute('aria-label') !== label) break;
        if (performance.now() > deadline) throw new Error('the moved card was not re-rendered');
        await frame();
      }
      await new Promise((done) => setTimeout(done, 0));
      return performance.now() - started;
    },
    [id, labelBefore] as const,
  );
  // Let the listener above be installed before the drop key goes down.
  await page.waitForTimeout(50);
  await page.keyboard.press('Space');
  const total = await waiting;
  const saved = app.core.store.document.requests.find((request) => request.id === id);
  if (saved?.stage !== 'prep') throw new Error('the move was not saved');
  return { total, mainHandler: handlerTimes.slice(before).reduce((sum, time) => sum + time, 0) };
}

/** Times main's move handler as the page calls it, without changing what it does. */
function watchMoveHandler(app: OpenedApp): number[] {
  const times: number[] = [];
  const handlers = app.core.handlers;
  const original = handlers['requests:move'];
  handlers['requests:move'] = (input) => {
    const started = performance.now();
    try {
      return original(input);
    } finally {
      times.push(performance.now() - started);
    }
  };
  return times;
}

export interface BoardResults {
  launchToBoard: number;
  firstRender: Summary;
  drag: { total: Summary; mainHandler: Summary } | null;
  dragError: string | null;
  visibleCards: number;
  /** move is null when the page was still busy after the last move. */
  longTasks: { open: LongTaskReport; move: LongTaskReport | null };
}

export interface BoardRuns {
  render: number;
  drag: number;
  /** The longest one keyboard move may take before the page is given up on. */
  dragLimitMs: number;
}

export async function measureBoard(document: RekindleDocument, now: Date, runs: BoardRuns): Promise<BoardResults> {
  const dataDir = makeBenchDir();
  writeDataFile(dataDir, document);
  const app = await openApp({ dataDir, now, initScript: BENCH_INIT_SCRIPT, viewport: { width: 1440, height: 900 } });
  try {
    const launchToBoard = await timeLaunchToBoard(app.page);
    progress('launch to first card', launchToBoard);
    const visibleCards = await app.page.locator(FIRST_CARD).count();
    await takeLongTasks(app.page);
    const firstRender = await timeRuns(() => timeBoardNavigation(app.page).then((time) => (progress('board render', time), time)), {
      runs: runs.render,
    });
    const openTasks = await takeLongTasks(app.page);

    const handlerTimes = watchMoveHandler(app);
    const totals: number[] = [];
    const handler: number[] = [];
    let dragError: string | null = null;
    try {
      for (let index = 0; index < runs.drag; index += 1) {
        const run = await within(keyboardMove(app, handlerTimes), runs.dragLimitMs, 'a keyboard move');
        progress('drag', run);
        totals.push(run.total);
        handler.push(run.mainHandler);
      }
    } catch (error) {
      dragError = error instanceof Error ? error.message : String(error);
    }
    // A page still busy with the move cannot answer; its long tasks are then unknown.
    const moveTasks = await within(takeLongTasks(app.page), 10_000, 'reading long tasks').catch(() => undefined);
    return {
      launchToBoard,
      firstRender,
      drag: totals.length > 0 ? { total: summarize(totals), mainHandler: summarize(handler) } : null,
      dragError,
      visibleCards,
      longTasks: { open: longTaskReport(openTasks), move: moveTasks === undefined ? null : longTaskReport(moveTasks) },
    };
  } finally {
    await within(app.close(), 30_000, 'closing the page').catch(() => undefined);
    removeDataDir(dataDir);
  }
}

export function launchBaselineBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** Chromium printing the same sheet: load the HTML, then page.pdf(). */
export async function measurePagePdf(browser: Browser, model: ReferenceSheetModel, runs: number): Promise<Summary> {
  const page = await browser.newPage();
  try {
    const html = referenceSheetHtml(model);
    return await timeRuns(
      async () => {
        await page.setContent(html);
        await page.pdf({ format: 'A4' });
      },
      { runs, warmup: 2 },
    );
  } finally {
    await page.close();
  }
}
