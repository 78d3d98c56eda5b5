// Reminders while the app runs, as main wires them: the real core on a temp folder, the
// window's calls through the real IPC boundary, Electron's notifications, badge and power
// events from the mock, and a clock and timer the test moves by hand.
process.env.TZ = 'Europe/Berlin';

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppCore, type AppCore } from '../../main/app-core';
import { dispatch } from '../../main/ipc';
import { startDesktopReminders, type DesktopReminders } from '../../main/reminders';
import { isAppUrl } from '../../main/security';
import { fileReminderMemory } from '../../main/services/reminder-memory';
import { confEngine } from '../../main/store/engine';
import type { StoreTimers } from '../../main/store/timers';
import { toIsoDate } from '../../shared/dates';
import { overdueCount } from '../../shared/due';
import type { RekindleDocument } from '../../shared/schema/document';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../fixtures/documents';
import { APP_URL, appFrameEvent, createDesktopMock, type DesktopMock } from './electron-mock';

/** A clock and one-shot timers moved by hand: `advanceTo` lets every timer due by then fire, in order. */
function manualTime(start: string) {
  let now = new Date(start).getTime();
  const pending = new Map<number, { at: number; run: () => void }>();
  let next = 0;
  const timers: StoreTimers = {
    set(run, ms) {
      next += 1;
      pending.set(next, { at: now + ms, run });
      return next;
    },
    clear(handle) {
      if (typeof handle === 'number') pending.delete(handle);
    },
  };
  return {
    clock: () => new Date(now),
    timers,
    /** How many timers are set: the scheduler keeps exactly one. */
    pendingCount: () => pending.size,
    advanceTo(iso: string) {
      const target = new Date(iso).getTime();
      for (;;) {
        const due = [...pending.entries()].filter(([, timer]) => timer.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = target;
    },
    /** The wall clock jumps without any timer firing: sleep, or a clock set by hand. */
    jumpTo(iso: string) {
      now = new Date(iso).getTime();
    },
  };
}

/** Anna was asked a week before 28 November: her follow-up falls due that day. Ben's thank-you is late. */
function documentWith({ lateThanks, askedOn = '2026-11-21' }: { lateThanks: boolean; askedOn?: string }): RekindleDocument {
  const anna = makeReference({ id: 'anna', name: 'Anna Berg', consent: { status: 'asked', askedOn, answeredOn: null }, lastContactedOn: askedOn });
  const ben = makeReference({ id: 'ben', name: 'Ben Ode', consent: { status: 'agreed', askedOn: '2026-10-01', answeredOn: '2026-10-02' } });
  const acme = makeApplication({ id: 'acme', company: 'ACME', status: 'rejected' });
  const followUp = makeRequest({ id: 'card-anna', referenceId: 'anna', applicationId: 'acme', stage: 'reconnect', askedOn, checklist: { ask_sent: true } });
  const thanks = makeRequest({
    id: 'card-ben',
    referenceId: 'ben',
    applicationId: 'acme',
    stage: 'thanks',
    log: [{ id: 'l1', kind: 'outcome', at: '2026-11-20T10:00:00.000Z', on: '2026-11-20', text: 'rejected' }],
  });
  return makeDocument({ references: [anna, ben], applications: [acme], requests: lateThanks ? [followUp, thanks] : [followUp] });
}

describe('reminders while the app runs', () => {
  let dir: string;
  let time: ReturnType<typeof manualTime>;
  let desktop: DesktopMock;
  let core: AppCore;
  let reminders: DesktopReminders;

  function start(document: RekindleDocument, at: string): void {
    writeFileSync(join(dir, 'rekindle-data.json'), JSON.stringify(document), { mode: 0o600 });
    time = manualTime(at);
    desktop = createDesktopMock();
    // As main/index.ts wires it: every saved change and every view report reaches the reminders.
    core = openAppCore({
      dataDir: dir,
      engine: confEngine,
      now: time.clock,
      systemLanguage: 'en',
      dialogs: { save: async () => null, open: async () => null },
      openExternal: async () => {},
      openPath: async () => {},
      onDocumentChanged: () => reminders.refresh(),
      onViewShown: (view) => reminders.viewShown(view),
    });
    reminders = startDesktopReminders({
      ...desktop.targets,
      document: () => core.store.document,
      language: () => core.store.document.settings.language ?? 'en',
      clock: time.clock,
      timers: time.timers,
      memory: fileReminderMemory(join(dir, 'rekindle-reminders.json')),
    });
  }

  const send = (channel: string, payload: unknown) => dispatch(channel, appFrameEvent(), payload, core.handlers, { isTrustedUrl: (url) => isAppUrl(url, APP_URL) });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rekindle-reminders-'));
  });
  afterEach(() => {
    reminders.stop();
    core.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows exactly one notification at 9:00 for a task due that day, and none at 9:01', () => {
    start(documentWith({ lateThanks: false }), '2026-11-28T07:30:00+01:00');
    time.advanceTo('2026-11-28T08:59:59+01:00');
    expect(desktop.notifications).toEqual([]);
    time.advanceTo('2026-11-28T09:00:00+01:00');
    expect(desktop.notifications.map(({ body, shown }) => ({ body, shown }))).toEqual([{ body: 'Due today: Follow up with Anna about ACME.', shown: true }]);
    time.advanceTo('2026-11-28T09:01:00+01:00');
    desktop.resume();
    time.advanceTo('2026-11-28T23:59:00+01:00');
    expect(desktop.notifications).toHaveLength(1);
    expect(time.pendingCount()).toBe(1);
  });

  it('wakes at 9:00 on the wall clock the morning the clocks go forward, with one timer all night', () => {
    start(documentWith({ lateThanks: false, askedOn: '2026-03-22' }), '2026-03-28T20:00:00+01:00');
    time.advanceTo('2026-03-29T08:59:00+02:00');
    expect(desktop.notifications).toEqual([]);
    expect(time.pendingCount()).toBe(1);
    time.advanceTo('2026-03-29T09:00:00+02:00');
    expect(desktop.notifications).toHaveLength(1);
  });

  it('opens the card when the one task is a card, bringing the window forward', () => {
    start(documentWith({ lateThanks: false }), '2026-11-28T08:00:00+01:00');
    desktop.window.minimized = true;
    time.advanceTo('2026-11-28T09:00:00+01:00');
    desktop.notifications[0]?.click();
    expect(desktop.windowCalls).toEqual(['restore', 'show', 'focus']);
    expect(desktop.sent).toEqual([{ type: 'openCard', requestId: 'card-anna' }]);
  });

  it('navigates to Today when the summary covers several tasks', () => {
    start(documentWith({ lateThanks: true }), '2026-11-28T08:00:00+01:00');
    time.advanceTo('2026-11-28T09:00:00+01:00');
    expect(desktop.notifications.map((notification) => notification.body)).toEqual(['2 reference tasks are waiting for you today, 1 of them overdue.']);
    desktop.notifications[0]?.click();
    expect(desktop.sent).toEqual([{ type: 'navigate', view: 'today' }]);
    expect(desktop.windowCalls).toContain('focus');
  });

  it('keeps the badge at Today’s overdue count, through saved changes and midnight', async () => {
    start(documentWith({ lateThanks: true }), '2026-11-28T08:00:00+01:00');
    const todays = () => overdueCount(core.store.document, toIsoDate(time.clock()));
    expect(desktop.badges.at(-1)).toBe(1);
    expect(desktop.badges.at(-1)).toBe(todays());
    // Marking the thank-you sent and Ben asked to stay a reference finishes it: nothing is late.
    const done = await send('requests:complete', { requestId: 'card-ben' });
    expect(done.ok).toBe(true);
    expect(desktop.badges.at(-1)).toBe(todays());
    // Anna's follow-up, due on the 28th, is late from midnight on.
    const before = desktop.badges.at(-1) ?? -1;
    time.advanceTo('2026-11-29T00:00:00+01:00');
    expect(desktop.badges.at(-1)).toBe(before + 1);
    expect(desktop.badges.at(-1)).toBe(todays());
  });

  it('stops once reminders are switched off in Settings, and the choice is on disk', async () => {
    start(documentWith({ lateThanks: false }), '2026-11-27T12:00:00+01:00');
    const answer = await send('settings:update', { reminders: { enabled: false, time: '09:00' } });
    expect(answer.ok).toBe(true);
    time.advanceTo('2026-11-30T12:00:00+01:00');
    expect(desktop.notifications).toEqual([]);
    core.store.close();
    const reopened = openAppCore({ ...core.options });
    expect(reopened.store.document.settings.reminders).toEqual({ enabled: false, time: '09:00' });
    reopened.store.close();
  });

  it('follows a new time chosen in Settings', async () => {
    start(documentWith({ lateThanks: false }), '2026-11-28T07:00:00+01:00');
    await send('settings:update', { reminders: { enabled: true, time: '10:30' } });
    time.advanceTo('2026-11-28T10:29:00+01:00');
    expect(desktop.notifications).toEqual([]);
    time.advanceTo('2026-11-28T10:30:00+01:00');
    expect(desktop.notifications).toHaveLength(1);
  });

  it('stays quiet while the window is focused on Today, and speaks when Today is not in front', async () => {
    start(documentWith({ lateThanks: false }), '2026-11-28T08:00:00+01:00');
    desktop.window.focused = true;
    expect((await send('window:viewShown', { view: 'today' })).ok).toBe(true);
    time.advanceTo('2026-11-28T09:00:00+01:00');
    expect(desktop.notifications).toEqual([]);

    start(documentWith({ lateThanks: false }), '2026-11-29T08:00:00+01:00');
    desktop.window.focused = true;
    await send('window:viewShown', { view: 'board' });
    time.advanceTo('2026-11-29T09:00:00+01:00');
    expect(desktop.notifications).toHaveLength(1);
  });

  it('looks again on waking from sleep, when the timer is late', () => {
    start(documentWith({ lateThanks: false }), '2026-11-28T08:30:00+01:00');
    time.jumpTo('2026-11-28T11:00:00+01:00');
    expect(desktop.notifications).toEqual([]);
    desktop.resume();
    expect(desktop.notifications).toHaveLength(1);
  });

  it('does not repeat the day’s summary after a restart, nor when the clock is set back', () => {
    start(documentWith({ lateThanks: false }), '2026-11-28T09:30:00+01:00');
    expect(desktop.notifications).toHaveLength(1);
    reminders.stop();
    core.store.close();
    start(documentWith({ lateThanks: false }), '2026-11-28T08:50:00+01:00');
    time.advanceTo('2026-11-28T12:00:00+01:00');
    expect(desktop.notifications).toEqual([]);
  });

  it('still answers a saved change when the system refuses to show a notification', async () => {
    start(documentWith({ lateThanks: false }), '2026-11-28T08:00:00+01:00');
    reminders.stop();
    const errors: unknown[] = [];
    class Refused {
      static isSupported = () => true;
      on() {}
      show() {
        throw new Error('notifications are blocked');
      }
    }
    reminders = startDesktopReminders({
      ...desktop.targets,
      Notification: Refused,
      document: () => core.store.document,
      language: () => 'en',
      clock: time.clock,
      timers: time.timers,
      logError: (error) => errors.push(error),
    });
    time.jumpTo('2026-11-28T09:30:00+01:00');
    expect((await send('settings:update', { paperSize: 'Letter' })).ok).toBe(true);
    expect(errors).toHaveLength(1);
    expect(time.pendingCount()).toBe(1);
  });

  it('keeps reminding after the window was closed on macOS, and a click then does nothing', () => {
    start(documentWith({ lateThanks: false }), '2026-11-28T08:00:00+01:00');
    desktop.window.destroyed = true;
    time.advanceTo('2026-11-28T09:00:00+01:00');
    expect(desktop.notifications).toHaveLength(1);
    desktop.notifications[0]?.click();
    expect(desktop.sent).toEqual([]);
  });

  it('refuses a malformed view report or reminder time and changes nothing', async () => {
    start(documentWith({ lateThanks: false }), '2026-11-28T08:00:00+01:00');
    for (const [channel, payload] of [
      ['window:viewShown', { view: 'kitchen' }],
      ['window:viewShown', { view: 'today', extra: 1 }],
      ['settings:update', { reminders: { enabled: true, time: '25:00' } }],
      ['settings:update', { reminders: { enabled: 'yes', time: '09:00' } }],
    ] as const) {
      const answer = await send(channel, payload);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(core.store.document.settings.reminders).toBeUndefined();
  });
});
