import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Reference } from '../../../shared/schema/person';
import type { RekindleDocument } from '../../../shared/schema/document';
import { ReferenceSheetDialog } from '../../../renderer/features/exports/ReferenceSheetDialog';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';
import type { SavedFile } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { deferred, ok, refused, renderExports } from './exports-harness';

const consent = (status: Reference['consent']['status']): Reference['consent'] => ({ status, askedOn: null, answeredOn: null });

function searchDocument(overrides: Partial<RekindleDocument> = {}): RekindleDocument {
  return makeDocument({
    profile: { name: 'Jana Becker', email: 'jana@example.com', phone: '', city: 'Berlin', links: [] },
    settings: { language: null, paperSize: 'Letter' },
    applications: [makeApplication({ id: 'app-acme', company: 'Acme' })],
    references: [
      makeReference({ id: 'ref-maria', rank: 2, name: 'Maria Schäfer', consent: consent('agreed') }),
      makeReference({ id: 'ref-lukasz', rank: 0, name: 'Łukasz Żółć', consent: consent('agreed') }),
      makeReference({ id: 'ref-eleni', rank: 1, name: 'Ελένη Παπαδοπούλου', consent: consent('asked') }),
      makeReference({ id: 'ref-nope', rank: 3, name: 'Otto Nein', consent: consent('declined') }),
      makeReference({ id: 'ref-wang', rank: 4, name: '王小明', consent: consent('agreed') }),
    ],
    requests: [
      makeRequest({ id: 'req-1', referenceId: 'ref-eleni', applicationId: 'app-acme', stage: 'reconnect' }),
      makeRequest({ id: 'req-2', referenceId: 'ref-wang', applicationId: 'app-acme', stage: 'prep' }),
      makeRequest({ id: 'req-3', referenceId: 'ref-maria', applicationId: null, stage: 'prep' }),
    ],
    ...overrides,
  });
}

type SheetPayload = { applicationId: string | null; referenceIds: string[]; language: string; format: string };

function rowNames(): string[] {
  const list = within(screen.getByRole('group', { name: 'People on the sheet' })).getByRole('list');
  return within(list)
    .getAllByRole('checkbox')
    .map((box) => box.closest('label')!.textContent!);
}

function checkedNames(): string[] {
  return within(screen.getByRole('group', { name: 'People on the sheet' }))
    .getAllByRole<HTMLInputElement>('checkbox')
    .filter((box) => box.checked)
    .map((box) => box.closest('label')!.textContent!);
}

