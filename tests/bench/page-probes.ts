// What the bench watches inside the page: its fixed day, the renderer's long tasks and
// the first card on screen; and two helpers for steps that may take minutes.
import type { Page } from 'playwright-core';

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

export interface LongTask {
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

export async function takeLongTasks(page: Page): Promise<LongTask[] | null> {
  return page.evaluate(() => {
    const tasks = window.__benchLongTasks ?? null;
    if (tasks === null) return null;
    window.__benchLongTasks = [];
    return tasks;
  });
}

export function longTaskReport(tasks: LongTask[] | null): LongTaskReport {
  if (tasks === null) return { supported: false, over50: 0, over100: 0, longest: 0, totalBlocking: 0 };
  return {
    supported: true,
    over50: tasks.filter((task) => task.duration > 50).length,
    over100: tasks.filter((task) => task.duration > 100).length,
    longest: Math.max(0, ...tasks.map((task) => task.duration)),
    totalBlocking: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
  };
}

export const FIRST_CARD = '[data-request-id]';

/** Rejects when `promise` takes longer than `ms`: a board busy for minutes is a result too. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function progress(...parts: unknown[]): void {
  if (process.env.BENCH_VERBOSE) console.log('[bench]', ...parts);
}
