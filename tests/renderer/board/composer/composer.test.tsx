import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addMonths } from '../../../../shared/dates';
import { buildDraft, DRAFT_KINDS, type DraftInput } from '../../../../shared/drafts';
import { decodeMailto } from '../../../fixtures/decode-mailto';
import type { ApplicationStatus } from '../../../../shared/schema/application';
import type { RekindleDocument } from '../../../../shared/schema/document';
import { currentDocument } from '../../../../renderer/state/app-state';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../../fixtures/documents';
import { NOW, TODAY, renderComposer } from './composer-harness';

const PROFILE = { name: 'Jana Becker', email: 'jana@example.com', phone: '+49 170 1234567', city: 'Berlin', links: [] };

function scenario(
  stage: 'reconnect' | 'prep' | 'thanks' | 'done',
  email = 'maria@example.com',
  status: ApplicationStatus = stage === 'thanks' ? 'rejected' : 'applied',
): RekindleDocument {
  const reference = makeReference({ id: 'ref-maria', email, lastContactedOn: addMonths(TODAY, -25) });
  const application = makeApplication({
    id: 'app-northwind',
    company: 'Northwind',
    role: 'Design Lead',
    status,
  });
  const request = makeRequest({ id: 'req-1', referenceId: reference.id, applicationId: application.id, stage });
  return makeDocument({ profile: PROFILE, references: [reference], applications: [application], requests: [request] });
}

function inputOf(doc: RekindleDocument): DraftInput {
  return { profile: doc.profile, reference: doc.references[0]!, application: doc.applications[0]!, today: TODAY };
}

const subjectBox = () => screen.getByRole('textbox', { name: 'Subject' });
const bodyBox = () => screen.getByRole('textbox', { name: 'Message' });

