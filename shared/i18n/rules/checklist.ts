// Each checklist item of the board's stages: its label and the hint beneath it, by the key
// stored in `request.checklist` (shared/stages.ts lists which stage carries which).
import { defineCatalogue } from '../define';

export const checklist = defineCatalogue({
  en: {
    own_disconnect: {
      label: 'Admit you lost touch',
      hint: 'Say in a sentence that you drifted apart. No excuses, no long apology.',
    },
    say_why: {
      label: 'Say why you are writing',
      hint: 'You are looking for a job and would like them as a reference. Do not dress the request up as a catch-up.',
    },
    give_context: {
      label: 'Give context',
      hint: 'Name the role and the company and why you are a good match, so their words carry weight.',
    },
    ask_sent: {
      label: 'Send the request',
      hint: 'Mark the message as sent once it is out. A reminder to follow up comes a week later.',
    },
    reply_recorded: {
      label: 'Note their answer',
      hint: 'Most people reply warmly. Record whether they said yes or no.',
    },
    dates_shared: {
      label: 'Share your interview dates',
      hint: 'Let them know when you interview, so a call does not take them by surprise.',
    },
    caller_named: {
      label: 'Say who may call and when',
      hint: 'Give the name of the person at the company who may get in touch, and roughly when.',
    },
    brief_sent: {
      label: 'Send the brief',
      hint: 'List the projects you shared and what came of them. Do not count on them remembering the details.',
    },
    outcome_shared: {
      label: 'Share the outcome',
      hint: 'Tell them how it ended, offer or not.',
    },
    thanked: {
      label: 'Say thank you',
      hint: 'An email works; a handwritten note means more.',
    },
    stay_reference: {
      label: 'Ask them to stay a reference',
      hint: 'If you are still searching, say so and ask whether you may keep naming them.',
    },
  },
  de: {
    own_disconnect: {
      label: 'Die Funkstille ansprechen',
      hint: 'In einem Satz zugeben, dass der Kontakt eingeschlafen ist. Keine Ausreden, keine lange Entschuldigung.',
    },
    say_why: {
      label: 'Den Anlass offen nennen',
      hint: 'Klar sagen, dass die Jobsuche läuft und eine Referenz gebraucht wird. Die Bitte nicht hinter einem harmlosen „Wie geht’s?“ verstecken.',
    },
    give_context: {
      label: 'Hintergrund liefern',
      hint: 'Stelle, Unternehmen und die eigene Eignung nennen, damit die Empfehlung genau dort ansetzt, wo es darauf ankommt.',
    },
    ask_sent: {
      label: 'Anfrage abschicken',
      hint: 'Die Nachricht als gesendet markieren, sobald sie raus ist. Eine Woche später erinnert die App ans Nachhaken.',
    },
    reply_recorded: {
      label: 'Antwort festhalten',
      hint: 'Die meisten antworten freundlich. Festhalten, ob es eine Zusage oder eine Absage war.',
    },
    dates_shared: {
      label: 'Gesprächstermine mitteilen',
      hint: 'Mitteilen, wann die Vorstellungsgespräche sind, damit ein Anruf nicht überraschend kommt.',
    },
    caller_named: {
      label: 'Sagen, wer wann anrufen könnte',
      hint: 'Die Ansprechperson im Unternehmen nennen, die sich melden könnte, und ungefähr wann.',
    },
    brief_sent: {
      label: 'Briefing schicken',
      hint: 'Gemeinsame Projekte und ihre Ergebnisse auflisten. Nicht darauf zählen, dass alle Einzelheiten noch präsent sind.',
    },
    outcome_shared: {
      label: 'Ergebnis mitteilen',
      hint: 'Erzählen, wie es ausgegangen ist – mit oder ohne Angebot.',
    },
    thanked: {
      label: 'Danke sagen',
      hint: 'Eine E-Mail ist in Ordnung, eine handgeschriebene Karte bedeutet mehr.',
    },
    stay_reference: {
      label: 'Um weitere Unterstützung bitten',
      hint: 'Wenn die Suche weitergeht, das offen sagen und fragen, ob die Person weiterhin als Referenz genannt werden darf.',
    },
  },
});
