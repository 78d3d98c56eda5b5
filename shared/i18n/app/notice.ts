// The note at the top of the window after the data file needed care on launch.
import { defineCatalogue } from '../define';

export const notice = defineCatalogue({
  en: {
    recovered_from_backup_zero:
      'Your data file could not be read, so Rekindle restored the backup from {{backupTakenAt}}; no later changes were missing from it. The damaged file was kept at {{corruptFile}}.',
    recovered_from_backup_one:
      'Your data file could not be read, so Rekindle restored the backup from {{backupTakenAt}} and then reapplied the one change you made after it. The damaged file was kept at {{corruptFile}}.',
    recovered_from_backup_other:
      'Your data file could not be read, so Rekindle restored the backup from {{backupTakenAt}} and then reapplied the {{count}} changes you made after it. The damaged file was kept at {{corruptFile}}.',
    started_empty:
      'Your data file could not be read and there was no good backup, so Rekindle started empty. The damaged file was kept at {{corruptFile}}.',
    newer_version:
      'Your data file was written by a newer version of Rekindle (format {{foundVersion}}). To keep it safe, nothing will be saved until you update Rekindle.',
    unwritable: 'Rekindle cannot write to {{dataFile}}. Changes will not be saved.',
    backup_failed:
      'Your changes are saved. Only the backup copy could not be written just now, most likely because the disk is full. Rekindle will try again by itself; freeing some disk space helps.',
    data_folder_missing:
      'Rekindle cannot find your data folder {{folder}}. If it is on a drive that is not connected, or your sync service has not brought it over yet, connect it and look again. Until then nothing is saved.',
    dismiss: 'Dismiss',
  },
  de: {
    recovered_from_backup_zero:
      'Deine Datendatei war nicht lesbar, darum hat Rekindle die Sicherung vom {{backupTakenAt}} wiederhergestellt; ihr fehlte keine spätere Änderung. Die beschädigte Datei liegt unter {{corruptFile}}.',
    recovered_from_backup_one:
      'Deine Datendatei war nicht lesbar, darum hat Rekindle die Sicherung vom {{backupTakenAt}} wiederhergestellt und danach die eine Änderung nachgetragen, die du seitdem gemacht hast. Die beschädigte Datei liegt unter {{corruptFile}}.',
    recovered_from_backup_other:
      'Deine Datendatei war nicht lesbar, darum hat Rekindle die Sicherung vom {{backupTakenAt}} wiederhergestellt und danach die {{count}} Änderungen nachgetragen, die du seitdem gemacht hast. Die beschädigte Datei liegt unter {{corruptFile}}.',
    started_empty:
      'Deine Datendatei war nicht lesbar und es gab keine intakte Sicherung, darum startet Rekindle leer. Die beschädigte Datei liegt unter {{corruptFile}}.',
    newer_version:
      'Deine Datendatei stammt von einer neueren Rekindle-Version (Format {{foundVersion}}). Damit ihr nichts passiert, speichert Rekindle nichts, bis du aktualisierst.',
    unwritable: 'Rekindle kann nicht in {{dataFile}} schreiben. Änderungen werden nicht gespeichert.',
    backup_failed:
      'Deine Änderungen sind gespeichert. Nur die Sicherungskopie konnte gerade nicht geschrieben werden, vermutlich ist die Festplatte voll. Rekindle versucht es später von selbst noch einmal; etwas freier Speicherplatz hilft dabei.',
    data_folder_missing:
      'Rekindle findet deinen Datenordner {{folder}} nicht. Liegt er auf einem Laufwerk, das gerade nicht angeschlossen ist, oder hat dein Sync-Dienst ihn noch nicht übertragen? Dann schließ es an und such noch einmal. Bis dahin speichert Rekindle nichts.',
    dismiss: 'Ausblenden',
  },
});
