import type { Messages } from './en';

export const de: Messages = {
  app: {
    name: 'Rekindle',
    tagline: 'Deine Referenzen, wieder in Kontakt',
    skipToContent: 'Zum Inhalt springen',
    mainNavigation: 'Hauptnavigation',
  },
  sidebar: {
    overdue: 'überfällig',
  },
  nav: {
    board: 'Board',
    applications: 'Bewerbungen',
    people: 'Personen',
    today: 'Heute',
    settings: 'Einstellungen',
  },
  empty: {
    boardTitle: 'Noch keine Referenzanfragen',
    boardBody:
      'Für jede Person, die du um eine Referenz bittest, erscheint hier eine Karte. Lege die Menschen an, die deine Arbeit kennen, und verknüpfe sie mit einer Bewerbung.',
    profileAction: 'Zuerst deinen Namen und deine Kontaktdaten eintragen',
    boardAction: 'Die erste Person anlegen, die für dich sprechen kann',
    applicationsTitle: 'Noch keine Bewerbungen',
    applicationsBody: 'Halte fest, auf welche Stellen du dich bewirbst, damit jede Referenz weiß, worum es geht.',
    applicationsAction: 'Bewerbung anlegen',
    peopleTitle: 'Noch niemand hier',
    peopleBody:
      'Denk an eine frühere Chefin, einen Kunden oder eine Kollegin, die deine beste Arbeit erlebt hat. Aus den Augen zu verlieren ist normal; die meisten freuen sich, von dir zu hören.',
    peopleAction: 'Die erste Person anlegen, die für dich sprechen kann',
    todayTitle: 'Nichts fällig',
    todayBody: 'Nachfragen, Briefings und Dankesnachrichten erscheinen hier, sobald sie fällig sind. Genieß die Ruhe.',
    boardApplicationTitle: 'Als Nächstes: die Stelle, um die es geht',
    boardApplicationBody:
      'Du hast Menschen, die für dich sprechen können. Lege die Bewerbung an, zu der sie etwas sagen sollen; sobald du eine Person damit verknüpfst, erscheint hier eine Karte.',
    boardApplicationAction: 'Bewerbung anlegen',
    boardWholeSearchAction: 'Jemanden für die ganze Suche fragen',
    boardLinkTitle: 'Verknüpfe eine Person mit einer Bewerbung',
    boardLinkBody: 'Aus jeder Verknüpfung wird hier eine Karte. Sie führt dich durch alle Schritte: den Kontakt wieder aufnehmen, die Person vorbereiten und dich bedanken.',
    boardLinkAction: 'Person mit einer Bewerbung verknüpfen',
    todayNewTitle: 'Was hier erscheinen wird',
    todayNewBody:
      'Sobald du jemanden fragst, zeigt „Heute“, was ansteht: die erste Nachricht vor einem Gespräch, eine Nachfrage, wenn keine Antwort kommt, das Briefing vor dem Gespräch und den Dank nach dem Ergebnis.',
  },
  settings: {
    title: 'Einstellungen',
    languageSection: 'Sprache',
    language: 'Sprache der App',
    languageSystem: 'Wie das System ({{language}})',
    languageEn: 'English',
    languageDe: 'Deutsch',
    exportsSection: 'Dokumente',
    paperSize: 'Papierformat für exportierte Listen',
    paperA4: 'A4',
    paperLetter: 'US Letter',
    profileSection: 'Dein Profil',
    profileHint: 'Das ist der Kopf jeder Referenzliste, die du exportierst – wie oben in deinem Lebenslauf.',
    name: 'Dein Name',
    email: 'E-Mail',
    phone: 'Telefon',
    city: 'Ort',
    links: 'Links (einer pro Zeile)',
    save: 'Profil speichern',
    saved: 'Profil gespeichert.',
    dataSection: 'Deine Daten',
    dataFile: 'Alles liegt auf diesem Computer, in {{path}}',
  },
  errors: {
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
  notice: {
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
    dismiss: 'Ausblenden',
  },
  common: {
    cancel: 'Abbrechen',
    close: 'Schließen',
    save: 'Speichern',
    loading: 'Wird geladen …',
  },
  help: {
    title: 'So funktioniert Rekindle',
    intro:
      'Rekindle begleitet jede Person, die für dich spricht, durch drei Schritte. Auf eine ehrliche Nachricht antworten die meisten freundlich – auch nach Jahren der Funkstille.',
    rules: [
      'Sag offen, dass ihr den Kontakt verloren habt. Ein ehrlicher Satz wirkt besser als eine lange Entschuldigung.',
      'Sag, warum du schreibst: Du suchst eine Stelle und würdest sie gern als Referenz nennen.',
      'Gib ihnen den Zusammenhang: die Stelle, das Unternehmen und warum sie zu dir passt, damit ihre Worte treffen.',
      'Wenn sie zusagen, bereite sie vor: wann du Gespräche hast, wer wann anrufen könnte und welche Projekte ihr gemeinsam gestemmt habt.',
      'Schließ den Kreis: Teil das Ergebnis mit, so oder so, bedank dich – handschriftlich, wenn es zählt – und frag, ob du sie weiter nennen darfst.',
    ].join('|'),
    stages: 'Wieder melden → Vorbereiten → Danke sagen → Erledigt',
  },
  overdue: {
    notificationTitle: 'Rekindle',
    notificationBody_one: '{{count}} Aufgabe rund um deine Referenzen ist überfällig. Eine kurze Nachricht heute hält den Kontakt warm.',
    notificationBody_other: '{{count}} Aufgaben rund um deine Referenzen sind überfällig. Eine kurze Nachricht heute hält den Kontakt warm.',
    windowTitle: 'Rekindle – {{count}} überfällig',
  },
  menu: {
    file: 'Datei',
    newItem: 'Neu',
    edit: 'Bearbeiten',
    view: 'Ansicht',
    window: 'Fenster',
    help: 'Hilfe',
    find: 'Suchen',
    about: 'Über Rekindle',
    learnMore: 'So funktioniert Rekindle',
  },
};
