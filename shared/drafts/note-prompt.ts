// What to write by hand in a thank-you note: one short suggestion per part, in the order
// a note reads. Each text is a single line; the writer lays it out on the card.
import type { Language } from '../schema';
import { outcomeOf, type Outcome } from './choice';
import type { DraftContext } from './context';
import { displayName, signOffInline } from './names';
import { asSentence } from './text';
import type { NotePrompt, NotePromptSection } from './types';


const LABELS: Record<Language, Record<NotePromptSection['key'], string>> = {
  en: {
    outcome: 'The outcome',
    thanks: 'A specific thank-you',
    project: 'A shared project to recall',
    ask: 'Staying a reference',
    closing: 'Closing',
  },
  de: {
    outcome: 'Das Ergebnis',
    thanks: 'Ein konkreter Dank',
    project: 'Ein gemeinsames Projekt',
    ask: 'Die Bitte, Referenz zu bleiben',
    closing: 'Zum Schluss',
  },
};

function englishTexts(ctx: DraftContext, outcome: Outcome): Record<NotePromptSection['key'], string> {
  const { job } = ctx;
  let news: string;
  if (job && outcome === 'offer') news = `I'm delighted to tell you that ${job.company} offered me the role of ${job.role}.`;
  else if (job && outcome === 'no') news = `I wanted to let you know that ${job.company} chose another candidate for the role of ${job.role}, and that I'm still searching.`;
  else if (job && outcome === 'withdrawn') news = `I wanted to let you know that I withdrew my application at ${job.company}, and that I'm still searching.`;
  else news = 'I wanted to thank you properly for your support in my job search.';
  const project = ctx.talkingPoints[0]
    ? `I still think back to our work together: ${asSentence(ctx.talkingPoints[0])}`
    : ctx.workedAt
      ? `I still think back to our time together at ${ctx.workedAt}.`
      : 'I still think back to the work we did together.';
  return {
    outcome: `${ctx.greeting} ${news}`,
    thanks: `Thank you for being ready to speak for me${ctx.workedAt ? `, and for all I learned working with you at ${ctx.workedAt}` : ''}.`,
    project,
    ask:
      outcome === 'offer'
        ? "I'd be honoured if I could keep naming you as a reference in the future."
        : 'Would you be willing to stay one of my references while I keep looking?',
    closing: `Thank you again, and let's stay in touch this time. ${signOffInline(ctx.senderName, ctx.formality, 'en')}`,
  };
}

function germanTexts(ctx: DraftContext, outcome: Outcome): Record<NotePromptSection['key'], string> {
  const { job } = ctx;
  const formal = ctx.formality === 'formal';
  const p = (sie: string, du: string) => (formal ? sie : du);
  const tell = p('ich möchte Ihnen berichten', 'ich möchte dir berichten');
  let news: string;
  if (job && outcome === 'offer') news = `${p('ich freue mich sehr, Ihnen zu schreiben', 'ich freue mich sehr, dir zu schreiben')}: ${job.company} hat mir die Stelle als ${job.role} angeboten.`;
  else if (job && outcome === 'no') news = `${tell}, dass sich ${job.company} bei der Stelle als ${job.role} für jemand anderen entschieden hat – ich suche weiter.`;
  else if (job && outcome === 'withdrawn') news = `${tell}, dass ich meine Bewerbung bei ${job.company} zurückgezogen habe – ich suche weiter.`;
  else news = p('ich möchte Ihnen herzlich für Ihre Unterstützung bei meiner Stellensuche danken.', 'ich möchte dir herzlich für deine Unterstützung bei meiner Stellensuche danken.');
  const learned = ctx.workedAt ? ` – und für alles, was ich in unserer gemeinsamen Zeit bei ${ctx.workedAt} gelernt habe` : '';
  const project = ctx.talkingPoints[0]
    ? `Ich denke noch oft an unsere gemeinsame Arbeit zurück: ${asSentence(ctx.talkingPoints[0])}`
    : ctx.workedAt
      ? `Ich denke noch oft an unsere gemeinsame Zeit bei ${ctx.workedAt} zurück.`
      : 'Ich denke noch oft an unsere gemeinsame Arbeit zurück.';
  return {
    outcome: `${ctx.greeting} ${news}`,
    thanks: `${p('Danke, dass Sie bereit waren, sich für mich einzusetzen', 'Danke, dass du bereit warst, dich für mich einzusetzen')}${learned}.`,
    project,
    ask:
      outcome === 'offer'
        ? p('Ich würde mich freuen, Sie auch künftig als Referenz nennen zu dürfen.', 'Ich würde mich freuen, dich auch künftig als Referenz nennen zu dürfen.')
        : p('Darf ich Sie weiterhin als Referenz nennen, während ich weitersuche?', 'Darf ich dich weiterhin als Referenz nennen, während ich weitersuche?'),
    closing: `Nochmals herzlichen Dank – und diesmal bleiben wir in Kontakt. ${signOffInline(ctx.senderName, ctx.formality, 'de')}`,
  };
}

const SECTION_ORDER: NotePromptSection['key'][] = ['outcome', 'thanks', 'project', 'ask', 'closing'];

export function notePrompt(ctx: DraftContext): NotePrompt {
  const recipient = displayName(ctx.input.reference);
  const outcome = outcomeOf(ctx.job?.status ?? null);
  const texts = ctx.language === 'de' ? germanTexts(ctx, outcome) : englishTexts(ctx, outcome);
  return {
    recipient,
    title: ctx.language === 'de' ? `Dankeskarte für ${recipient}` : `Thank-you note for ${recipient}`,
    sections: SECTION_ORDER.map((key) => ({ key, label: LABELS[ctx.language][key], text: texts[key] })),
  };
}
