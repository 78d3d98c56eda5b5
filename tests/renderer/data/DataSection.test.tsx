import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BackupPreview, ImportPreview, RecordCounts } from '../../../shared/ipc/contract';
import { makeApplication, makeDocument, makeReference } from '../../fixtures/documents';
import { ok, refused, renderDataSection } from './data-harness';

const counts = (applications: number, people: number, requests: number): RecordCounts => ({ applications, people, requests });
const none = counts(0, 0, 0);

function backupPreview(): BackupPreview {
  return {
    token: 'token-restore',
    fileName: 'Rekindle backup 2026-11-20.json',
    preview: {
      inBackup: counts(2, 1, 3),
      current: counts(1, 4, 0),
      replace: { replaced: counts(1, 1, 0), added: counts(1, 0, 3), kept: none, removed: counts(0, 3, 0), profileReplaced: true },
      merge: { replaced: counts(1, 1, 0), added: counts(1, 0, 3), kept: counts(0, 3, 0), removed: none, profileReplaced: false },
    },
  };
}

function importPreview(): ImportPreview {
  const person = (name: string, email: string, organisation: string) => ({
    name,
    email,
    organisation,
    currentTitle: 'CTO',
    linkedin: '',
    phone: '',
    connectedOn: null,
    source: 'linkedin' as const,
  });
  return {
    token: 'token-import',
    fileName: 'Connections.csv',
    plan: {
      entries: [
        { index: 0, person: person('Jürgen Groß', '', 'Elbtal Software'), status: 'new' },
        { index: 1, person: person('Aylin Demir', 'aylin@example.net', 'Saxonia'), status: 'duplicate', reason: 'same_email', duplicateOf: { kind: 'existing', referenceId: 'ref-aylin', name: 'Aylin Demir-Koch' } },
        { index: 2, person: person('Mei Chen', 'mei@example.com', 'Northwind'), status: 'new' },
        { index: 3, person: person('M. Chen', 'MEI@example.com', 'Northwind'), status: 'duplicate', reason: 'same_email', duplicateOf: { kind: 'in_file', index: 2, name: 'Mei Chen' } },
      ],
      newCount: 2,
      duplicateCount: 2,
      existingCount: 1,
      repeatedCount: 1,
      unnamed: [9],
      notImported: [],
    },
  };
}

