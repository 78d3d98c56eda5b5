// The words inside an exported calendar file: event titles and descriptions.
import { defineCatalogue } from '../define';

export const ics = defineCatalogue({
  en: {
    calendarName: 'Rekindle: job search',
    interview: {
      phone: 'Phone interview: {{role}} at {{company}}',
      video: 'Video interview: {{role}} at {{company}}',
      onsite: 'Interview on site: {{role}} at {{company}}',
      other: 'Interview: {{role}} at {{company}}',
    },
    referenceCheck: 'Reference check: {{role}} at {{company}}',
    checkHint: 'The employer may call your references around this day. Give them a heads-up first.',
    caller: 'Who will call: {{who}}',
    contact: 'Contact at the company: {{who}}',
    posting: 'Job posting: {{url}}',
    taskHint: 'A task from Rekindle. Once it is done, tick it off there.',
    saveTitle: 'Save calendar',
    fileName: { all: 'Calendar', interviews: 'Interviews' },
  },
  de: {
    calendarName: 'Rekindle: Jobsuche',
    interview: {
      phone: 'Telefongespräch: {{role}} bei {{company}}',
      video: 'Videogespräch: {{role}} bei {{company}}',
      onsite: 'Gespräch vor Ort: {{role}} bei {{company}}',
      other: 'Gespräch: {{role}} bei {{company}}',
    },
    referenceCheck: 'Referenzprüfung: {{role}} bei {{company}}',
    checkHint: 'Um diesen Tag herum ruft das Unternehmen vielleicht deine Referenzen an. Sag ihnen vorher Bescheid.',
    caller: 'Wer anruft: {{who}}',
    contact: 'Ansprechperson im Unternehmen: {{who}}',
    posting: 'Stellenanzeige: {{url}}',
    taskHint: 'Eine Aufgabe aus Rekindle. Wenn sie erledigt ist, hak sie dort ab.',
    saveTitle: 'Kalender speichern',
    fileName: { all: 'Kalender', interviews: 'Gespräche' },
  },
});
