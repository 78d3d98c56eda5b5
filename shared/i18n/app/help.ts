// The help dialog: how Rekindle works.
import { defineCatalogue } from '../define';

export const help = defineCatalogue({
  en: {
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
  de: {
    title: 'So funktioniert Rekindle',
    intro:
      'Rekindle begleitet jede Person, die für dich spricht, durch drei Schritte. Auf eine ehrliche Nachricht antworten die meisten freundlich – auch nach Jahren der Funkstille.',
    rules: [
      'Sag offen, dass ihr den Kontakt verloren habt. Ein ehrlicher Satz wirkt besser als eine lange Entschuldigung.',
      'Sag, warum du schreibst: Du suchst eine Stelle und würdest sie gern als Referenz nennen.',
      'Gib ihnen den Zusammenhang: die Stelle, das Unternehmen und warum sie zu dir passt, damit ihre Worte treffen.',
      'Wenn sie zusagen, bereite sie vor: wann du Gespräche hast, wer wann anrufen könnte und welche Projekte ihr gemeinsam gestemmt habt.',
      'Schließ den Kreis: Teil das Ergebnis mit, so oder so, bedank dich – handschriftlich, wenn es zählt – und frag, ob du sie weiter nennen darfst.',
    ].join('|'),
    stages: 'Wieder melden → Vorbereiten → Danke sagen → Erledigt',
  },
});
