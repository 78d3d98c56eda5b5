// The board in Chromium through the end-to-end harness: the shipped renderer and preload,
// main's real handlers over a real data file. Times are taken inside the page with
// performance.now(), so the harness's own Playwright round trips stay out of them.
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ReferenceSheetModel } from '../../main/exports';
import { COMMAND_CHANNEL } from '../../shared/ipc/channels';
import type { RekindleDocument } from '../../shared/schema/document';
import { CHROMIUM_ARGS, CHROMIUM_PATH, openApp, removeDataDir, type OpenedApp } from '../e2e/harness';
import { measureLaunch, readLaunch, type LaunchResults } from './launch-metrics';
import { makeBenchDir, writeDataFile } from './node-metrics';
import { benchInitScript, FIRST_CARD, longTaskReport, progress, takeLongTasks, within, type LongTask, type LongTaskReport } from './page-probes';
import { referenceSheetHtml } from './sheet-html';
import { summarize, timeRuns, type Summary } from './stats';

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
