// What to write by hand in a thank-you note: one short suggestion per part, in the order
// a note reads. Each text is a single line; the writer lays it out on the card. Every part
// says something of its own, so no sentence appears twice, with or without talking points.
import { translator } from '../i18n';
import type { Relationship } from '../schema/person';
import { outcomeOf, type Outcome } from './choice';
import { germanAt, germanCompany, germanFrom } from './company';
import { longSilence, type DraftContext } from './context';
import { displayName, noteGreeting, signOffInline } from './names';
import { asSentence, capitalise } from './text';
import type { NotePrompt, NotePromptSection } from './types';

type Texts = Record<NotePromptSection['key'], string>;

// Past-tense verbs that open a talking point such as "Led the billing rewrite": those read
// on after "the time we …". Anything else is quoted as the person wrote it.
const IRREGULAR_PAST = new Set(['built', 'led', 'ran', 'wrote', 'made', 'took', 'won', 'grew', 'cut', 'set', 'drove', 'brought', 'began', 'sold', 'found', 'taught', 'got', 'put', 'held', 'kept', 'spent', 'rebuilt', 'rewrote', 'overtook']);

function opensWithPastVerb(point: string): boolean {
  const first = (point.split(' ')[0] ?? '').toLowerCase().replace(/[^a-z]/g, '');
  return (first.length > 3 && first.endsWith('ed')) || IRREGULAR_PAST.has(first);
}

