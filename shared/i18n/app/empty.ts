// What an empty view says and offers as its first step.
import { defineCatalogue } from '../define';

export const empty = defineCatalogue({
  en: {
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
  de: {
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
      'Denk an eine frühere Chefin, einen Kunden oder eine Kollegin, die deine beste Arbeit erlebt hat. Sich aus den Augen zu verlieren ist normal; die meisten freuen sich, von dir zu hören.',
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
});
