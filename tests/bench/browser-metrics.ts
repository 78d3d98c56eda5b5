// The board in Chromium through the end-to-end harness: the shipped renderer and preload,
// main's real handlers over a real data file. Times are taken inside the page with
// performance.now(), so the harness's own Playwright round trips stay out of them.
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ReferenceSheetModel } from '../../main/exports';
import { COMMAND_CHANNEL } from '../../shared/ipc/channels';
import type { RekindleDocument } from '../../shared/schema/document';
import { dispatch } from '../../main/ipc';
import { LAUNCH_MARKS } from '../../renderer/launch-marks';
import { CHROMIUM_ARGS, CHROMIUM_PATH, openApp, removeDataDir, type OpenedApp } from '../e2e/harness';
import { makeBenchDir, writeDataFile } from './node-metrics';
import { referenceSheetHtml } from './sheet-html';
import { summarize, timeRuns, type Summary } from './stats';

/**
 * Runs before the app: sets the page's Date to the bench's fixed day (time still passes),
 * collects the renderer's long tasks (over 50 ms) and notes when the first card is on screen
 * after launch. Playwright's own fake clock is not used: it would drop the app's launch marks.
 */
export const benchInitScript = (now: Date) => `
  {
    const RealDate = Date;
    const offset = ${now.getTime()} - RealDate.now();
    class BenchDate extends RealDate {
      constructor(...args) {
        if (args.length === 0) super(RealDate.now() + offset);
        else super(...args);
      }
      static now() {
        return RealDate.now() + offset;
      }
    }
    window.Date = BenchDate;
  }
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

/** When each step of one launch happened, in ms since the page began to navigate. */
export interface LaunchSample {
  scriptRun: number;
  loaded: number;
  firstRender: number;
  firstCard: number;
}

/** Waits for the first card of the page load under way, then reads the app's launch marks. */
async function readLaunch(page: Page): Promise<LaunchSample> {
  await page.waitForFunction(() => (window.__benchFirstCard ?? null) !== null, undefined, {
    timeout: 180_000,
    polling: 50,
  });
  return page.evaluate((marks) => {
    const at = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN;
    return { scriptRun: at(marks.scriptRun), loaded: at(marks.loaded), firstRender: at(marks.firstRender), firstCard: window.__benchFirstCard ?? Number.NaN };
  }, LAUNCH_MARKS);
}

/**
 * The stand-in transport alone: the page asks a binding that answers with the very payload
 * main gave app:load, already made, so neither main nor the renderer does any work on it.
 */
async function timeTransport(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const echo = (window as unknown as { __benchEcho: () => Promise<unknown> }).__benchEcho;
    const started = performance.now();
    await echo();
    return performance.now() - started;
  });
}

export interface LaunchResults {
  /** Each step, ms since navigation start: script run → app:load answered → first render → first card. */
  phases: { scriptRun: Summary; loaded: Summary; firstRender: Summary; firstCard: Summary };
  /** app:load's answer through the binding with no app work: the harness's own share. */
  transport: Summary;
  /** First card minus the transport of the same run: what the app itself takes. */
  appPart: Summary;
}

/** Reloads the window `runs` times, each followed by the transport baseline (A B A B …). */
async function measureLaunch(app: OpenedApp, runs: number, tasks: LongTask[]): Promise<LaunchResults> {
  const answer = await dispatch('app:load', { senderFrame: { url: app.page.url(), parent: null } }, undefined, app.core.handlers, {
    isTrustedUrl: () => true,
  });
  await app.page.exposeBinding('__benchEcho', () => answer);
  // The first launch (openApp's) warmed the caches; it is not counted.
  await readLaunch(app.page);
  await timeTransport(app.page);
  const samples: LaunchSample[] = [];
  const transport: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    await app.page.reload({ waitUntil: 'commit' });
    samples.push(await readLaunch(app.page));
    await app.page.waitForTimeout(200);
    tasks.push(...((await takeLongTasks(app.page)) ?? []));
    transport.push(await timeTransport(app.page));
    progress('launch', samples.at(-1), 'transport', transport.at(-1));
  }
  const of = (key: keyof LaunchSample) => summarize(samples.map((sample) => sample[key]));
  return {
    phases: { scriptRun: of('scriptRun'), loaded: of('loaded'), firstRender: of('firstRender'), firstCard: of('firstCard') },
    transport: summarize(transport),
    appPart: summarize(samples.map((sample, index) => sample.firstCard - (transport[index] as number))),
  };
}

export interface DragRun {
  /** Drop key pressed → main saved → the card re-rendered in its new column. */
  total: number;
  /** Of which main's handler (move + write-through), measured in Node. */
  mainHandler: number;
}

/** One keyboard move between neighbouring columns: lift, arrow over, drop. */
interface MoveDirection {
  from: 'reconnect' | 'prep';
  to: 'reconnect' | 'prep';
  key: 'ArrowRight' | 'ArrowLeft';
}

/** Reconnect → Prep and back in turns, so the columns never run out of cards to move. */
const DIRECTIONS: MoveDirection[] = [
  { from: 'reconnect', to: 'prep', key: 'ArrowRight' },
  { from: 'prep', to: 'reconnect', key: 'ArrowLeft' },
];

/** Lifts the first card of one column by keyboard, moves it onto the next and drops it. */
async function keyboardMove(app: OpenedApp, handlerTimes: number[], direction: MoveDirection): Promise<DragRun> {
  const { page } = app;
  const { from, to, key } = direction;
  const card = page.locator(`section[data-stage="${from}"] li[data-request-id]`).first();
  await card.waitFor({ timeout: 180_000 });
  const id = await card.getAttribute('data-request-id');
  if (!id) throw new Error('no card to move');
  const labelBefore = await card.getAttribute('aria-label');
  progress('lifting', id);
  await card.locator('button[aria-roledescription]').focus();
  await page.keyboard.press('Space');
  await page.waitForTimeout(150);
  await page.keyboard.press(key);
  await page.waitForTimeout(300);
  const over = await page.evaluate(([cardId, stage]) => document.querySelector(`section[data-stage="${stage}"] li[data-request-id="${cardId}"]`) !== null, [id, to] as const);
  if (!over) throw new Error(`the keyboard move did not reach the ${to} column`);
  progress('over', to);

  const before = handlerTimes.length;
  const waiting = page.evaluate(
    async ([cardId, label, stage]) => {
      const started = await new Promise<number>((done) => {
        window.addEventListener('keydown', (event) => event.key === ' ' && done(performance.now()), { capture: true, once: true });
      });
      const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
      const deadline = started + 180_000;
      for (;;) {
        const item = document.querySelector(`section[data-stage="${stage}"] li[data-request-id="${cardId}"]`);
        if (item && item.getAttribute('aria-label') !== label) break;
        if (performance.now() > deadline) throw new Error('the moved card was not re-rendered');
        await frame();
      }
      await new Promise((done) => setTimeout(done, 0));
      return performance.now() - started;
    },
    [id, labelBefore, to] as const,
  );
  // Let the listener above be installed before the drop key goes down.
  await page.waitForTimeout(50);
  await page.keyboard.press('Space');
  const total = await waiting;
  const saved = app.core.store.document.requests.find((request) => request.id === id);
  if (saved?.stage !== to) throw new Error('the move was not saved');
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

/** Types part of a person's name into the board's search, then empties it again. */
async function typeInSearch(page: Page, query: string): Promise<void> {
  const search = page.locator('#board-search');
  await search.focus();
  await page.keyboard.type(query, { delay: 40 });
  await page.waitForTimeout(400);
  await search.fill('');
  await page.waitForTimeout(200);
}

/** Opens Today from the board the way the menu does, waits for it to settle, and goes back. */
async function openToday(app: OpenedApp): Promise<void> {
  await app.sendCommand({ type: 'navigate', view: 'today' });
  await app.page.waitForTimeout(400);
  await app.sendCommand({ type: 'navigate', view: 'board' });
  await app.page.locator(FIRST_CARD).first().waitFor({ timeout: 180_000 });
}

export interface BoardResults {
  launch: LaunchResults | null;
  firstRender: Summary | null;
  drag: { total: Summary; mainHandler: Summary } | null;
  dragError: string | null;
  visibleCards: number;
  /** Per action; move is null when the page was still busy after the last move. */
  longTasks: { open: LongTaskReport; move: LongTaskReport | null; search: LongTaskReport | null; today: LongTaskReport | null };
}

export interface BoardRuns {
  /** Reloads of the window, each timed step by step beside the transport baseline. */
  launch: number;
  render: number;
  drag: number;
  /** The longest one keyboard move may take before the page is given up on. */
  dragLimitMs: number;
  /** Whether to type in the board's search and open Today, watching for long tasks. */
  interact: boolean;
}

export async function measureBoard(document: RekindleDocument, now: Date, runs: BoardRuns): Promise<BoardResults> {
  const dataDir = makeBenchDir();
  writeDataFile(dataDir, document);
  const app = await openApp({ dataDir, now, fakePageClock: false, initScript: benchInitScript(now), viewport: { width: 1440, height: 900 } });
  try {
    const supported = (await app.page.evaluate(() => window.__benchLongTasks !== null)) as boolean;
    const report = (tasks: LongTask[] | null | undefined) => (tasks === undefined ? null : longTaskReport(supported ? (tasks ?? []) : null));
    const openTasks: LongTask[] = [];
    const launch = runs.launch > 0 ? await measureLaunch(app, runs.launch, openTasks) : null;
    if (runs.launch === 0) await readLaunch(app.page);
    const visibleCards = await app.page.locator(FIRST_CARD).count();
    openTasks.push(...((await takeLongTasks(app.page)) ?? []));
    const firstRender =
      runs.render > 0
        ? await timeRuns(() => timeBoardNavigation(app.page).then((time) => (progress('board render', time), time)), { runs: runs.render, warmup: 1 })
        : null;
    openTasks.push(...((await takeLongTasks(app.page)) ?? []));

    const handlerTimes = watchMoveHandler(app);
    const totals: number[] = [];
    const handler: number[] = [];
    let dragError: string | null = null;
    try {
      for (let index = 0; index < runs.drag; index += 1) {
        const run = await within(keyboardMove(app, handlerTimes, DIRECTIONS[index % 2] as MoveDirection), runs.dragLimitMs, 'a keyboard move');
        progress('drag', run);
        totals.push(run.total);
        handler.push(run.mainHandler);
      }
    } catch (error) {
      dragError = error instanceof Error ? error.message : String(error);
    }
    // A page still busy with the move cannot answer; its long tasks are then unknown.
    const moveTasks = runs.drag > 0 ? await within(takeLongTasks(app.page), 10_000, 'reading long tasks').catch(() => undefined) : undefined;

    let searchTasks: LongTask[] | null | undefined;
    let todayTasks: LongTask[] | null | undefined;
    if (runs.interact) {
      const name = document.references[0]?.name.split(' ').at(-1) ?? 'a';
      await typeInSearch(app.page, name);
      searchTasks = await takeLongTasks(app.page);
      await openToday(app);
      todayTasks = await takeLongTasks(app.page);
    }
    return {
      launch,
      firstRender,
      drag: totals.length > 0 ? { total: summarize(totals), mainHandler: summarize(handler) } : null,
      dragError,
      visibleCards,
      longTasks: {
        open: longTaskReport(supported ? openTasks : null),
        move: runs.drag > 0 ? report(moveTasks) : null,
        search: report(searchTasks),
        today: report(todayTasks),
      },
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

/** Chromium printing the same sheet, on one page kept open: load the HTML, then page.pdf(). */
export async function pagePdfBaseline(browser: Browser, model: ReferenceSheetModel): Promise<{ run: () => Promise<void>; close: () => Promise<void> }> {
  const page = await browser.newPage();
  const html = referenceSheetHtml(model);
  return {
    run: async () => {
      await page.setContent(html);
      await page.pdf({ format: 'A4' });
    },
    close: () => page.close(),
  };
}
