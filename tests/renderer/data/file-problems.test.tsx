// What the window says when saving a backup or reading a chosen file is refused: the cause
// and the fix in the window's language (not main's English sentence), and that nothing changed.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/ipc/result';
import { makeDocument } from '../../fixtures/documents';
import { renderDataSection } from './data-harness';

function refusedWith(code: 'io_error' | 'disk_full' | 'unreadable_file', issues: { path: string; code: string }[]): Result<never> {
  return { ok: false, error: { code, message: 'English words from main', issues } };
}

describe('saving a backup that the file system refuses', () => {
  it.each([
    ['en', 'Save a backup…', refusedWith('io_error', [{ code: 'folder_not_writable', path: '/media/usb' }]), 'Rekindle may not write into /media/usb. Choose another folder, such as Documents, and try again.', 'Nothing was changed.'],
    ['de', 'Sicherung speichern…', refusedWith('io_error', [{ code: 'folder_not_writable', path: '/media/usb' }]), 'Rekindle darf nicht in /media/usb schreiben. Wähle einen anderen Ordner, etwa Dokumente, und versuche es erneut.', 'Es wurde nichts geändert.'],
    ['en', 'Save a backup…', refusedWith('io_error', [{ code: 'file_in_use', path: '/home/jo/backup.json' }]), '/home/jo/backup.json is open in another program. Close it there, or choose another file, and try again.', 'Nothing was changed.'],
    ['de', 'Sicherung speichern…', refusedWith('io_error', [{ code: 'file_in_use', path: '/home/jo/backup.json' }]), '/home/jo/backup.json ist in einem anderen Programm geöffnet. Schließe die Datei dort oder wähle eine andere und versuche es erneut.', 'Es wurde nichts geändert.'],
    ['en', 'Save a backup…', refusedWith('disk_full', []), 'Free some space on the disk, or choose another drive, and save the backup again.', 'Nothing was changed.'],
    ['de', 'Sicherung speichern…', refusedWith('disk_full', []), 'Gib etwas Speicherplatz frei oder wähle ein anderes Laufwerk und speichere die Sicherung dann erneut.', 'Es wurde nichts geändert.'],
  ] as const)('names the cause and the fix (%s)', async (language, button, answer, text, nothingChanged) => {
    const user = userEvent.setup();
    const document = makeDocument();
    const app = renderDataSection(document, { language });
    app.answer('backup:save', answer);
    await user.click(screen.getByRole('button', { name: button }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(text);
    expect(alert.textContent).toContain(nothingChanged);
    expect(alert.textContent).not.toContain('English words from main');
    expect(app.document()).toEqual(document);
  });
});

describe('opening a backup that cannot be read', () => {
  it.each([
    ['en', 'file_gone', '/home/jo/old.json is no longer there: it was moved, renamed or deleted. Choose it again where it is now.'],
    ['de', 'file_gone', '/home/jo/old.json ist nicht mehr da: Die Datei wurde verschoben, umbenannt oder gelöscht. Wähle sie dort aus, wo sie jetzt liegt.'],
    ['en', 'file_not_readable', 'Rekindle is not allowed to read /home/jo/old.json. Copy the file to a folder such as Documents and open the copy.'],
    ['de', 'file_not_readable', 'Rekindle darf /home/jo/old.json nicht lesen. Kopiere die Datei in einen Ordner wie Dokumente und öffne die Kopie.'],
    ['en', 'file_in_use', '/home/jo/old.json is open in another program. Close it there, or choose another file, and try again.'],
  ] as const)('says why in the window’s language (%s, %s) and offers no restore', async (language, cause, text) => {
    const user = userEvent.setup();
    const document = makeDocument();
    const app = renderDataSection(document, { language });
    app.answer('backup:open', refusedWith('io_error', [{ code: cause, path: '/home/jo/old.json' }]));
    await user.click(screen.getByRole('button', { name: language === 'en' ? 'Restore from a backup…' : /Sicherung wiederherstellen/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(text);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(app.document()).toEqual(document);
  });
});

describe('opening a file that is not a whole backup', () => {
  it.each([
    ['en', 'backup_cut_off', 'Rekindle cannot read this file', 'The file stops before the backup ends, so it was probably cut short while it was copied or saved.'],
    ['de', 'backup_cut_off', 'Rekindle kann diese Datei nicht lesen', 'Die Datei hört auf, bevor die Sicherung zu Ende ist; vermutlich wurde sie beim Kopieren oder Speichern abgeschnitten.'],
    ['en', 'not_a_backup', 'Rekindle cannot read this file', 'This is not a backup that Rekindle made.'],
    ['de', 'not_a_backup', 'Rekindle kann diese Datei nicht lesen', 'Das ist keine Sicherung von Rekindle.'],
    ['de', 'backup_empty', 'Rekindle kann diese Datei nicht lesen', 'Die Datei enthält keine Daten zum Wiederherstellen.'],
  ] as const)('says why in the window’s own words (%s, %s), not main’s English', async (language, reason, title, text) => {
    const user = userEvent.setup();
    const document = makeDocument();
    const app = renderDataSection(document, { language });
    app.answer('backup:open', refusedWith('unreadable_file', [{ code: reason, path: 'file' }]));
    await user.click(screen.getByRole('button', { name: language === 'en' ? 'Restore from a backup…' : /Sicherung wiederherstellen/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(title);
    expect(alert.textContent).toContain(text);
    expect(alert.textContent).not.toContain('English words from main');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(app.document()).toEqual(document);
  });
});
