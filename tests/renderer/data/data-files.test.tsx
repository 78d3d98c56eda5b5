// Settings → Your data, the files it writes: spreadsheets and backups, one at a time.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SavedFile } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { makeDocument } from '../../fixtures/documents';
import { ok, renderDataSection } from './data-harness';

describe('spreadsheets and backups', () => {
  it('exports people as CSV in the window’s language and says where the file went', async () => {
    const user = userEvent.setup();
    const app = renderDataSection(makeDocument(), { language: 'de' });
    app.answer('exports:csv', ok({ savedTo: '/home/jo/Personen.csv' }));
    await user.click(screen.getByRole('button', { name: 'Personen exportieren (CSV)…' }));
    await screen.findByText('Gespeichert unter /home/jo/Personen.csv');
    expect(app.calls).toEqual([{ channel: 'exports:csv', payload: { kind: 'people', language: 'de' } }]);
  });

  it('saves a backup and stays quiet when the save dialog is cancelled', async () => {
    const user = userEvent.setup();
    const app = renderDataSection(makeDocument());
    app.answer('backup:save', ok({ savedTo: null }));
    app.answer('backup:save', ok({ savedTo: '/home/jo/Rekindle backup.json' }));
    const save = screen.getByRole('button', { name: 'Save a backup…' });
    await user.click(save);
    await waitFor(() => expect(save.getAttribute('aria-busy')).toBe('false'));
    expect(screen.getByRole('status').textContent).toBe('');
    await user.click(save);
    await screen.findByText('Saved to /home/jo/Rekindle backup.json');
  });

  it('shows which button is working and ignores other clicks meanwhile', async () => {
    const user = userEvent.setup();
    const app = renderDataSection(makeDocument());
    let finish: (value: Result<SavedFile>) => void = () => undefined;
    app.answer('backup:save', new Promise((resolve) => (finish = resolve)));
    await user.click(screen.getByRole('button', { name: 'Save a backup…' }));
    const working = await screen.findByRole('button', { name: 'Saving…' });
    expect(working.getAttribute('aria-busy')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Export people (CSV)…' }));
    expect(app.calls.map((call) => call.channel)).toEqual(['backup:save']);
    finish(ok({ savedTo: null }));
    await screen.findByRole('button', { name: 'Save a backup…' });
  });

  it('offers nothing that writes while the data file is read-only', async () => {
    const user = userEvent.setup();
    const app = renderDataSection(makeDocument(), { readOnly: true });
    const restore = screen.getByRole('button', { name: 'Restore from a backup…' });
    expect(restore.getAttribute('aria-disabled')).toBe('true');
    await user.click(restore);
    await user.click(screen.getByRole('button', { name: 'Import LinkedIn connections…' }));
    expect(app.calls).toEqual([]);
  });
});