describe('the draft composer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('offers the drafts of the card’s stage and fills in the one picked', async () => {
    const doc = scenario('reconnect');
    renderComposer(doc, 'req-1');
    const kinds = within(screen.getByRole('group', { name: 'Which message' })).getAllByRole('radio');
    expect(kinds.map((radio) => radio.getAttribute('value'))).toEqual(['reconnect_ask', 'follow_up']);

    const ask = buildDraft('reconnect_ask', inputOf(doc), 'en');
    expect(subjectBox()).toHaveProperty('value', ask.subject);
    expect(bodyBox()).toHaveProperty('value', ask.body);

    await userEvent.click(screen.getByRole('radio', { name: 'Follow up' }));
    expect(subjectBox()).toHaveProperty('value', buildDraft('follow_up', inputOf(doc), 'en').subject);
  });

  it('offers every draft on a finished card but the news its application does not have', () => {
    renderComposer(scenario('done'), 'req-1');
    const kinds = within(screen.getByRole('group', { name: 'Which message' })).getAllByRole('radio');
    expect(kinds.map((radio) => radio.getAttribute('value'))).toEqual(DRAFT_KINDS.filter((kind) => kind !== 'thanks_offer'));
  });

  it('opens a thank-you card on the draft that fits the outcome and offers no other news', () => {
    renderComposer(scenario('thanks', 'maria@example.com', 'withdrawn'), 'req-1');
    const kinds = within(screen.getByRole('group', { name: 'Which message' })).getAllByRole('radio');
    expect(kinds.map((radio) => radio.getAttribute('value'))).toEqual(['thanks_no', 'note_prompt']);
    expect(screen.getByRole('radio', { name: 'Thank you – no offer' })).toHaveProperty('checked', true);
    expect(bodyBox()).toHaveProperty('value', expect.stringContaining('withdrawn my application'));
  });

  it('starts in the person’s own language and form of address, not the window’s', () => {
    const doc = scenario('reconnect');
    const person = doc.references[0]!;
    const german = { ...doc, references: [{ ...person, address: { ...person.address, language: 'de' as const, formality: 'informal' as const } }] };
    renderComposer(german, 'req-1', { uiLanguage: 'en' });
    expect(screen.getByRole('radio', { name: 'German' })).toHaveProperty('checked', true);
    expect(subjectBox()).toHaveProperty('value', buildDraft('reconnect_ask', inputOf(german), 'de').subject);
    expect(bodyBox()).toHaveProperty('value', expect.stringContaining('möchte dich fragen'));
  });

  it('writes in the UI language first when the person has no language of their own, and switches at once while nothing is edited', async () => {
    const doc = scenario('reconnect');
    renderComposer(doc, 'req-1', { uiLanguage: 'de' });
    expect(screen.getByRole('textbox', { name: 'Betreff' })).toHaveProperty('value', buildDraft('reconnect_ask', inputOf(doc), 'de').subject);
    await userEvent.click(screen.getByRole('radio', { name: 'Englisch' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Betreff' })).toHaveProperty('value', buildDraft('reconnect_ask', inputOf(doc), 'en').subject);
  });

  it('adds the “why you fit” text to the ask', async () => {
    renderComposer(scenario('reconnect'), 'req-1');
    await userEvent.type(screen.getByRole('textbox', { name: 'Why you fit (optional)' }), 'I led two redesigns like this one');
    expect((bodyBox() as HTMLTextAreaElement).value).toContain('I led two redesigns like this one.');
  });

  it('restores the generated text with “Reset to draft”', async () => {
    const doc = scenario('reconnect');
    renderComposer(doc, 'req-1');
    const reset = screen.getByRole('button', { name: 'Reset to draft' });
    expect(reset).toHaveProperty('disabled', true);
    fireEvent.change(bodyBox(), { target: { value: 'My own words.' } });
    fireEvent.change(subjectBox(), { target: { value: 'Hello again' } });
    expect(reset).toHaveProperty('disabled', false);
    await userEvent.click(reset);
    const ask = buildDraft('reconnect_ask', inputOf(doc), 'en');
    expect(bodyBox()).toHaveProperty('value', ask.body);
    expect(subjectBox()).toHaveProperty('value', ask.subject);
  });

  it('asks before a switch of draft throws edits away, and keeps them when told to', async () => {
    const doc = scenario('reconnect');
    renderComposer(doc, 'req-1');
    fireEvent.change(bodyBox(), { target: { value: 'My own words.' } });

    await userEvent.click(screen.getByRole('radio', { name: 'Follow up' }));
    const prompt = screen.getByRole('alertdialog', { name: 'Discard your edits?' });
    expect(bodyBox()).toHaveProperty('value', 'My own words.');
    expect(screen.getByRole('radio', { name: 'Ask to be a reference' })).toHaveProperty('checked', true);
    expect(screen.getByRole('button', { name: 'Mark as sent' })).toHaveProperty('disabled', true);

    await userEvent.click(within(prompt).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(bodyBox()).toHaveProperty('value', 'My own words.');

    await userEvent.click(screen.getByRole('radio', { name: 'German' }));
    await userEvent.click(screen.getByRole('button', { name: 'Discard and switch' }));
    expect(bodyBox()).toHaveProperty('value', buildDraft('reconnect_ask', inputOf(doc), 'de').body);
  });

  it('disables “Open in mail app” without an email address and says why, while copying still works', async () => {
    const harness = renderComposer(scenario('reconnect', ''), 'req-1');
    const mail = screen.getByRole('button', { name: 'Open in mail app' });
    expect(mail).toHaveProperty('disabled', true);
    expect(mail.getAttribute('aria-describedby')).toBeTruthy();
    const explanation = document.getElementById(mail.getAttribute('aria-describedby') ?? '');
    expect(explanation?.textContent).toContain('no email address');

    await userEvent.click(screen.getByRole('button', { name: 'Copy text' }));
    expect(harness.clipboard).toEqual([(bodyBox() as HTMLTextAreaElement).value]);
    await screen.findByText('Copied to the clipboard.');
  });

  it('hands main a mailto link of the edited text, and copies the full text when the link had to be shortened', async () => {
    const harness = renderComposer(scenario('reconnect'), 'req-1');
    fireEvent.change(subjectBox(), { target: { value: 'A favour, Maria?' } });
    fireEvent.change(bodyBox(), { target: { value: 'Short and sweet.' } });
    await userEvent.click(screen.getByRole('button', { name: 'Open in mail app' }));
    const first = harness.calls.find((call) => call.channel === 'links:open')?.payload as { url: string };
    expect(decodeMailto(first.url)).toEqual({ to: 'maria@example.com', subject: 'A favour, Maria?', body: 'Short and sweet.' });
    expect(harness.clipboard).toEqual([]);

    const long = Array.from({ length: 80 }, (_, i) => `Sentence number ${i + 1} of a long letter.`).join(' ');
    fireEvent.change(bodyBox(), { target: { value: long } });
    await userEvent.click(screen.getByRole('button', { name: 'Open in mail app' }));
    await screen.findByText(/too long for a mail link/);
    expect(harness.clipboard).toEqual([long]);
    const second = harness.calls.filter((call) => call.channel === 'links:open')[1]?.payload as { url: string };
    expect(second.url.length).toBeLessThanOrEqual(1800);
  });

  it('marks the ask as sent: the person is asked and last contacted today, and the dialog closes', async () => {
    const harness = renderComposer(scenario('reconnect'), 'req-1');
    await userEvent.click(screen.getByRole('button', { name: 'Mark as sent' }));
    await waitFor(() => expect(harness.onClose).toHaveBeenCalled());
    const doc = harness.document();
    expect(doc.requests[0]?.checklist.ask_sent).toBe(true);
    expect(doc.requests[0]?.askedOn).toBe(TODAY);
    expect(doc.references[0]?.consent.status).toBe('asked');
    expect(doc.references[0]?.lastContactedOn).toBe(TODAY);
    // The window's copy is main's, rebuilt from the patches main answered with.
    expect(currentDocument()).toEqual(doc);
  });

  it('marks the brief as sent on a prep card', async () => {
    const harness = renderComposer(scenario('prep'), 'req-1');
    await userEvent.click(screen.getByRole('button', { name: 'Mark as sent' }));
    await waitFor(() => expect(harness.onClose).toHaveBeenCalled());
    // The brief carries the dates and who may call, so those points are ticked with it.
    expect(harness.document().requests[0]?.checklist).toEqual({ brief_sent: true, dates_shared: true, caller_named: true });
  });

  it('ticks outcome, thanks and the ask to stay a reference when the “no offer” thank-you is sent', async () => {
    const harness = renderComposer(scenario('thanks'), 'req-1');
    await userEvent.click(screen.getByRole('radio', { name: 'Thank you – no offer' }));
    await userEvent.click(screen.getByRole('button', { name: 'Mark as sent' }));
    await waitFor(() => expect(harness.onClose).toHaveBeenCalled());
    const request = harness.document().requests[0]!;
    expect(request.checklist).toEqual({ thanked: true, outcome_shared: true, stay_reference: true });
    expect(request.log.filter((entry) => entry.kind === 'message_sent')).toHaveLength(1);
    // One call carries it all, and the window's copy is main's answer applied.
    expect(harness.calls.filter((call) => call.channel.startsWith('requests:'))).toEqual([
      { channel: 'requests:markDraftSent', payload: { requestId: 'req-1', draft: 'thanks_no', on: TODAY, summary: expect.any(String) } },
    ]);
    expect(currentDocument().requests[0]).toEqual(request);
  });

  it('leaves the ask to stay a reference open after the “got the job” thank-you', async () => {
    const harness = renderComposer(scenario('thanks', 'maria@example.com', 'offer'), 'req-1');
    expect(screen.getByRole('radio', { name: 'Thank you – got the job' })).toHaveProperty('checked', true);
    await userEvent.click(screen.getByRole('button', { name: 'Mark as sent' }));
    await waitFor(() => expect(harness.onClose).toHaveBeenCalled());
    expect(harness.document().requests[0]?.checklist).toEqual({ thanked: true, outcome_shared: true });
  });

  it('shows the note prompt read-only with a copy button, and “Print…” only when printing is offered', async () => {
    const doc = scenario('thanks');
    const onPrint = vi.fn();
    const harness = renderComposer(doc, 'req-1', { onPrintNotePrompt: onPrint });
    await userEvent.click(screen.getByRole('radio', { name: 'Handwritten note' }));
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
    expect(screen.getByText('Staying a reference')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Copy note' }));
    expect(harness.clipboard[0]).toContain('Would you be willing to stay one of my references');
    await userEvent.click(screen.getByRole('button', { name: 'Print…' }));
    expect(onPrint).toHaveBeenCalledOnce();
  });

  it('has no “Print…” button when printing is not offered', async () => {
    renderComposer(scenario('thanks'), 'req-1');
    await userEvent.click(screen.getByRole('radio', { name: 'Handwritten note' }));
    expect(screen.queryByRole('button', { name: 'Print…' })).toBeNull();
  });

  it('logs a plain contact for a message sent from a finished card', async () => {
    const harness = renderComposer(scenario('done'), 'req-1');
    await userEvent.click(screen.getByRole('button', { name: 'Mark as sent' }));
    await waitFor(() => expect(harness.onClose).toHaveBeenCalled());
    const request = harness.document().requests[0]!;
    expect(request.log.at(-1)?.kind).toBe('email');
    expect(harness.document().references[0]?.lastContactedOn).toBe(TODAY);
  });

  it('shows what main refused and stays open', async () => {
    const doc = scenario('reconnect');
    const closed = { ...doc, requests: doc.requests.map((request) => ({ ...request, closed: 'declined' as const })) };
    const harness = renderComposer(closed, 'req-1');
    await userEvent.click(screen.getByRole('button', { name: 'Mark as sent' }));
    await screen.findByText(/could not be saved/);
    expect(harness.onClose).not.toHaveBeenCalled();
  });
});
