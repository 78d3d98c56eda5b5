import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldIssue, Result } from '../../../shared/ipc/result';
import type { DocumentPatch } from '../../../shared/patch';
import { createI18n } from '../../../shared/i18n';
import { emptyDocument } from '../../../shared/schema/document';
import { PersonDialog } from '../../../renderer/features/people/PersonDialog';
import { setSnapshot } from '../../../renderer/state/app-state';
import { answerWithHandlers, type Answer } from '../bridge/bridge';
import { makeReference } from '../../fixtures/documents';

// jsdom has no modal dialogs; opening is all this dialog needs from it.
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
}

/** main's answer to the save, typed as that channel's; the request it got is recorded. */
function answerSave(result: Answer<'references:save'>) {
  const save = vi.fn((_payload: unknown) => result);
  answerWithHandlers({ 'references:save': save });
  return save;
}

/** What main answers for a saved new person: the patch that adds them. */
function savedAs(id: string): Result<{ patch: DocumentPatch; id: string }> {
  return { ok: true, value: { patch: { references: { upsert: [makeReference({ id })], remove: [] } }, id } };
}

function renderNewPerson() {
  const onSaved = vi.fn();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <PersonDialog person={null} onClose={() => {}} onSaved={onSaved} onDelete={() => {}} />
    </I18nextProvider>,
  );
  return { onSaved };
}

describe('the person form', () => {
  beforeEach(() => {
    setSnapshot({ document: emptyDocument(), notice: null, readOnly: false, systemLanguage: 'en', dataFile: '/tmp/data.json' });
  });

  it('shows main’s refusal on the field it names when main disagrees with the form', async () => {
    const issues: FieldIssue[] = [{ path: 'fields.email', code: 'invalid_email' }];
    const save = answerSave({ ok: false, error: { code: 'invalid_input', message: 'refused', issues } });
    const { onSaved } = renderNewPerson();
    await userEvent.type(screen.getByLabelText('Name'), 'Анна Иванова');
    await userEvent.type(screen.getByLabelText('Email'), 'anna@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));

    expect(await screen.findByText('This does not look like an email address.')).toBeTruthy();
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
    expect(save).toHaveBeenCalledTimes(1);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('sends empty year and date boxes as null and numbers as numbers', async () => {
    const save = answerSave(savedAs('new-id'));
    const { onSaved } = renderNewPerson();
    await userEvent.type(screen.getByLabelText('Name'), '王小明');
    await userEvent.type(screen.getByLabelText('From (year)'), '2015');
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith('new-id', true));
    const sent = save.mock.calls[0]?.[0] as { id: string | null; fields: Record<string, unknown> };
    expect(sent.id).toBeNull();
    expect(sent.fields).toMatchObject({ name: '王小明', workedFrom: 2015, workedTo: null, lastContactedOn: null, cadenceMonths: 6 });
  });

  it('adds a talking point with an id main accepts', async () => {
    const save = answerSave(savedAs('new-id'));
    renderNewPerson();
    await userEvent.type(screen.getByLabelText('Name'), 'Łukasz Żółć');
    await userEvent.click(screen.getByRole('button', { name: 'Add a talking point' }));
    await userEvent.type(screen.getByLabelText('Talking point 1'), 'Checkout redesign');
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));

    await vi.waitFor(() => expect(save).toHaveBeenCalled());
    const sent = save.mock.calls[0]?.[0] as { fields: { talkingPoints: { id: string; text: string }[] } };
    expect(sent.fields.talkingPoints).toHaveLength(1);
    expect(sent.fields.talkingPoints[0]?.text).toBe('Checkout redesign');
    expect(sent.fields.talkingPoints[0]?.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });

  it('saves a postal address in its parts, without empty street lines', async () => {
    const save = answerSave(savedAs('new-id'));
    renderNewPerson();
    await userEvent.type(screen.getByLabelText('Name'), 'Maria Schäfer');
    await userEvent.type(screen.getByLabelText('Street and number'), 'Hafenstraße 12');
    await userEvent.type(screen.getByLabelText('Postcode'), '20457');
    await userEvent.type(screen.getByLabelText('Town or city'), 'Hamburg');
    await userEvent.type(screen.getByLabelText('Country'), 'Deutschland');
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));

    await vi.waitFor(() => expect(save).toHaveBeenCalled());
    const sent = save.mock.calls[0]?.[0] as { fields: Record<string, unknown> };
    expect(sent.fields.postalAddress).toEqual({ street: ['Hafenstraße 12'], postcode: '20457', city: 'Hamburg', region: '', country: 'Deutschland' });
  });

  it('saves no postal address when none was typed', async () => {
    const save = answerSave(savedAs('new-id'));
    renderNewPerson();
    await userEvent.type(screen.getByLabelText('Name'), 'Anna Smith');
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));
    await vi.waitFor(() => expect(save).toHaveBeenCalled());
    const sent = save.mock.calls[0]?.[0] as { fields: Record<string, unknown> };
    expect(sent.fields).not.toHaveProperty('postalAddress');
  });
});