function lowerFirst(text: string): string {
  // "SAP migration" keeps its capitals; only a capitalised ordinary word is lowered.
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function withoutFinalStop(text: string): string {
  return text.replace(/[.!]+$/u, '');
}

function englishThanks(relationship: Relationship, workedAt: string, outcome: Outcome): string {
  const vouched = outcome === 'offer' ? 'Thank you for vouching for me' : 'Thank you for being ready to speak for me';
  const at = workedAt ? ` at ${workedAt}` : '';
  const what: Record<Relationship, string> = {
    manager: `, and for everything you taught me as my manager${at}`,
    supervisor: `, and for everything you taught me as my supervisor${at}`,
    mentor: ', and for all the advice you have given me over the years',
    colleague: `, and for being such a generous colleague${at}`,
    client: `, and for the trust you placed in me as a client`,
    report: `, and for all the good work you did on my team${at}`,
    other: '',
  };
  return `${vouched}${what[relationship]}.`;
}

function germanThanks(relationship: Relationship, workedAt: string, outcome: Outcome, formal: boolean): string {
  const p = (sie: string, du: string) => (formal ? sie : du);
  const vouched =
    outcome === 'offer'
      ? p('Danke, dass Sie sich für mich eingesetzt haben', 'Danke, dass du dich für mich eingesetzt hast')
      : p('Danke, dass Sie bereit waren, sich für mich einzusetzen', 'Danke, dass du bereit warst, dich für mich einzusetzen');
  const at = workedAt ? ` ${germanAt(workedAt)}` : '';
  const what: Record<Relationship, string> = {
    // No "als Vorgesetzte(r)" or "als Kunde": German would need the person's gender.
    manager: p(` – und für alles, was ich${at} von Ihnen gelernt habe`, ` – und für alles, was ich${at} von dir gelernt habe`),
    supervisor: p(` – und für alles, was ich${at} unter Ihrer Anleitung gelernt habe`, ` – und für alles, was ich${at} unter deiner Anleitung gelernt habe`),
    mentor: p(' – und für Ihren Rat über all die Jahre', ' – und für deinen Rat über all die Jahre'),
    colleague: p(` – und für die gute Zusammenarbeit${at}`, ` – und für die gute Zusammenarbeit${at}`),
    client: p(' – und für Ihr Vertrauen in meine Arbeit', ' – und für dein Vertrauen in meine Arbeit'),
    report: p(` – und für Ihre großartige Arbeit in meinem Team${at}`, ` – und für deine großartige Arbeit in meinem Team${at}`),
    other: '',
  };
  return `${vouched}${what[relationship]}.`;
}

// "This time" only after a long silence; a few weeks apart is no lapse to mend.
function englishClosing(ctx: DraftContext): string {
  if (ctx.formality === 'formal') return longSilence(ctx) ? 'Thank you again; this time I mean to stay in touch.' : 'Thank you again; I hope we stay in touch.';
  return longSilence(ctx) ? "Thanks again, and let's stay in touch this time." : "Thanks again, and let's stay in touch.";
}

function germanClosing(ctx: DraftContext, p: (sie: string, du: string) => string): string {
  return longSilence(ctx)
    ? p('Nochmals herzlichen Dank – diesmal möchte ich in Kontakt bleiben.', 'Nochmals danke – und diesmal bleiben wir in Kontakt!')
    : p('Nochmals herzlichen Dank, und lassen Sie uns in Kontakt bleiben.', 'Nochmals danke – lass uns in Kontakt bleiben!');
}

function englishTexts(ctx: DraftContext, outcome: Outcome): Texts {
  const { job } = ctx;
  const relationship = ctx.input.reference.relationship;
  let news: string;
  if (job?.accepted) news = `I'm delighted to tell you that I've accepted the role of ${job.role} at ${job.company}, so my search is over.`;
  else if (job && outcome === 'offer') news = `I'm delighted to tell you that ${job.company} offered me the role of ${job.role}.`;
  else if (job && outcome === 'no') news = `I wanted to let you know that ${job.company} chose another candidate for the role of ${job.role}, and that I'm still searching.`;
  else if (job && outcome === 'withdrawn') news = `I wanted to let you know that I withdrew my application at ${job.company}, and that I'm still searching.`;
  else news = 'I wanted to thank you properly for your support in my job search.';
  const point = ctx.talkingPoints[0];
  // The workplace goes into one sentence only: the thanks when a project is recalled, else the memory.
  const thanks = englishThanks(relationship, point ? ctx.workedAt : '', outcome);
  let project: string;
  if (point) {
    project = opensWithPastVerb(point)
      ? `I still think back to the time we ${withoutFinalStop(lowerFirst(point))}.`
      : `I still think back to our work on “${withoutFinalStop(point)}”.`;
  } else if (ctx.workedAt) {
    project = `I still think back to our time together at ${ctx.workedAt}.`;
  } else {
    project = 'Our work together still comes to mind whenever I start something new.';
  }
  return {
    outcome: `${noteGreeting(ctx.input.reference, 'en')} ${news}`,
    thanks,
    project,
    ask:
      outcome === 'offer'
        ? "I'd be honoured if I could keep naming you as a reference in the future."
        : 'Would you be willing to stay one of my references while I keep looking?',
    closing: `${englishClosing(ctx)} ${signOffInline(ctx.senderName, ctx.formality, 'en')}`,
  };
}

function germanTexts(ctx: DraftContext, outcome: Outcome): Texts {
  const { job } = ctx;
  const formal = ctx.formality === 'formal';
  const p = (sie: string, du: string) => (formal ? sie : du);
  const tell = p('ich möchte Ihnen berichten', 'ich möchte dir berichten');
  let news: string;
  if (job?.accepted) {
    news = `${p('ich freue mich sehr, Ihnen zu schreiben', 'ich freue mich sehr, dir zu schreiben')}: Ich habe das Angebot ${germanFrom(job.company)} angenommen und fange dort als ${job.role} an – meine Suche ist damit abgeschlossen.`;
  } else if (job && outcome === 'offer') {
    news = `${p('ich freue mich sehr, Ihnen zu schreiben', 'ich freue mich sehr, dir zu schreiben')}: ${capitalise(germanCompany(job.company, 'nominative'))} hat mir die Stelle als ${job.role} angeboten.`;
  } else if (job && outcome === 'no') {
    news = `${tell}, dass sich ${germanCompany(job.company, 'nominative')} bei der Stelle als ${job.role} für jemand anderen entschieden hat – ich suche weiter.`;
  } else if (job && outcome === 'withdrawn') {
    news = `${tell}, dass ich meine Bewerbung ${germanAt(job.company)} zurückgezogen habe – ich suche weiter.`;
  } else {
    news = p('ich möchte Ihnen herzlich für Ihre Unterstützung bei meiner Stellensuche danken.', 'ich möchte dir herzlich für deine Unterstützung bei meiner Stellensuche danken.');
  }
  const point = ctx.talkingPoints[0];
  const thanks = germanThanks(ctx.input.reference.relationship, point ? ctx.workedAt : '', outcome, formal);
  let project: string;
  if (point) project = `Ich denke noch oft an unsere gemeinsame Arbeit zurück, besonders an „${withoutFinalStop(asSentence(point))}“.`;
  else if (ctx.workedAt) project = `Ich denke noch oft an unsere gemeinsame Zeit ${germanAt(ctx.workedAt)} zurück.`;
  else project = 'Wenn ich etwas Neues anfange, denke ich noch oft an unsere Zusammenarbeit.';
  return {
    outcome: `${noteGreeting(ctx.input.reference, 'de')} ${news}`,
    thanks,
    project,
    ask:
      outcome === 'offer'
        ? p('Ich würde mich freuen, Sie auch künftig als Referenz nennen zu dürfen.', 'Ich würde mich freuen, dich auch künftig als Referenz nennen zu dürfen.')
        : p('Darf ich Sie weiterhin als Referenz nennen, während ich weitersuche?', 'Darf ich dich weiterhin als Referenz nennen, während ich weitersuche?'),
    closing: `${germanClosing(ctx, p)} ${signOffInline(ctx.senderName, ctx.formality, 'de')}`,
  };
}

const SECTION_ORDER: NotePromptSection['key'][] = ['outcome', 'thanks', 'project', 'ask', 'closing'];

export function notePrompt(ctx: DraftContext): NotePrompt {
  const recipient = displayName(ctx.input.reference);
  const outcome = outcomeOf(ctx.job?.status ?? null);
  const t = translator(ctx.language);
  const texts = ctx.language === 'de' ? germanTexts(ctx, outcome) : englishTexts(ctx, outcome);
  return {
    recipient,
    title: t('cards.title', { recipient }),
    sections: SECTION_ORDER.map((key) => ({ key, label: t(`cards.section.${key}`), text: texts[key] })),
  };
}
