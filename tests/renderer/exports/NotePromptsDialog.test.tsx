import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RekindleDocument } from '../../../shared/schema/document';
import { PrepBriefButton } from '../../../renderer/features/board/PrepBriefButton';
import { NotePromptsDialog } from '../../../renderer/features/exports/NotePromptsDialog';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';
import type { SavedFile } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { deferred, ok, refused, renderExports } from './exports-harness';

function thanksDocument(): RekindleDocument {
  return makeDocument({
    applications: [makeApplication({ id: 'app-tailspin', company: 'Tailspin Toys' }), makeApplication({ id: 'app-contoso', company: 'Contoso' })],
    references: [
      makeReference({ id: 'ref-sabine', name: 'Sabine Müller' }),
      makeReference({ id: 'ref-kofi', name: 'Kofi Mensah' }),
      makeReference({ id: 'ref-eleni', name: 'Ελένη Παπαδοπούλου' }),
    ],
    requests: [
      makeRequest({ id: 'req-done', referenceId: 'ref-sabine', applicationId: 'app-contoso', stage: 'done', position: 1 }),
      makeRequest({ id: 'req-kofi', referenceId: 'ref-kofi', applicationId: null, stage: 'thanks', position: 2 }),
      makeRequest({ id: 'req-sabine', referenceId: 'ref-sabine', applicationId: 'app-tailspin', stage: 'thanks', position: 1 }),
      makeRequest({ id: 'req-prep', referenceId: 'ref-eleni', applicationId: 'app-tailspin', stage: 'prep', position: 1 }),
      makeRequest({ id: 'req-declined', referenceId: 'ref-eleni', applicationId: 'app-contoso', stage: 'thanks', closed: 'declined', position: 3 }),
    ],
  });
}

type NotesPayload = { requestIds: string[]; language: string; action: string };

function cards(): { label: string; checked: boolean }[] {
  return within(screen.getByRole('group', { name: 'Who do you want to write to?' }))
    .getAllByRole<HTMLInputElement>('checkbox')
    .map((box) => ({ label: box.closest('li')!.textContent!, checked: box.checked }));
}

