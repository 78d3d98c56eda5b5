// Form and save errors, by the code the window receives.
import { defineCatalogue } from '../define';

export const errors = defineCatalogue({
  en: {
    required: 'Please fill this in.',
    invalid_email: 'This does not look like an email address.',
    invalid_phone: 'Use digits, spaces and + ( ) - / . only.',
    invalid_url: 'Enter a full web address starting with https:// or http://.',
    invalid_date: 'Enter a real date.',
    invalid_time: 'Enter a time like 14:30.',
    range_end_before_start: 'The end cannot be before the start.',
    too_long: 'This is too long. Please shorten it.',
    generic: 'Something went wrong; nothing was changed. ({{message}})',
    read_only: 'Rekindle cannot save changes right now; the note at the top of the window says why.',
    disk_full: 'Not saved: your disk is full. Free some space and try again; what you entered is still here.',
    io_error: 'Not saved: Rekindle could not write to its data file. Try again in a moment; what you entered is still here.',
  },
  de: {
    required: 'Bitte ausfüllen.',
    invalid_email: 'Das sieht nicht nach einer E-Mail-Adresse aus.',
    invalid_phone: 'Bitte nur Ziffern, Leerzeichen und + ( ) - / . verwenden.',
    invalid_url: 'Gib eine vollständige Webadresse ein, die mit https:// oder http:// beginnt.',
    invalid_date: 'Gib ein gültiges Datum ein.',
    invalid_time: 'Gib eine Uhrzeit wie 14:30 ein.',
    range_end_before_start: 'Das Ende darf nicht vor dem Anfang liegen.',
    too_long: 'Das ist zu lang. Bitte kürzen.',
    generic: 'Da ist etwas schiefgegangen; es wurde nichts geändert. ({{message}})',
    read_only: 'Rekindle kann gerade nichts speichern; der Hinweis oben im Fenster erklärt, warum.',
    disk_full: 'Nicht gespeichert: Deine Festplatte ist voll. Gib etwas Speicherplatz frei und versuche es noch einmal; deine Eingaben sind noch da.',
    io_error: 'Nicht gespeichert: Rekindle konnte nicht in seine Datendatei schreiben. Versuche es gleich noch einmal; deine Eingaben sind noch da.',
  },
});
