import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../main/app-core';
import { registerIpcHandlers } from '../../main/ipc';
import { isAppUrl } from '../../main/security';
import { dictionaryFor, sessionSpellChecker } from '../../main/spellcheck';
import { openHandlerCore } from './handlers/handler-core';
import { APP_URL, appFrameEvent, createIpcMainMock, createSpellCheckSessionMock, type SpellCheckSessionMock } from './electron-mock';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-spellcheck-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The app's core and IPC over a session with these dictionaries, as on Windows or Linux unless told. */
function windowWith(session: SpellCheckSessionMock, platform: NodeJS.Platform = 'linux') {
  const errors: unknown[] = [];
  const core: AppCore = openHandlerCore(dir, { spellChecker: sessionSpellChecker(session, platform, (error) => errors.push(error)) });
  const ipcMain = createIpcMainMock();
  registerIpcHandlers(ipcMain, core.handlers, { isTrustedUrl: (url) => isAppUrl(url, APP_URL) });
  const focus = (payload: unknown) => ipcMain.invoke('app:setSpellcheckLanguage', appFrameEvent(), payload);
  return { focus, errors };
}

const WINDOWS_DICTIONARIES = ['de-DE', 'en-GB', 'en-US', 'fr-FR'];

describe('the spellchecker follows the language of the focused text', () => {
  it('checks a German draft in German and an English one in English again', async () => {
    const session = createSpellCheckSessionMock(WINDOWS_DICTIONARIES, ['en-US']);
    const { focus } = windowWith(session);

    expect(await focus({ language: 'de' })).toEqual({ ok: true, value: { dictionaries: ['de-DE'] } });
    expect(session.getSpellCheckerLanguages()).toEqual(['de-DE']);

    expect(await focus({ language: 'en' })).toEqual({ ok: true, value: { dictionaries: ['en-US'] } });
    expect(session.setCalls).toEqual([['de-DE'], ['en-US']]);
  });

  it('does not reload the dictionary when the next field is in the same language', async () => {
    const session = createSpellCheckSessionMock(WINDOWS_DICTIONARIES, ['en-US']);
    const { focus } = windowWith(session);

    await focus({ language: 'de' });
    await focus({ language: 'de' });
    await focus({ language: 'de' });

    expect(session.setCalls).toEqual([['de-DE']]);
  });

  it('takes another variant of the language when the usual one is missing', async () => {
    const session = createSpellCheckSessionMock(['en-GB', 'de-CH'], ['en-GB']);
    const { focus } = windowWith(session);

    await focus({ language: 'de' });

    expect(session.getSpellCheckerLanguages()).toEqual(['de-CH']);
  });

  it('keeps the current dictionary when there is none for the language', async () => {
    const session = createSpellCheckSessionMock(['en-US', 'fr-FR'], ['en-US']);
    const { focus, errors } = windowWith(session);

    expect(await focus({ language: 'de' })).toEqual({ ok: true, value: { dictionaries: ['en-US'] } });
    expect(session.setCalls).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('leaves the choice to the system on macOS', async () => {
    const session = createSpellCheckSessionMock([], []);
    const { focus } = windowWith(session, 'darwin');

    expect(await focus({ language: 'de' })).toEqual({ ok: true, value: { dictionaries: [] } });
    expect(session.setCalls).toEqual([]);
  });

  it('logs a dictionary the session refuses and still answers', async () => {
    const session = createSpellCheckSessionMock(['de-DE', 'en-US'], ['en-US']);
    session.setSpellCheckerLanguages = () => {
      throw new Error('Invalid language code provided');
    };
    const { focus, errors } = windowWith(session);

    expect(await focus({ language: 'de' })).toEqual({ ok: true, value: { dictionaries: ['en-US'] } });
    expect(errors).toHaveLength(1);
  });

  it.each([
    ['a language the app does not speak', { language: 'fr' }],
    ['a dictionary code instead of a language', { language: 'de-DE' }],
    ['an extra field', { language: 'de', dictionaries: ['xx'] }],
    ['no payload', undefined],
  ])('refuses %s and leaves the dictionaries alone', async (_case, payload) => {
    const session = createSpellCheckSessionMock(WINDOWS_DICTIONARIES, ['en-US']);
    const { focus } = windowWith(session);

    expect(await focus(payload)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(session.setCalls).toEqual([]);
  });
});

describe('the dictionary for a language', () => {
  it('prefers the most common variant, whatever the platform calls it', () => {
    expect(dictionaryFor('en', ['en-AU', 'en-GB', 'en-US'])).toBe('en-US');
    expect(dictionaryFor('de', ['de_AT', 'de_DE'])).toBe('de_DE');
    expect(dictionaryFor('de', ['de-LI'])).toBe('de-LI');
    expect(dictionaryFor('en', ['de-DE', 'fr'])).toBeNull();
  });
});