describe('ReferenceSheetDialog', () => {
  it('starts with the people who agreed, those linked to the application first in order of fit, and never offers anyone who declined', async () => {
    const harness = renderExports(<ReferenceSheetDialog applicationId="app-acme" onClose={() => {}} />, searchDocument());
    expect(screen.getByRole('dialog', { name: 'Reference sheet for Acme' })).toBeTruthy();
    // Among the linked, 王小明 agreed and Ελένη has not answered yet, so he fits better.
    expect(rowNames()).toEqual(['王小明', 'Ελένη Παπαδοπούλου', 'Łukasz Żółć', 'Maria Schäfer']);
    expect(checkedNames()).toEqual(['王小明', 'Łukasz Żółć', 'Maria Schäfer']);
    await waitFor(() => expect(harness.payloads('sheetPreview').at(-1)).toEqual({ referenceIds: ['ref-wang', 'ref-lukasz', 'ref-maria'], language: 'en' }));
  });

  it('follows the user’s own order for a sheet for the search in general', () => {
    renderExports(<ReferenceSheetDialog applicationId={null} onClose={() => {}} />, searchDocument());
    expect(screen.getByRole('dialog', { name: 'Reference sheet' })).toBeTruthy();
    expect(rowNames()).toEqual(['Łukasz Żółć', 'Ελένη Παπαδοπούλου', 'Maria Schäfer', '王小明']);
  });

  it('says the sheet would go out without the candidate’s name until the profile has one', () => {
    const withoutName = searchDocument({ profile: { name: '', email: '', phone: '', city: '', links: [] } });
    renderExports(<ReferenceSheetDialog applicationId={null} onClose={() => {}} />, withoutName);
    expect(screen.getByRole('note').textContent).toMatch(/Your name is missing/);
  });

  it('does not nag once the profile has a name', () => {
    renderExports(<ReferenceSheetDialog applicationId={null} onClose={() => {}} />, searchDocument());
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('previews the picked people in order on a page with the header and title', async () => {
    renderExports(<ReferenceSheetDialog applicationId={null} onClose={() => {}} />, searchDocument());
    const page = await screen.findByTestId('sheet-preview');
    await waitFor(() => expect(within(page).getByText('References')).toBeTruthy());
    expect(within(page).getByText('Jana Becker')).toBeTruthy();
    const names = within(page)
      .getAllByRole('listitem')
      .map((item) => item.firstElementChild!.textContent);
    expect(names).toEqual(['Łukasz Żółć', 'Maria Schäfer', '王小明']);
    expect(within(page).getAllByText('en:manager')).toHaveLength(3);
  });

  it('moves a person down with the keyboard, keeps focus on them and exports in the new order', async () => {
    const user = userEvent.setup();
    const harness = renderExports(<ReferenceSheetDialog applicationId={null} onClose={() => {}} />, searchDocument());
    const down = screen.getByRole('button', { name: 'Move Łukasz Żółć down' });
    down.focus();
    await user.keyboard('{Enter}');
    expect(rowNames()).toEqual(['Ελένη Παπαδοπούλου', 'Łukasz Żółć', 'Maria Schäfer', '王小明']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move Łukasz Żółć down' }));
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    // At the bottom the down arrow is disabled, so focus moves to the same person's up arrow.
    expect(rowNames().at(-1)).toBe('Łukasz Żółć');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move Łukasz Żółć up' }));

    await user.click(screen.getByRole('button', { name: 'Export PDF…' }));
    await waitFor(() => expect(harness.payloads<SheetPayload>('referenceSheet')).toHaveLength(1));
    expect(harness.payloads<SheetPayload>('referenceSheet')[0]).toEqual({
      applicationId: null,
      referenceIds: ['ref-maria', 'ref-wang', 'ref-lukasz'],
      language: 'en',
      format: 'pdf',
    });
  });

  it('adds a person who has not agreed when ticked, and leaves out one who is unticked', async () => {
    const user = userEvent.setup();
    const harness = renderExports(<ReferenceSheetDialog applicationId={null} onClose={() => {}} />, searchDocument());
    await user.click(screen.getByRole('checkbox', { name: 'Ελένη Παπαδοπούλου' }));
    await user.click(screen.getByRole('checkbox', { name: 'Maria Schäfer' }));
    await user.click(screen.getByRole('button', { name: 'Export Word…' }));
    await waitFor(() => expect(harness.payloads<SheetPayload>('referenceSheet')).toHaveLength(1));
    const sent = harness.payloads<SheetPayload>('referenceSheet')[0]!;
    expect(sent.referenceIds).toEqual(['ref-lukasz', 'ref-eleni', 'ref-wang']);
    expect(sent.format).toBe('docx');
  });

  it('reminds the user that employers expect three to five people once more than five are picked', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 6 }, (_, index) =>
      makeReference({ id: `ref-${index}`, rank: index, name: `Person ${index + 1}`, consent: consent(index < 5 ? 'agreed' : 'not_asked') }),
    );
    renderExports(<ReferenceSheetDialog applicationId={null} onClose={() => {}} />, searchDocument({ references: many, requests: [] }));
    expect(screen.getByText('5 people picked')).toBeTruthy();
    expect(screen.queryByText(/three to five/)).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Person 6' }));
    expect(screen.getByText('6 people picked')).toBeTruthy();
    expect(screen.getByText(/Employers usually expect three to five references/)).toBeTruthy();
  });

  it('writes the sheet in the language chosen, which defaults to the window’s language and may differ from it', async () => {
    const user = userEvent.setup();
    const harness = renderExports(<ReferenceSheetDialog applicationId="app-acme" onClose={() => {}} />, searchDocument(), { language: 'de' });
    const select = screen.getByLabelText<HTMLSelectElement>('Sprache der Liste');
    expect(select.value).toBe('de');
    expect(screen.getByText('Papier: US Letter')).toBeTruthy();
    await user.selectOptions(select, 'en');
    await waitFor(() => expect(harness.payloads<{ language: string }>('sheetPreview').at(-1)!.language).toBe('en'));
    await waitFor(() => expect(within(screen.getByTestId('sheet-preview')).getByText('References')).toBeTruthy());
    await user.click(screen.getByRole('button', { name: 'Als PDF exportieren …' }));
    await waitFor(() => expect(harness.payloads<SheetPayload>('referenceSheet')[0]?.language).toBe('en'));
  });

  it('shows "Exporting…" on the button while main works, then where the file was saved', async () => {
    const user = userEvent.setup();
    const answer = deferred<Result<SavedFile>>();
    renderExports(<ReferenceSheetDialog applicationId="app-acme" onClose={() => {}} />, searchDocument(), {
      handlers: { referenceSheet: () => answer.promise },
    });
    await user.click(screen.getByRole('button', { name: 'Export PDF…' }));
    const busy = screen.getByRole('button', { name: 'Exporting…' });
    expect(busy.getAttribute('aria-busy')).toBe('true');
    // The rest of the dialog stays usable while the file is written.
    const box = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Maria Schäfer' });
    expect(box.disabled).toBe(false);
    await user.click(box);
    expect(box.checked).toBe(false);

    await act(async () => answer.resolve(ok({ savedTo: '/home/jana/References – Acme – Jana Becker.pdf' })));
    await screen.findByText('Saved to /home/jana/References – Acme – Jana Becker.pdf');
    expect(screen.getByRole('button', { name: 'Export PDF…' }).getAttribute('aria-busy')).toBe('false');
  });

  it('says nothing when the save dialog was cancelled', async () => {
    const user = userEvent.setup();
    const harness = renderExports(<ReferenceSheetDialog applicationId="app-acme" onClose={() => {}} />, searchDocument(), {
      handlers: { referenceSheet: () => ok({ savedTo: null }) },
    });
    await user.click(screen.getByRole('button', { name: 'Export Word…' }));
    await waitFor(() => expect(harness.payloads('referenceSheet')).toHaveLength(1));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export Word…' })).toBeTruthy());
    expect(screen.queryByText(/Saved to/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('explains a refusal by its code, in the window’s language', async () => {
    const user = userEvent.setup();
    renderExports(<ReferenceSheetDialog applicationId="app-acme" onClose={() => {}} />, searchDocument(), {
      language: 'de',
      handlers: { referenceSheet: () => refused('io_error', 'EACCES: permission denied') },
    });
    await user.click(screen.getByRole('button', { name: 'Als Word exportieren …' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Die Datei konnte dort nicht gespeichert werden.');
  });

  it('does not export while nobody is picked', async () => {
    const user = userEvent.setup();
    const onlyOne = [makeReference({ id: 'ref-solo', rank: 0, name: 'Solo Person', consent: consent('agreed') })];
    const harness = renderExports(<ReferenceSheetDialog applicationId={null} onClose={() => {}} />, searchDocument({ references: onlyOne, requests: [] }));
    await user.click(screen.getByRole('checkbox', { name: 'Solo Person' }));
    expect(screen.getByText('Pick at least one person to see the sheet.')).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Export PDF…' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await user.click(button);
    expect(harness.payloads('referenceSheet')).toEqual([]);
  });

  it('explains that people must be added first when nobody can be picked', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const harness = renderExports(<ReferenceSheetDialog applicationId={null} onClose={onClose} />, searchDocument({ references: [], requests: [] }));
    expect(screen.getByRole('heading', { name: 'Nobody to list yet' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Export PDF…' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
    expect(harness.calls).toEqual([]);
  });
});

describe('ReferenceSheetDialog: dating the sheet', () => {
  it('asks for the "as of" line in the preview and the export once the user ticks "Date the sheet"', async () => {
    const user = userEvent.setup();
    const harness = renderExports(<ReferenceSheetDialog applicationId={null} onClose={() => {}} />, searchDocument(), {
      handlers: { referenceSheet: () => ok({ savedTo: '/tmp/References.pdf' }) },
    });
    await user.click(screen.getByRole('checkbox', { name: /Date the sheet/ }));
    await waitFor(() => expect(screen.getByTestId('sheet-preview').textContent).toContain('en:as-of'));
    expect(harness.payloads('sheetPreview').at(-1)).toMatchObject({ asOf: true });
    await user.click(screen.getByRole('button', { name: 'Export PDF…' }));
    await waitFor(() => expect(harness.payloads('referenceSheet').at(-1)).toMatchObject({ format: 'pdf', asOf: true }));
  });
});

describe('ReferenceSheetDialog: failures the user can fix', () => {
  const missingFont = () =>
    refused('io_error', 'The font file fonts/DejaVuSans.ttf is missing.', [{ path: 'fonts/DejaVuSans.ttf', code: 'missing_font' }]);

  it('names the missing font file and says to reinstall Rekindle', async () => {
    const user = userEvent.setup();
    renderExports(<ReferenceSheetDialog applicationId={null} onClose={() => {}} />, searchDocument(), { handlers: { referenceSheet: missingFont } });
    await user.click(screen.getByRole('button', { name: 'Export PDF…' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The font file fonts/DejaVuSans.ttf is missing from Rekindle’s installation');
    expect(alert.textContent).toContain('Reinstall Rekindle');
  });

  it('says the same in German', async () => {
    const user = userEvent.setup();
    renderExports(<ReferenceSheetDialog applicationId={null} onClose={() => {}} />, searchDocument(), {
      language: 'de',
      handlers: { referenceSheet: missingFont },
    });
    await user.click(screen.getByRole('button', { name: 'Als PDF exportieren …' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('fehlt die Schriftdatei fonts/DejaVuSans.ttf');
    expect(alert.textContent).toContain('Installiere Rekindle neu');
  });

  it.each([
    ['en', 'Export PDF…', 'There is no room left on the drive that holds /media/usb/Exports.'],
    ['de', 'Als PDF exportieren …', 'Auf dem Laufwerk mit /media/usb/Exports ist kein Platz mehr frei.'],
  ] as const)('says in %s that the disk is full and names the folder, instead of a generic failure', async (language, button, sentence) => {
    const user = userEvent.setup();
    renderExports(<ReferenceSheetDialog applicationId={null} onClose={() => {}} />, searchDocument(), {
      language,
      handlers: { referenceSheet: () => refused('disk_full', 'The disk is full.', [{ path: '/media/usb/Exports', code: 'disk_full' }]) },
    });
    await user.click(screen.getByRole('button', { name: button }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(sentence);
  });
});
