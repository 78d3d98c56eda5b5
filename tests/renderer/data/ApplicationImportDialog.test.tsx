import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ApplicationImportPreview, ColumnMapping } from '../../../shared/ipc/application-import';
import type { Result } from '../../../shared/ipc/result';
import { makeApplication, makeDocument } from '../../fixtures/documents';
import { ok, renderDataSection } from './data-harness';

const HEADER = ['Firma', 'Stelle', 'Stand', 'Bemerkung'];
const PROPOSED: ColumnMapping = { company: 0, role: 1, status: 2, appliedOn: null, nextInterview: null, postingUrl: null, location: null, notes: null };

function preview(mapping: ColumnMapping, company: string): ApplicationImportPreview {
  return {
    token: 'token-applications',
    fileName: 'bewerbungen.csv',
    header: HEADER,
    mapping,
    rows: [
      { row: 2, company, role: 'Leitung Vertrieb', status: 'planned', statusValue: 'Warteliste', appliedOn: '2026-03-04', nextInterview: null, location: '', postingUrl: '', ambiguousDates: ['3/4/2026'], state: 'new' },
    ],
    newCount: 1,
    existingCount: 0,
    repeatedCount: 0,
    incomplete: [],
    unknownStatuses: ['Warteliste'],
    unreadableDates: [],
  };
}

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('the applications mapping step', () => {
  it('asks for a new preview with each changed choice and shows only the answer to the latest one', async () => {
    const user = userEvent.setup();
    const app = renderDataSection(makeDocument());
    app.answer('import:openApplications', ok(preview(PROPOSED, 'Bäckerei Groß')));
    const slow = deferred<Result<ApplicationImportPreview>>();
    app.answer('import:previewApplications', slow.promise);
    app.answer('import:previewApplications', ok(preview({ ...PROPOSED, status: null, notes: 3 }, 'Latest Answer GmbH')));

    await user.click(screen.getByRole('button', { name: 'Import applications (CSV)…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import applications' });
    expect(within(dialog).getByText('Statuses Rekindle does not know become “Planned”: “Warteliste”.')).toBeTruthy();
    expect(within(dialog).getByText('3/4/2026: read as month/day')).toBeTruthy();

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Notes' }), 'Bemerkung');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Status' }), '(not imported)');
    await within(dialog).findByText('Latest Answer GmbH');
    // The earlier answer arrives last; the window must not go back to it.
    await act(async () => {
      slow.resolve(ok(preview({ ...PROPOSED, notes: 3 }, 'Stale Answer AG')));
      await new Promise((done) => setTimeout(done, 0));
    });
    expect(within(dialog).queryByText('Stale Answer AG')).toBeNull();
    expect(app.calls.filter((call) => call.channel === 'import:previewApplications').map((call) => call.payload)).toEqual([
      { token: 'token-applications', mapping: { ...PROPOSED, notes: 3 } },
      { token: 'token-applications', mapping: { ...PROPOSED, notes: 3, status: null } },
    ]);

    const added = makeDocument({ applications: [makeApplication({ id: 'a1', company: 'Latest Answer GmbH' })] });
    app.answer('import:applyApplications', ok({ ...app.patchTo(added), added: 1, existing: 0, repeated: 2, incomplete: 0 }));
    await user.click(within(dialog).getByRole('button', { name: 'Add 1 application' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(app.calls.at(-1)).toEqual({ channel: 'import:applyApplications', payload: { token: 'token-applications', mapping: { ...PROPOSED, notes: 3, status: null } } });
    expect(app.document().applications.map((application) => application.company)).toEqual(['Latest Answer GmbH']);
    expect(screen.getByText('Added 1 application. Skipped: 2 listed twice in the file.')).toBeTruthy();
  });
});