describe('restoring a backup from Settings', () => {
  it('previews both modes, restores the one chosen and names where the safety copy went', async () => {
    const user = userEvent.setup();
    const restored = makeDocument({ applications: [makeApplication({ id: 'from-backup', company: 'Backup GmbH' })] });
    const app = renderDataSection(makeDocument());
    app.answer('backup:open', ok(backupPreview()));
    app.answer('backup:restore', ok({ ...app.patchTo(restored), safetyBackup: '/data/backups/rekindle-data.backup-1.json' }));

    await user.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore from a backup' });
    expect(within(dialog).getByText('File: Rekindle backup 2026-11-20.json')).toBeTruthy();
    expect(within(dialog).getByText('This backup holds 2 applications, 1 person, and 3 reference requests.')).toBeTruthy();
    const replace = within(dialog).getByRole('radio', { name: 'Replace everything' });
    expect(replace.getAttribute('aria-describedby')).toBeTruthy();
    expect(within(dialog).getByText('Removed: 3 people.')).toBeTruthy();
    expect(within(dialog).getByText('Kept as they are: 3 people.')).toBeTruthy();
    expect(within(dialog).getAllByText('Added from the backup: 1 application and 3 reference requests.')).toHaveLength(2);
    expect(within(dialog).getByText(/automatically saves a copy of your current data/)).toBeTruthy();

    await user.click(replace);
    await user.click(within(dialog).getByRole('button', { name: 'Replace everything' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(app.calls.at(-1)).toEqual({ channel: 'backup:restore', payload: { token: 'token-restore', mode: 'replace' } });
    expect(app.document().applications.map((application) => application.id)).toEqual(['from-backup']);
    expect(
      screen.getByText('Restored from Rekindle backup 2026-11-20.json. Your previous data was saved to /data/backups/rekindle-data.backup-1.json'),
    ).toBeTruthy();
  });

  it('merges unless the user picks replacing', async () => {
    const user = userEvent.setup();
    const app = renderDataSection(makeDocument());
    app.answer('backup:open', ok(backupPreview()));
    app.answer('backup:restore', ok({ ...app.patchTo(makeDocument()), safetyBackup: null }));
    await user.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(app.calls.at(-1)?.payload).toEqual({ token: 'token-restore', mode: 'merge' }));
  });

  it('does nothing when the file dialog is cancelled', async () => {
    const user = userEvent.setup();
    const app = renderDataSection(makeDocument());
    app.answer('backup:open', ok(null));
    await user.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Restore from a backup…' }).getAttribute('aria-busy')).toBe('false'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('names the problem when a file is refused and offers no restore', async () => {
    const user = userEvent.setup();
    const app = renderDataSection(makeDocument());
    app.answer('backup:open', refused('file_too_large', 'The file is 50.0 MB; Rekindle opens files up to 20 MB.'));
    await user.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This file is too large to open');
    expect(alert.textContent).toContain('The file is 50.0 MB; Rekindle opens files up to 20 MB.');
    expect(alert.textContent).toContain('Nothing was changed.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(app.calls.map((call) => call.channel)).toEqual(['backup:open']);
  });

  it('explains a backup from a newer version in German', async () => {
    const user = userEvent.setup();
    const app = renderDataSection(makeDocument(), { language: 'de' });
    app.answer('backup:open', refused('conflict', 'This data was saved by a newer version of Rekindle (format 9).'));
    await user.click(screen.getByRole('button', { name: 'Aus einer Sicherung wiederherstellen…' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Diese Datei stammt von einer neueren Rekindle-Version');
    expect(alert.textContent).toContain('format 9');
    expect(alert.textContent).toContain('Es wurde nichts geändert.');
  });

  it('keeps the dialog open and says so when main no longer holds the file', async () => {
    const user = userEvent.setup();
    const before = makeDocument({ references: [makeReference({ id: 'kept' })] });
    const app = renderDataSection(before);
    app.answer('backup:open', ok(backupPreview()));
    app.answer('backup:restore', refused('not_found', 'That file is no longer open; please choose it again.'));
    await user.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('please choose it again');
    expect(app.document()).toBe(before);
  });

  it('describes the preview in German with German plurals', async () => {
    const user = userEvent.setup();
    const app = renderDataSection(makeDocument(), { language: 'de' });
    app.answer('backup:open', ok(backupPreview()));
    await user.click(screen.getByRole('button', { name: 'Aus einer Sicherung wiederherstellen…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Aus einer Sicherung wiederherstellen' });
    expect(within(dialog).getByText('Diese Sicherung enthält 2 Bewerbungen, 1 Person und 3 Referenzanfragen.')).toBeTruthy();
    expect(within(dialog).getByText('Entfernt: 3 Personen.')).toBeTruthy();
    expect(within(dialog).getByRole('radio', { name: 'Zusammenführen: Was nur hier ist, bleibt' })).toBeTruthy();
  });
});

describe('importing people from Settings', () => {
  it('ticks only new people, marks duplicates in words and adds the chosen ones', async () => {
    const user = userEvent.setup();
    const added = makeDocument({ references: [makeReference({ id: 'p1', name: 'Jürgen Groß' })] });
    const app = renderDataSection(makeDocument());
    app.answer('import:open', ok(importPreview()));
    app.answer('import:apply', ok({ ...app.patchTo(added), added: 1, skipped: [], notAdded: { existing: 1, repeated: 1, unnamed: 1, unticked: 1, invalid: 0 } }));

    await user.click(screen.getByRole('button', { name: 'Import LinkedIn connections…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import LinkedIn connections' });
    expect(app.calls[0]).toEqual({ channel: 'import:open', payload: { source: 'linkedin' } });
    const box = (name: string) => within(dialog).getByRole('checkbox', { name: `Add ${name}` }) as HTMLInputElement;
    expect(box('Jürgen Groß').checked).toBe(true);
    expect(box('Mei Chen').checked).toBe(true);
    expect(box('Aylin Demir').checked).toBe(false);
    const aylinRow = within(dialog).getByRole('row', { name: /Aylin Demir/ });
    expect(within(aylinRow).getByText('Already in Rekindle as Aylin Demir-Koch (same email)')).toBeTruthy();
    const repeatRow = within(dialog).getByRole('row', { name: /M\. Chen/ });
    expect(within(repeatRow).getByText('Listed twice in this file: same email as Mei Chen above')).toBeTruthy();
    expect(within(dialog).getByText('1 person is already in Rekindle, so they are not selected.')).toBeTruthy();
    expect(within(dialog).getByText('1 entry repeats an earlier one in this file; only the first is selected.')).toBeTruthy();
    expect(within(dialog).getByText('Row 9 has no name, so it cannot be imported.')).toBeTruthy();
    expect(within(dialog).getByText('2 of 4 selected')).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Select none' }));
    expect(within(dialog).getByText('0 of 4 selected')).toBeTruthy();
    expect((within(dialog).getByRole('button', { name: /^Add \d+ (person|people)$/ }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Select all' }));
    expect(within(dialog).getByText('4 of 4 selected')).toBeTruthy();
    await user.click(box('Mei Chen'));
    await user.click(box('M. Chen'));
    await user.click(box('Aylin Demir'));
    await user.click(within(dialog).getByRole('button', { name: 'Add 1 person' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(app.calls.at(-1)).toEqual({ channel: 'import:apply', payload: { token: 'token-import', indexes: [0] } });
    expect(app.document().references.map((person) => person.name)).toEqual(['Jürgen Groß']);
    expect(
      screen.getByText('Added 1 person. Not added: 1 already in Rekindle, 1 listed twice in the file, 1 row without a name, 1 you left out.'),
    ).toBeTruthy();
  });

  it('counts a duplicate main skips after the user ticked it', async () => {
    const user = userEvent.setup();
    const app = renderDataSection(makeDocument());
    app.answer('import:open', ok(importPreview()));
    app.answer(
      'import:apply',
      ok({
        ...app.patchTo(makeDocument()),
        added: 2,
        skipped: [{ name: 'Aylin Demir', reason: 'same_email' }, { name: 'M. Chen', reason: 'same_email' }],
        notAdded: { existing: 1, repeated: 1, unnamed: 1, unticked: 0, invalid: 0 },
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Import contacts (vCard)…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import contacts' });
    expect(within(dialog).getByText('1 contact in the file has no name, so it cannot be imported.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Select all' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add 4 people' }));
    await screen.findByText('Added 2 people. Not added: 1 already in Rekindle, 1 listed twice in the file, 1 contact without a name.');
    expect(app.calls[0]?.payload).toEqual({ source: 'vcard' });
  });

  it('tells the kinds of rows that stay out apart in German too, and names the fields a vCard loses', async () => {
    const user = userEvent.setup();
    const app = renderDataSection(makeDocument(), { language: 'de' });
    const preview = importPreview();
    app.answer('import:open', ok({ ...preview, plan: { ...preview.plan, unnamed: [9, 12], notImported: ['BDAY', 'PHOTO', 'X-CUSTOM'] } }));
    await user.click(screen.getByRole('button', { name: 'LinkedIn-Kontakte importieren…' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('1 Person ist schon in Rekindle und deshalb nicht ausgewählt.')).toBeTruthy();
    expect(within(dialog).getByText('Die Zeilen 9, 12 enthalten keinen Namen und können deshalb nicht importiert werden.')).toBeTruthy();
    expect(within(dialog).getByText('Nicht übernommen, weil Rekindle sie nicht speichert: Geburtstag, Foto, X-CUSTOM.')).toBeTruthy();
    const aylinRow = within(dialog).getByRole('row', { name: /Aylin Demir/ });
    expect(within(aylinRow).getByText('Schon in Rekindle als Aylin Demir-Koch (gleiche E-Mail-Adresse)')).toBeTruthy();
  });

  it('names the missing columns of a CSV that is not LinkedIn’s, in the window’s language', async () => {
    const user = userEvent.setup();
    const app = renderDataSection(makeDocument(), { language: 'de' });
    const message = 'This does not look like LinkedIn\'s Connections.csv: the columns "First Name", "Position" are missing.';
    const issues = [
      { path: 'First Name', code: 'missing_column' },
      { path: 'Position', code: 'missing_column' },
    ];
    app.answer('import:open', refused('unreadable_file', message, issues));
    await user.click(screen.getByRole('button', { name: 'LinkedIn-Kontakte importieren…' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Rekindle kann diese Datei nicht lesen');
    expect(alert.textContent).toContain('Hier fehlen Spalten, die die Connections.csv von LinkedIn immer hat: „First Name“ und „Position“.');
    expect(alert.textContent).not.toContain('does not look like');
    await user.click(within(alert).getByRole('button', { name: 'Schließen' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says in the window’s words what it cannot read, and keeps main’s own words as a technical detail', async () => {
    const user = userEvent.setup();
    const app = renderDataSection(makeDocument());
    app.answer('import:open', refused('unreadable_file', 'The contact file holds no vCard (no "BEGIN:VCARD" line was found).'));
    await user.click(screen.getByRole('button', { name: 'Import contacts (vCard)…' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Rekindle cannot read this file');
    expect(alert.textContent).toContain('Nothing was changed.');
    // Not the sentence: a detail to open and copy, apart from what the window says.
    const detail = within(alert).getByText('Technical detail').closest('details');
    expect(detail?.textContent).toContain('The contact file holds no vCard');
    const sentences = Array.from(alert.querySelectorAll('p')).filter((paragraph) => paragraph.closest('details') === null);
    expect(sentences.map((paragraph) => paragraph.textContent).join(' ')).not.toContain('The contact file holds no vCard');
  });

  it('opens a Google or Outlook contacts CSV through its own button and dialog', async () => {
    const user = userEvent.setup();
    const app = renderDataSection(makeDocument());
    app.answer('import:open', ok(importPreview()));
    await user.click(screen.getByRole('button', { name: 'Import contacts (Google, Outlook CSV)…' }));
    await screen.findByRole('dialog', { name: 'Import contacts from a spreadsheet' });
    expect(app.calls[0]).toEqual({ channel: 'import:open', payload: { source: 'contacts_csv' } });
  });

  it('tells where to get the LinkedIn file', () => {
    renderDataSection(makeDocument());
    expect(screen.getByText(/Settings → Data privacy → Get a copy of your data → Connections/)).toBeTruthy();
  });
});
