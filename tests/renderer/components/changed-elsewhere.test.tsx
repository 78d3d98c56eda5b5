// The small history of values another computer's later change replaced, as the person
// form shows it: the field by its name, the old value as a person reads it, where and when.
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { PersonDialog } from '../../../renderer/features/people/PersonDialog';
import { setSnapshot } from '../../../renderer/state/app-state';
import { createI18n } from '../../../shared/i18n';
import type { Language } from '../../../shared/schema/fields';
import type { Reference } from '../../../shared/schema/person';
import { makeDocument, makeReference } from '../../fixtures/documents';

// The times below are Berlin's, whatever the machine's zone.
process.env.TZ = 'Europe/Berlin';

if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
}

const maria = makeReference({
  id: 'p-maria',
  name: 'Maria Schäfer',
  organisation: 'Zalando',
  overwritten: [
    { field: 'organisation', value: 'Blue Yonder', device: 'Annas-MacBook', at: '2026-12-01T09:15:00.000Z' },
    { field: 'relationship', value: 'mentor', device: 'Office-PC', at: '2026-12-02T16:40:00.000Z' },
    { field: 'lastContactedOn', value: null, device: 'Office-PC', at: '2026-11-20T08:00:00.000Z' },
  ],
});

function open(person: Reference, language: Language) {
  setSnapshot({ document: makeDocument({ references: [person], settings: { ...makeDocument().settings, language } }), notice: null, readOnly: false, systemLanguage: language, dataFile: '/tmp/data.json' });
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <PersonDialog person={person} onClose={() => {}} onSaved={() => {}} onDelete={() => {}} />
    </I18nextProvider>,
  );
}

describe('the history of values changed on another computer', () => {
  beforeEach(() => setSnapshot({ document: makeDocument(), notice: null, readOnly: false, systemLanguage: 'en', dataFile: '/tmp/data.json' }));

  it('lists each replaced value, newest first, with the field’s name, the computer and the time', () => {
    open(maria, 'en');
    const history = screen.getByRole('region', { name: 'Changed on your other computer' });
    const entries = within(history).getAllByRole('listitem').map((item) => item.textContent);
    expect(entries).toEqual([
      'Relationship: was “Mentor” on Office-PC, 2 Dec 2026, 17:40',
      'Organisation: was “Blue Yonder” on Annas-MacBook, 1 Dec 2026, 10:15',
      'Last contact: was “empty” on Office-PC, 20 Nov 2026, 09:00',
    ]);
  });

  it('speaks German in a German window', () => {
    open(maria, 'de');
    const history = screen.getByRole('region', { name: 'Auf deinem anderen Computer geändert' });
    expect(within(history).getAllByRole('listitem')[0]?.textContent).toBe('Beziehung: war „Mentor·in“ auf Office-PC, 02.12.2026, 17:40');
  });

  it('is not there for a record nothing replaced', () => {
    open(makeReference({ id: 'p-ada', name: 'Ada Lovelace' }), 'en');
    expect(screen.queryByRole('region', { name: 'Changed on your other computer' })).toBeNull();
  });
});
