// What is overdue: the reminders' title and count, and the window title.
import { defineCatalogue } from '../define';

export const overdue = defineCatalogue({
  en: {
    notificationTitle: 'Rekindle',
    notificationBody_one: '{{count}} reference task is overdue. A short message today keeps things warm.',
    notificationBody_other: '{{count}} reference tasks are overdue. A short message today keeps things warm.',
    windowTitle: 'Rekindle – {{count}} overdue',
  },
  de: {
    notificationTitle: 'Rekindle',
    notificationBody_one: '{{count}} Aufgabe rund um deine Referenzen ist überfällig. Eine kurze Nachricht heute hält den Kontakt warm.',
    notificationBody_other: '{{count}} Aufgaben rund um deine Referenzen sind überfällig. Eine kurze Nachricht heute hält den Kontakt warm.',
    windowTitle: 'Rekindle – {{count}} überfällig',
  },
});
