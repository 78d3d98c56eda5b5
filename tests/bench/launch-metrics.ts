// Launch, step by step: the window reloaded again and again, each time the app's own marks
// read (script run, app:load answered, first render) and the first card, each followed by
// the harness's transport alone, so the app's part stands apart from the stand-in IPC.
import type { Page } from 'playwright-core';
import { dispatch } from '../../main/ipc';
import { LAUNCH_MARKS } from '../../renderer/launch-marks';
import type { OpenedApp } from '../e2e/harness';
import { progress, takeLongTasks, type LongTask } from './page-probes';
import { summarize, type Summary } from './stats';

/** When each step of one launch happened, in ms since the page began to navigate. */
export interface LaunchSample {
  scriptRun: number;
  loaded: number;
  firstRender: number;
  firstCard: number;
}

/** Waits for the first card of the page load under way, then reads the app's launch marks. */
export async function readLaunch(page: Page): Promise<LaunchSample> {
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
export async function measureLaunch(app: OpenedApp, runs: number, tasks: LongTask[]): Promise<LaunchResults> {
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
