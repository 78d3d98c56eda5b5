// What the window shows of the user's other computers, with main's pushes delivered through
// the real preload: saving paused while the data folder is away (and taken back when it
// returns), and the short word on what came in.
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App';
import { clearToasts } from '../../../renderer/state/toasts';
import { COMMAND_CHANNEL, type AppCommand } from '../../../shared/ipc/channels';
import type { Language } from '../../../shared/schema/fields';
import { makeDocument, makeReference } from '../../fixtures/documents';
import { answerWithCore, type CoreBridge } from '../bridge/bridge';
import { push } from '../bridge/electron-fake';

// jsdom has no idle callbacks; the window's warm-up of later screens is not what these tests
// watch, so it never gets its idle moment here.
globalThis.requestIdleCallback ??= () => 0;
globalThis.cancelIdleCallback ??= () => undefined;

let bridge: CoreBridge | null = null;
afterEach(() => {
  bridge?.dispose();
  bridge = null;
  clearToasts();
  act(() => push(COMMAND_CHANNEL, { type: 'savingPaused', paused: false } satisfies AppCommand));
});

async function openWindow(language: Language) {
  bridge = answerWithCore(makeDocument({ references: [makeReference({ id: 'p-maria', name: 'Maria Schäfer' })] }), { systemLanguage: language });
  render(<App />);
  await screen.findByRole('navigation');
}

const send = (command: AppCommand) => act(() => push(COMMAND_CHANNEL, command));

describe('the window and the other computers', () => {
  it.each([
    ['en', 'can’t reach its data folder right now, so saving is paused'],
    ['de', 'erreicht seinen Datenordner gerade nicht, darum ist das Speichern angehalten'],
  ] as const)('says calmly that saving waits for the folder, and takes it back when the folder returns (%s)', async (language, words) => {
    await openWindow(language);
    expect(screen.queryByText(new RegExp(words))).toBeNull();

    send({ type: 'savingPaused', paused: true });
    const notice = screen.getByText(new RegExp(words));
    expect(notice.closest('[role="status"]')).not.toBeNull();
    // Nothing offers a change that could not be saved: the language setting is disabled.
    send({ type: 'navigate', view: 'settings' });
    const languageName = language === 'en' ? 'Language of the app' : 'Sprache der App';
    // Settings comes in its own chunk, fetched on first visit.
    await screen.findByRole('combobox', { name: languageName }, { timeout: 5_000 });
    const languageSetting = () => screen.getByRole<HTMLSelectElement>('combobox', { name: languageName });
    expect(languageSetting().disabled).toBe(true);

    send({ type: 'savingPaused', paused: false });
    expect(screen.queryByText(new RegExp(words))).toBeNull();
    expect(languageSetting().disabled).toBe(false);
  });

  it.each([
    ['en', '3 changes from Annas-MacBook and one change from Office-PC'],
    ['de', '3 Änderungen von Annas-MacBook und eine Änderung von Office-PC'],
  ] as const)('shows who came in, in place, and says briefly from where (%s)', async (language, words) => {
    await openWindow(language);
    send({ type: 'navigate', view: 'people' });
    await screen.findByText('Maria Schäfer', {}, { timeout: 5_000 });
    const ada = makeReference({ id: 'p-ada', name: 'Ada Lovelace', rank: 1 });
    send({
      type: 'externalChanges',
      patch: { references: { upsert: [ada], remove: [] } },
      from: [
        { deviceId: 'd-2', deviceName: 'Annas-MacBook', changes: 3 },
        { deviceId: 'd-3', deviceName: 'Office-PC', changes: 1 },
      ],
    });
    expect(screen.getByText('Ada Lovelace')).toBeTruthy();
    expect(screen.getByText('Maria Schäfer')).toBeTruthy();
    const said = screen.getByText(words);
    expect(said.closest('[aria-live="polite"]')).not.toBeNull();
  });
});
