// Calendar export: the menu item, "Add to calendar" on an application and what they say.
import { defineCatalogue } from '../define';

export const calendar = defineCatalogue({
  en: {
    exportAll: 'Export calendar…',
    addToCalendar: 'Add to calendar',
    saveFirst: 'Save your changes first, so the calendar gets the interviews you see here.',
    opened: 'The interviews are open in your calendar app. Confirm there to add them.',
    saved: 'Calendar saved to {{path}}. Open it to add the dates to your calendar.',
    saveInstead: 'Save…',
    errors: {
      nothing_to_export: 'There is nothing to put in a calendar yet. Add interview dates to an application first.',
      no_calendar_app: 'No app on this computer opened the calendar file. Save it and import it in your calendar app.',
    },
  },
  de: {
    exportAll: 'Kalender exportieren …',
    addToCalendar: 'Zum Kalender hinzufügen',
    saveFirst: 'Speichere zuerst deine Änderungen, damit der Kalender die Gespräche bekommt, die du hier siehst.',
    opened: 'Die Gespräche sind in deiner Kalender-App geöffnet. Bestätige dort, um sie zu übernehmen.',
    saved: 'Kalender gespeichert unter {{path}}. Öffne ihn, um die Termine in deinen Kalender zu übernehmen.',
    saveInstead: 'Speichern …',
    errors: {
      nothing_to_export: 'Noch gibt es nichts für den Kalender. Trag zuerst Gesprächstermine bei einer Bewerbung ein.',
      no_calendar_app: 'Keine App auf diesem Computer hat die Kalenderdatei geöffnet. Speichere sie und importiere sie in deiner Kalender-App.',
    },
  },
});
