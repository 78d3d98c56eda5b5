// The printed prep brief for a reference. Sentences that address the person come in both
// German forms ("Sie" and "du"); English says the same either way.
import { defineCatalogue } from '../define';

export const brief = defineCatalogue({
  en: {
    title: 'Brief for the reference call',
    subtitle: 'For {{name}} · {{date}}',
    role: 'The role',
    roleAt: '{{role}} at {{company}}',
    posting: 'Job posting:',
    general: {
      formal: 'I am looking for a new role and would like to give your name to employers. I will tell you as soon as a specific company may get in touch.',
      informal: 'I am looking for a new role and would like to give your name to employers. I will tell you as soon as a specific company may get in touch.',
    },
    interviews: 'Interviews',
    noInterviews: { formal: 'No interview dates yet; I will let you know.', informal: 'No interview dates yet; I will let you know.' },
    whoMayCall: { formal: 'Who may call, and when', informal: 'Who may call, and when' },
    noContact: 'The company has not named a contact yet.',
    checkFrom: 'Reference checks are expected from {{date}}.',
    noCheckDate: 'There is no date for reference checks yet.',
    talkingPoints: 'What we achieved together',
    closing: {
      formal: 'Thank you for vouching for me. If anything is unclear, just get in touch.',
      informal: 'Thank you for vouching for me. If anything is unclear, just get in touch.',
    },
  },
  de: {
    title: 'Briefing für das Referenzgespräch',
    subtitle: 'Für {{name}} · Stand: {{date}}',
    role: 'Die Stelle',
    // "bei der ACME GmbH": German needs the article before a legal form.
    roleAt: '{{role}} {{atCompany}}',
    posting: 'Stellenanzeige:',
    general: {
      formal:
        'Ich suche eine neue Stelle und würde Sie gern als Referenz angeben. Sobald sich ein bestimmtes Unternehmen bei Ihnen melden könnte, sage ich Ihnen Bescheid.',
      informal:
        'Ich suche eine neue Stelle und würde dich gern als Referenz angeben. Sobald sich ein bestimmtes Unternehmen bei dir melden könnte, sage ich dir Bescheid.',
    },
    interviews: 'Vorstellungsgespräche',
    noInterviews: { formal: 'Noch keine Termine; ich sage Ihnen Bescheid.', informal: 'Noch keine Termine; ich sage dir Bescheid.' },
    whoMayCall: { formal: 'Wer sich bei Ihnen melden könnte und wann', informal: 'Wer sich bei dir melden könnte und wann' },
    noContact: 'Das Unternehmen hat noch keine Ansprechperson genannt.',
    // The date carries its weekday ("Montag, 14. Dezember 2026"); the comma closes that apposition.
    checkFrom: 'Referenzen werden voraussichtlich ab {{date}}, eingeholt.',
    noCheckDate: 'Einen Termin für die Referenzprüfung gibt es noch nicht.',
    talkingPoints: 'Was wir gemeinsam erreicht haben',
    closing: {
      formal: 'Vielen Dank, dass Sie sich für mich einsetzen. Wenn etwas unklar ist, melden Sie sich gern.',
      informal: 'Vielen Dank, dass du dich für mich einsetzt. Wenn etwas unklar ist, melde dich gern.',
    },
  },
});
