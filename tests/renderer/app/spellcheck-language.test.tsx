import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followSpellcheckLanguage, spellcheckLanguageOf } from '../../../renderer/app/spellcheck-language';
import { PersonDialog } from '../../../renderer/features/people/PersonDialog';
import { setSnapshot } from '../../../renderer/state/app-state';
import { createI18n } from '../../../shared/i18n';
import { emptyDocument } from '../../../shared/schema/document';
import type { Language } from '../../../shared/schema/fields';
import { makeReference } from '../../fixtures/documents';

// jsdom has no modal dialogs; opening is all the person dialog needs from it.
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
}

function fragment(html: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.append(holder);
  return holder;
}

beforeEach(() => {
  // The window's language, as applyLanguage sets it.
  document.documentElement.lang = 'en';
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('the language a focused field is written in', () => {
  it('is the field’s own, or the nearest one around it, or the window’s', () => {
    const holder = fragment(`
      <textarea id="draft" lang="de"></textarea>
      <ol lang="de-AT"><li><input id="point"></li></ol>
      <input id="notes" type="text">`);
    expect(spellcheckLanguageOf(holder.querySelector('#draft'))).toBe('de');
    expect(spellcheckLanguageOf(holder.querySelector('#point'))).toBe('de');
    expect(spellcheckLanguageOf(holder.querySelector('#notes'))).toBe('en');
  });

  it('is nothing for fields that are not spell-checked', () => {
    const holder = fragment(`
      <button id="button" lang="de">Speichern</button>
      <input id="email" type="email" lang="de">
      <input id="date" type="date">
      <textarea id="code" spellcheck="false"></textarea>
      <div spellcheck="false"><input id="inside"></div>
      <textarea id="french" lang="fr"></textarea>`);
    for (const id of ['button', 'email', 'date', 'code', 'inside', 'french']) expect(spellcheckLanguageOf(holder.querySelector(`#${id}`))).toBeNull();
  });
});

describe('following the focus', () => {
  it('reports each change of language once, not every field', async () => {
    const holder = fragment(`
      <input id="subject" lang="de"><textarea id="body" lang="de"></textarea>
      <textarea id="notes"></textarea><button id="save">Save</button>`);
    const reported: Language[] = [];
    const stop = followSpellcheckLanguage(document, async (language) => reported.push(language));

    for (const id of ['subject', 'body', 'save', 'notes', 'body']) holder.querySelector<HTMLElement>(`#${id}`)?.focus();
    stop();
    holder.querySelector<HTMLElement>('#notes')?.focus();

    expect(reported).toEqual(['de', 'en', 'de']);
  });

  it('asks again on the next focus when main could not switch', async () => {
    const holder = fragment(`<textarea id="a" lang="de"></textarea><textarea id="b" lang="de"></textarea>`);
    const reported: Language[] = [];
    let fail = true;
    const stop = followSpellcheckLanguage(document, (language) => {
      reported.push(language);
      return fail ? Promise.reject(new Error('unknown_channel')) : Promise.resolve();
    });

    holder.querySelector<HTMLElement>('#a')?.focus();
    await Promise.resolve();
    fail = false;
    holder.querySelector<HTMLElement>('#b')?.focus();
    stop();

    expect(reported).toEqual(['de', 'de']);
  });

  it('checks a person’s talking points in their language and the notes in the window’s', async () => {
    setSnapshot({ document: emptyDocument(), notice: null, readOnly: false, systemLanguage: 'en', dataFile: '/tmp/data.json' });
    const person = makeReference({
      address: { salutation: 'ms', pronouns: 'she', formality: 'formal', title: '', language: 'de' },
      talkingPoints: [{ id: 'tp-1', text: 'Abrechnung neu geschrieben' }],
    });
    const reported: Language[] = [];
    const stop = followSpellcheckLanguage(document, async (language) => reported.push(language));
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <PersonDialog person={person} onClose={() => {}} onSaved={() => {}} onDelete={() => {}} />
      </I18nextProvider>,
    );

    await userEvent.click(screen.getByLabelText('Talking point 1'));
    await userEvent.click(screen.getByLabelText('Notes'));
    stop();

    // The dialog opens with the focus in the name, written in the window's language.
    expect(reported).toEqual(['en', 'de', 'en']);
  });
});
