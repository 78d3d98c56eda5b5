// English interface text shared by every screen. German (de.ts) must have exactly the same
// keys: the compiler checks. Each feature's own text lives in features/<name>.ts.
import type { Catalogue } from './define';

export const en = {
  app: {
    name: 'Rekindle',
    tagline: 'Your references, back in touch',
    skipToContent: 'Skip to content',
    mainNavigation: 'Main navigation',
  },
  sidebar: {
    overdue: 'overdue',
  },
  nav: {
    board: 'Board',
    applications: 'Applications',
    people: 'People',
    today: 'Today',
    settings: 'Settings',
  },
  empty: {
    boardTitle: 'No reference requests yet',
    boardBody:
      'A card appears here for every person you ask to vouch for you. Add the people who know your work, then link them to an application.',
    profileAction: 'First, add your own name and contact details',
    boardAction: 'Add the first person who could vouch for you',
    applicationsTitle: 'No applications yet',
    applicationsBody: 'Note the jobs you are going for, so every reference knows what they are speaking to.',
    applicationsAction: 'Add an application',
    peopleTitle: 'Nobody here yet',
    peopleBody:
      'Think of a former manager, a client or a colleague who saw your best work. Losing touch is normal; most people are glad to hear from you.',
    peopleAction: 'Add the first person who could vouch for you',
    todayTitle: 'Nothing due',
    todayBody: 'Follow-ups, briefs and thank-yous show up here when they are due. Enjoy the quiet.',
    boardApplicationTitle: 'Next: the job you are going for',
    boardApplicationBody:
      'You have people who could vouch for you. Add the application they should speak to; a card appears here as soon as you link a person to it.',
    boardApplicationAction: 'Add an application',
    boardWholeSearchAction: 'Ask someone for the search in general',
    boardLinkTitle: 'Link a person to an application',
    boardLinkBody: 'Each link becomes a card here, and the card walks you through reconnecting, preparing and thanking that person.',
    boardLinkAction: 'Link a person to an application',
    todayNewTitle: 'What will show up here',
    todayNewBody:
      'Once you ask someone, Today lists what is due: the first message ahead of an interview, a follow-up when an ask goes unanswered, the brief before an interview and the thank-you after an outcome.',
  },
  settings: {
    title: 'Settings',
    languageSection: 'Language',
    language: 'Language of the app',
    languageSystem: 'Same as the system ({{language}})',
    languageEn: 'English',
    languageDe: 'Deutsch',
    exportsSection: 'Documents',
    paperSize: 'Paper size for exported sheets',
    paperA4: 'A4',
    paperLetter: 'US Letter',
    profileSection: 'Your profile',
    profileHint: 'This is the header of every reference sheet you export, like the top of your resume.',
    name: 'Your name',
    email: 'Email',
    phone: 'Phone',
    city: 'City',
    links: 'Links (one per line)',
    save: 'Save profile',
    saved: 'Profile saved.',
    dataSection: 'Your data',
    dataFile: 'Everything is stored on this computer, in {{path}}',
  },
  errors: {
    required: 'Please fill this in.',
    invalid_email: 'This does not look like an email address.',
    invalid_phone: 'Use digits, spaces and + ( ) - / . only.',
    invalid_url: 'Enter a full web address starting with https:// or http://.',
    invalid_date: 'Enter a real date.',
    invalid_time: 'Enter a time like 14:30.',
    range_end_before_start: 'The end cannot be before the start.',
    too_long: 'This is too long. Please shorten it.',
    generic: 'Something went wrong, and nothing was changed. Please try again.',
    invalid_input: 'Rekindle could not accept this. Please check what you entered and try again.',
    not_found: 'This was removed in the meantime, so nothing was changed.',
    conflict: 'This no longer matches what is saved, so nothing was changed. Please look again and retry.',
    file_too_large: 'This file is too large for Rekindle to open.',
    unreadable_file: 'Rekindle could not read this file.',
    cancelled: 'Cancelled; nothing was changed.',
    loadFailed: 'Rekindle could not open your data. Please close the app and start it again.',
    technicalDetail: 'Technical detail',
    checkField: 'Please check this entry.',
    read_only: 'Rekindle cannot save changes right now; the note at the top of the window says why.',
    disk_full: 'Not saved: your disk is full. Free some space and try again; what you entered is still here.',
    io_error: 'Not saved: Rekindle could not write to its data file. Try again in a moment; what you entered is still here.',
  },
  notice: {
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
    dismiss: 'Dismiss',
  },
  common: {
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    loading: 'Loading…',
  },
  help: {
    title: 'How Rekindle works',
    intro:
      'Rekindle walks every person who vouches for you through three steps. Most people answer a sincere message kindly, even after years of silence.',
    rules: [
      'Say plainly that you lost touch. One honest sentence beats a long apology.',
      'Tell them why you are writing: you are looking for a job and would value them as a reference.',
      'Give them the picture: the role, the company and why it suits you, so their words land.',
      'Once they agree, prepare them: when you interview, who may call and when, and the projects you achieved together.',
      'Close the loop: share the outcome either way and thank them, by hand when it matters, and ask whether you may keep naming them.',
    ].join('|'),
    stages: 'Reconnect → Prep → Thank-you → Done',
  },
  overdue: {
    notificationTitle: 'Rekindle',
    notificationBody_one: '{{count}} reference task is overdue. A short message today keeps things warm.',
    notificationBody_other: '{{count}} reference tasks are overdue. A short message today keeps things warm.',
    windowTitle: 'Rekindle – {{count}} overdue',
  },
  menu: {
    file: 'File',
    newItem: 'New',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    find: 'Find',
    about: 'About Rekindle',
    learnMore: 'How Rekindle works',
  },
};

export type Messages = Catalogue<typeof en>;
