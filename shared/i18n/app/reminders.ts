// Reminders while the app runs: the notifications and their section in Settings.
import { defineCatalogue } from '../define';

export const reminders = defineCatalogue({
  en: {
    oneDueToday: 'Due today: {{what}}.',
    oneOverdue: 'Overdue: {{what}}. A short message today keeps things warm.',
    dueToday_one: '{{count}} reference task is due today.',
    dueToday_other: '{{count}} reference tasks are due today.',
    dueWithOverdue: '{{count}} reference tasks are waiting for you today, {{late}} of them overdue.',
    nowOverdue: 'Now overdue: {{what}}.',
    section: 'Reminders',
    enabled: 'Remind me when something is due',
    time: 'Time of the daily reminder',
    hint: 'While Rekindle is open, one notification a day sums up what is due, and another when a task turns overdue. Where the system allows it, the app icon shows how many tasks are overdue.',
    savedOn: 'Reminders are on, daily at {{time}}.',
    savedOff: 'Reminders are off.',
  },
  de: {
    oneDueToday: 'Heute fällig: {{what}}.',
    oneOverdue: 'Überfällig: {{what}}. Eine kurze Nachricht heute hält den Kontakt warm.',
    dueToday_one: '{{count}} Aufgabe rund um deine Referenzen ist heute fällig.',
    dueToday_other: '{{count}} Aufgaben rund um deine Referenzen sind heute fällig.',
    dueWithOverdue: 'Heute warten {{count}} Aufgaben rund um deine Referenzen auf dich, {{late}} davon überfällig.',
    nowOverdue: 'Jetzt überfällig: {{what}}.',
    section: 'Erinnerungen',
    enabled: 'Erinnere mich, wenn etwas fällig ist',
    time: 'Uhrzeit der täglichen Erinnerung',
    hint: 'Solange Rekindle geöffnet ist, fasst eine Mitteilung am Tag zusammen, was ansteht, und eine weitere meldet sich, sobald eine Aufgabe überfällig wird. Wo das System es erlaubt, zeigt das App-Symbol, wie viele Aufgaben überfällig sind.',
    savedOn: 'Erinnerungen sind an, täglich um {{time}}.',
    savedOff: 'Erinnerungen sind aus.',
  },
});