describe('NotePromptsDialog', () => {
  it('offers the open thank-you and done cards, with the waiting thank-yous ticked', () => {
    renderExports(<NotePromptsDialog onClose={() => {}} />, thanksDocument());
    expect(cards()).toEqual([
      { label: 'Sabine Müller Tailspin ToysThank-you', checked: true },
      { label: 'Kofi Mensah Whole searchThank-you', checked: true },
      { label: 'Sabine Müller ContosoDone', checked: false },
    ]);
  });

  it('ticks only the cards it was opened with', () => {
    renderExports(<NotePromptsDialog initialRequestIds={['req-done']} onClose={() => {}} />, thanksDocument());
    expect(cards().map((card) => card.checked)).toEqual([false, false, true]);
  });

  it('prints the ticked cards in the chosen language and says the viewer is open', async () => {
    const user = userEvent.setup();
    const harness = renderExports(<NotePromptsDialog onClose={() => {}} />, thanksDocument());
    await user.click(screen.getByRole('checkbox', { name: /Kofi Mensah/ }));
    await user.click(screen.getByRole('checkbox', { name: /Contoso/ }));
    await user.selectOptions(screen.getByLabelText('Language of the prompts'), 'de');
    await user.click(screen.getByRole('button', { name: 'Print…' }));
    await screen.findByText('The prompts are open in your PDF viewer, ready to print.');
    expect(harness.payloads<NotesPayload>('notePrompts')).toEqual([{ requestIds: ['req-sabine', 'req-done'], language: 'de', action: 'print' }]);
  });

  it('saves through main’s dialog and says where the file went', async () => {
    const user = userEvent.setup();
    const harness = renderExports(<NotePromptsDialog onClose={() => {}} />, thanksDocument(), {
      handlers: { notePrompts: () => ok({ savedTo: '/home/jana/Dankeskarten.pdf' }) },
    });
    await user.click(screen.getByRole('button', { name: 'Save…' }));
    await screen.findByText('Saved to /home/jana/Dankeskarten.pdf');
    expect(harness.payloads<NotesPayload>('notePrompts')[0]).toEqual({ requestIds: ['req-sabine', 'req-kofi'], language: 'en', action: 'save' });
  });

  it('explains when a card was deleted in the meantime', async () => {
    const user = userEvent.setup();
    renderExports(<NotePromptsDialog onClose={() => {}} />, thanksDocument(), {
      handlers: { notePrompts: () => refused('not_found', 'No reference request with id req-kofi') },
    });
    await user.click(screen.getByRole('button', { name: 'Print…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('was deleted in the meantime');
  });

  it('teaches when the thank-yous come when there are none yet', () => {
    const document = thanksDocument();
    renderExports(<NotePromptsDialog onClose={() => {}} />, { ...document, requests: document.requests.filter((request) => request.stage === 'prep') });
    expect(screen.getByRole('heading', { name: 'No thank-yous to write yet' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Print…' })).toBeNull();
  });
});

describe('PrepBriefButton', () => {
  it('asks main for the brief in the person’s language, shows the busy state, then where it was saved', async () => {
    const user = userEvent.setup();
    const answer = deferred<Result<SavedFile>>();
    const harness = renderExports(<PrepBriefButton requestId="req-prep" language="de" />, thanksDocument(), {
      language: 'de',
      handlers: { prepBrief: () => answer.promise },
    });
    await user.click(screen.getByRole('button', { name: 'Briefing als PDF speichern …' }));
    expect(screen.getByRole('button', { name: 'Wird exportiert …' }).getAttribute('aria-busy')).toBe('true');
    // A second click while main works starts nothing.
    await user.click(screen.getByRole('button', { name: 'Wird exportiert …' }));
    answer.resolve(ok({ savedTo: '/home/jana/Briefing.pdf' }));
    await screen.findByText('Gespeichert unter /home/jana/Briefing.pdf');
    expect(harness.payloads('prepBrief')).toEqual([{ requestId: 'req-prep', language: 'de' }]);
  });

  it('writes the brief in the language picked beside the button', async () => {
    const user = userEvent.setup();
    const harness = renderExports(<PrepBriefButton requestId="req-prep" language="de" />, thanksDocument(), {
      language: 'en',
      handlers: { prepBrief: () => Promise.resolve(ok({ savedTo: null })) },
    });
    const choice = screen.getByRole('combobox', { name: 'Language of the brief' });
    expect(choice).toHaveProperty('value', 'de');
    await user.selectOptions(choice, 'en');
    await user.click(screen.getByRole('button', { name: 'Save prep brief (PDF)…' }));
    await waitFor(() => expect(harness.payloads('prepBrief')).toEqual([{ requestId: 'req-prep', language: 'en' }]));
  });

  it('says the brief could not be made in the window’s words, not main’s', async () => {
    const user = userEvent.setup();
    renderExports(<PrepBriefButton requestId="req-gone" language="en" />, thanksDocument(), {
      handlers: { prepBrief: () => refused('internal', 'font missing') },
    });
    await user.click(screen.getByRole('button', { name: 'Save prep brief (PDF)…' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The document could not be created. Something went wrong, and nothing was changed. Please try again.');
    expect(alert.textContent).not.toContain('font missing');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save prep brief (PDF)…' }).getAttribute('aria-busy')).toBe('false'));
  });
});

describe('NotePromptsDialog: addresses for posting', () => {
  it('says how many of the people chosen have an address and asks main for labels when chosen', async () => {
    const user = userEvent.setup();
    const document = thanksDocument();
    document.references[0] = {
      ...document.references[0]!,
      postalAddress: { street: ['Hafenstraße 12'], postcode: '20457', city: 'Hamburg', region: '', country: '' },
    };
    const harness = renderExports(<NotePromptsDialog onClose={() => {}} />, document);
    expect(screen.getByText(/1 of 2 people chosen have a postal address/)).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Addresses for posting'), 'A page of address labels');
    await user.click(screen.getByRole('button', { name: 'Save…' }));
    await waitFor(() => expect(harness.payloads<NotesPayload & { addresses?: string }>('notePrompts').at(-1)).toMatchObject({ action: 'save', addresses: 'labels' }));
  });
});
