// Words the message drafts and the prep brief share: how a letter closes, what kind of
// interview a date is (an "other" one is left unnamed), and the note a shortened email link ends with.
import { defineCatalogue } from '../define';

export const drafts = defineCatalogue({
  en: {
    signOff: {
      formal: { plain: 'Kind regards', warm: 'Warm regards' },
      informal: { plain: 'Best wishes', warm: 'Warmly' },
    },
    interviewKind: { phone: 'phone interview', video: 'video interview', onsite: 'on site' },
    truncated: '[Shortened for your mail app. The full text is in Rekindle, ready to copy.]',
  },
  de: {
    // German letters put no comma after the closing phrase.
    signOff: {
      formal: { plain: 'Mit freundlichen Grüßen', warm: 'Mit herzlichen Grüßen' },
      informal: { plain: 'Viele Grüße', warm: 'Herzliche Grüße' },
    },
    interviewKind: { phone: 'Telefongespräch', video: 'Videogespräch', onsite: 'vor Ort' },
    truncated: '[Für das Mailprogramm gekürzt. Der vollständige Text steht in Rekindle und kann dort kopiert werden.]',
  },
});
