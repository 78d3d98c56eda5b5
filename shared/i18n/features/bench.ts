// The bench around each person: their calls and load, confirmed details, talking-point
// themes, an application's key requirements, the current-employer flag and the call threshold.
import { defineCatalogue } from '../define';

export const bench = defineCatalogue({
  en: {
    person: {
      section: 'Reference checks and calls',
      load: 'Employer calls: {{last30}} in the last 30 days, {{last90}} in the last 90 days',
      open_one: 'One open request',
      open_other: '{{count}} open requests',
      checksTitle: 'Announced checks',
      checkLine: '{{target}}: announced on {{announced}}, the call comes {{when}}',
      callsTitle: 'Calls logged',
      noCalls: 'No employer has called {{name}} yet.',
      callFor: 'for {{target}}',
      asked: 'Asked: {{text}}',
      told: 'Told you: {{text}}',
    },
    details: {
      confirm: 'Details confirmed',
      confirmedOn: 'Details confirmed on {{date}}.',
      never: 'Title, email and phone have not been confirmed yet.',
      stale: 'That was over a year ago: ask {{name}} whether title, email and phone are still right.',
      hint: 'Press this once {{name}} has told you their title, email and phone are current.',
      saved: 'Details of {{name}} marked as confirmed today.',
    },
    themes: {
      label: 'Themes of point {{number}}',
      placeholder: 'Add a theme',
      hint: 'Enter or a comma adds a theme; arrow down shows themes you used before.',
      suggestions: 'Themes used before',
      remove: 'Remove theme {{tag}}',
      full: 'No more themes fit on this point.',
    },
    requirements: {
      label: 'Key requirements',
      placeholder: 'Add a requirement',
      hint: 'Type or paste them from the posting; commas and new lines separate them. Matching talking-point themes decide who fits best.',
      remove: 'Remove requirement {{tag}}',
      full: 'No more requirements fit on this application.',
    },
    currentEmployer: {
      label: 'Works at my current employer',
      hint: 'Kept off reference sheets until this application has an offer, so your employer does not hear of your search too early.',
    },
    threshold: {
      section: 'Reference checks',
      label: 'Calls in 30 days before a rest is suggested',
      hint: 'Once employers have called someone this often in 30 days, the reference sheet and “Add a reference” suggest asking someone who has had fewer calls.',
      saved: 'Saved. From {{count}} calls in 30 days a rest is suggested.',
    },
    link: {
      load_one: '{{name}}: one call in 30 days, {{open}} open',
      load_other: '{{name}}: {{count}} calls in 30 days, {{open}} open',
    },
  },
  de: {
    person: {
      section: 'Referenzprüfungen und Anrufe',
      load: 'Anrufe von Unternehmen: {{last30}} in den letzten 30 Tagen, {{last90}} in den letzten 90 Tagen',
      open_one: 'Eine offene Anfrage',
      open_other: '{{count}} offene Anfragen',
      checksTitle: 'Angekündigte Prüfungen',
      checkLine: '{{target}}: angekündigt am {{announced}}, der Anruf kommt {{when}}',
      callsTitle: 'Eingetragene Anrufe',
      noCalls: '{{name}} wurde noch von keinem Unternehmen angerufen.',
      callFor: 'für {{target}}',
      asked: 'Gefragt: {{text}}',
      told: 'Erzählt: {{text}}',
    },
    details: {
      confirm: 'Kontaktdaten bestätigt',
      confirmedOn: 'Kontaktdaten bestätigt am {{date}}.',
      never: 'Position, E-Mail und Telefon wurden noch nicht bestätigt.',
      stale: 'Das ist über ein Jahr her: Frag {{name}}, ob Position, E-Mail und Telefon noch stimmen.',
      hint: 'Drück hier, sobald {{name}} dir Position, E-Mail und Telefon bestätigt hat.',
      saved: 'Kontaktdaten von {{name}} als heute bestätigt vermerkt.',
    },
    themes: {
      label: 'Themen zu Punkt {{number}}',
      placeholder: 'Thema hinzufügen',
      hint: 'Enter oder ein Komma fügt ein Thema hinzu; Pfeil nach unten zeigt Themen, die du schon benutzt hast.',
      suggestions: 'Bisherige Themen',
      remove: 'Thema {{tag}} entfernen',
      full: 'Zu diesem Punkt passen keine weiteren Themen.',
    },
    requirements: {
      label: 'Wichtigste Anforderungen',
      placeholder: 'Anforderung hinzufügen',
      hint: 'Tipp sie ein oder füg sie aus der Ausschreibung ein; Kommas und Zeilenumbrüche trennen sie. Passende Themen der Gesprächspunkte entscheiden, wer am besten passt.',
      remove: 'Anforderung {{tag}} entfernen',
      full: 'Zu dieser Bewerbung passen keine weiteren Anforderungen.',
    },
    currentEmployer: {
      label: 'Arbeitet bei meinem jetzigen Arbeitgeber',
      hint: 'Bleibt von Referenzlisten fern, bis diese Bewerbung ein Angebot hat, damit dein Arbeitgeber nicht zu früh von deiner Suche erfährt.',
    },
    threshold: {
      section: 'Referenzprüfungen',
      label: 'Anrufe in 30 Tagen, ab denen eine Pause vorgeschlagen wird',
      hint: 'Wurde jemand in 30 Tagen so oft angerufen, schlagen die Referenzliste und „Referenz hinzufügen“ stattdessen jemanden vor, der seltener gefragt wurde.',
      saved: 'Gespeichert. Ab {{count}} Anrufen in 30 Tagen wird eine Pause vorgeschlagen.',
    },
    link: {
      load_one: '{{name}}: ein Anruf in 30 Tagen, {{open}} offen',
      load_other: '{{name}}: {{count}} Anrufe in 30 Tagen, {{open}} offen',
    },
  },
});
