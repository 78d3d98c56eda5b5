// The German drafts, in "Sie" or "du" as the person is addressed. Each sentence that
// addresses the person is written out in both forms rather than patched word by word,
// because German changes the verb and word order along with the pronoun.
import { confirmDetailsIfYesLine } from './heads-up';
import { longSilence, type DraftContext, type JobContext } from './context';
import { formatInterview, formatLongDate, upcomingInterviews } from './format';
import { germanAt, germanCompany, germanFrom } from './company';
import { signOff } from './names';
import { bulletList, capitalise, lines, paragraphs, sentences } from './text';
import type { Draft, DraftKind } from './types';

type EmailKind = Exclude<DraftKind, 'note_prompt'>;

/** Picks the "Sie" or the "du" form of a sentence. */
type Pick = (sie: string, du: string) => string;

function picker(ctx: DraftContext): Pick {
  return ctx.formality === 'formal' ? (sie) => sie : (_sie, du) => du;
}

/** "bei der ACME GmbH in Berlin", "bei Northwind": where the job is, as a sentence says it. */
function atCompany(job: JobContext): string {
  return `${germanAt(job.company)}${job.location ? ` in ${job.location}` : ''}`;
}

/** "die Stelle als Design Lead" or, for a remote job, "die Remote-Stelle als Design Lead". */
function position(job: JobContext): string {
  return `${job.remote ? 'Remote-Stelle' : 'Stelle'} als ${job.role}`;
}

/**
 * Weeks: no apology. Months: a light word. Years: own the silence plainly, once. The
 * sentence follows the salutation's comma, so it starts in lower case.
 */
function askOpening(ctx: DraftContext, p: Pick): string {
  const hope = p('ich hoffe, es geht Ihnen gut', 'ich hoffe, dir geht es gut');
  switch (ctx.gap) {
    case 'recent':
    case 'weeks':
      return `${hope}.`;
    case 'months':
      return `wir haben seit ${ctx.timeSince} nichts voneinander gehört – ${p('ich hoffe, es geht Ihnen gut', 'ich hoffe, es geht dir gut')}.`;
    case 'years':
      return `wir haben seit ${ctx.timeSince} nichts voneinander gehört, und das lag an mir: Ich habe den Kontakt einschlafen lassen.`;
    case 'unknown':
      return `wir haben lange nichts voneinander gehört – ${p('ich hoffe, es geht Ihnen gut', 'ich hoffe, es geht dir gut')}.`;
  }
}

function letter(ctx: DraftContext, body: string, tone: 'plain' | 'warm' = 'plain'): string {
  return paragraphs(ctx.greeting, body, signOff(ctx.senderName, ctx.formality, 'de', tone));
}

function reconnectAsk(ctx: DraftContext): Draft {
  const p = picker(ctx);
  const { job } = ctx;
  // The first sentence follows the salutation's comma, so it starts in lower case.
  const opening = askOpening(ctx, p);
  const memory = ctx.workedAt && `An unsere gemeinsame Zeit ${germanAt(ctx.workedAt)} denke ich noch gern zurück.`;
  const ask = p(
    'Ich suche gerade eine neue Stelle und möchte Sie fragen, ob Sie mir als Referenz zur Verfügung stehen würden.',
    'Ich suche gerade eine neue Stelle und möchte dich fragen, ob du mir als Referenz zur Verfügung stehen würdest.',
  );
  let where: string;
  if (!job) {
    where = p(
      'Noch geht es nicht um ein bestimmtes Unternehmen; ich würde Sie gern nennen dürfen, wenn ein Arbeitgeber nach Referenzen fragt.',
      'Noch geht es nicht um ein bestimmtes Unternehmen; ich würde dich gern nennen dürfen, wenn ein Arbeitgeber nach Referenzen fragt.',
    );
  } else if (job.status === 'planned') {
    where = `Ich bewerbe mich demnächst ${atCompany(job)} auf die ${position(job)}.`;
  } else if (job.status === 'interviewing') {
    where = `Für die ${position(job)} ${atCompany(job)} führe ich gerade Vorstellungsgespräche.`;
  } else {
    where = `Ich habe mich ${atCompany(job)} auf die ${position(job)} beworben.`;
  }
  const pitch = ctx.pitch && (job ? `Warum ich gut auf die Stelle passe: ${ctx.pitch}` : `Was ich mitbringe: ${ctx.pitch}`);
  // The opening already names the workplace; saying it twice in one short letter grates.
  const weight = p(
    'Sie kennen meine Arbeit aus erster Hand, deshalb hätte Ihr Urteil besonderes Gewicht.',
    'Du kennst meine Arbeit aus erster Hand, deshalb hätte dein Urteil besonderes Gewicht.',
  );
  const easyNo = p(
    'Wenn Sie zusagen, schicke ich Ihnen vorab alle wichtigen Informationen, damit Sie nichts unvorbereitet trifft. Und falls es gerade nicht passt oder Sie lieber absagen möchten, sagen Sie es einfach – ich habe dafür vollstes Verständnis.',
    'Wenn du zusagst, schicke ich dir vorab alle wichtigen Informationen, damit dich nichts unvorbereitet trifft. Und falls es gerade nicht passt oder du lieber absagen möchtest, sag es einfach – ich habe dafür vollstes Verständnis.',
  );
  return {
    subject: job ? `Bitte um eine Referenz für meine Bewerbung ${germanAt(job.company)}` : 'Bitte um eine Referenz für meine Stellensuche',
    body: letter(ctx, paragraphs(sentences(opening, memory), ask, sentences(where, pitch, weight), easyNo, confirmDetailsIfYesLine('de', ctx.formality === 'formal'))),
  };
}

function followUp(ctx: DraftContext): Draft {
  const p = picker(ctx);
  const { job } = ctx;
  const forWhat = job ? `für meine Bewerbung ${germanAt(job.company)}` : 'bei meiner Stellensuche';
  const still = p(
    `Ich würde mich nach wie vor sehr freuen, wenn ich Sie ${forWhat} als Referenz nennen dürfte.`,
    `Ich würde mich nach wie vor sehr freuen, wenn ich dich ${forWhat} als Referenz nennen dürfte.`,
  );
  const call =
    ctx.senderPhone &&
    p(
      `Wenn ein kurzes Telefonat einfacher ist: Sie erreichen mich unter ${ctx.senderPhone}.`,
      `Wenn ein kurzes Telefonat einfacher ist: Du erreichst mich unter ${ctx.senderPhone}.`,
    );
  return {
    // "Kurze Nachfrage" is how one writes to a "du"; to a "Sie" the subject stays plain.
    subject: job
      ? `${p('Nachfrage', 'Kurze Nachfrage')}: Referenz für meine Bewerbung ${germanAt(job.company)}`
      : `${p('Nachfrage', 'Kurze Nachfrage')}: Referenz für meine Stellensuche`,
    body: letter(
      ctx,
      paragraphs(
        'ich melde mich noch einmal kurz zu meiner letzten Nachricht, falls sie im Posteingang untergegangen ist.',
        sentences(still, call),
        p(
          'Und falls es gerade nicht passt, ist das überhaupt kein Problem – geben Sie mir einfach kurz Bescheid.',
          'Und falls es gerade nicht passt, ist das überhaupt kein Problem – gib mir einfach kurz Bescheid.',
        ),
      ),
    ),
  };
}

function whoMayCall(ctx: DraftContext, job: JobContext): string {
  const p = picker(ctx);
  const date = job.referenceCheckOn && formatLongDate(job.referenceCheckOn, 'de');
  let who: string;
  if (job.contactName) {
    who = job.contactRole ? `${job.contactName}, ${job.contactRole} ${germanAt(job.company)},` : `${job.contactName} ${germanFrom(job.company)}`;
  } else {
    who = job.contactRole ? `die Ansprechperson ${germanAt(job.company)} (${job.contactRole})` : `jemand ${germanFrom(job.company)}`;
  }
  // The date is an apposition inside the sentence, so a comma closes it: "ab Montag, 7. Dezember 2026, bei …".
  const when = date ? ` ab ${date},` : '';
  return sentences(
    p(`${capitalise(who)} wird sich möglicherweise${when} bei Ihnen melden.`, `${capitalise(who)} wird sich möglicherweise${when} bei dir melden.`),
    job.contactDetails.length > 0 && `Kontaktdaten: ${job.contactDetails.join(', ')}.`,
    !date && p('Sobald ich Genaueres weiß, sage ich Ihnen Bescheid.', 'Sobald ich Genaueres weiß, sage ich dir Bescheid.'),
  );
}

function prepBrief(ctx: DraftContext): Draft {
  const p = picker(ctx);
  const { job } = ctx;
  const thanks = p(
    'herzlichen Dank, dass Sie mir als Referenz zur Verfügung stehen. Hier finden Sie alles Wichtige auf einen Blick, damit Sie nichts unvorbereitet trifft.',
    'herzlichen Dank, dass du mir als Referenz zur Verfügung stehst. Hier findest du alles Wichtige auf einen Blick, damit dich nichts unvorbereitet trifft.',
  );
  let details: string;
  if (job) {
    const interviews = upcomingInterviews(ctx.input.application?.interviews ?? [], ctx.today).map((interview) =>
      formatInterview(interview, 'de'),
    );
    details = paragraphs(
      lines(
        `Die Stelle: ${job.role} ${germanAt(job.company)}${job.remote ? ' (remote)' : job.location ? ` in ${job.location}` : ''}`,
        job.postingUrl && `Die Stellenanzeige: ${job.postingUrl}`,
      ),
      interviews.length > 0
        ? bulletList('Meine Vorstellungsgespräche:', interviews)
        : p('Meine Gesprächstermine schicke ich Ihnen, sobald sie feststehen.', 'Meine Gesprächstermine schicke ich dir, sobald sie feststehen.'),
      whoMayCall(ctx, job),
    );
  } else {
    details = p(
      'Bevor sich ein Arbeitgeber bei Ihnen meldet, sage ich Ihnen Bescheid, wer es ist und wann.',
      'Bevor sich ein Arbeitgeber bei dir meldet, sage ich dir Bescheid, wer es ist und wann.',
    );
  }
  const points =
    ctx.talkingPoints.length > 0
      ? bulletList(
          p('Woran wir gemeinsam gearbeitet haben – vielleicht hilft es Ihnen beim Erinnern:', 'Woran wir gemeinsam gearbeitet haben – vielleicht hilft es dir beim Erinnern:'),
          ctx.talkingPoints,
        )
      : p(
          'Wenn es Ihnen hilft, gehe ich unsere gemeinsamen Projekte gern kurz am Telefon mit Ihnen durch.',
          'Wenn es dir hilft, gehe ich unsere gemeinsamen Projekte gern kurz am Telefon mit dir durch.',
        );
  const pitch = ctx.pitch && (job ? `Warum ich gut auf die Stelle passe: ${ctx.pitch}` : `Was ich mitbringe: ${ctx.pitch}`);
  const close = sentences(
    p('Falls etwas unklar ist, fragen Sie jederzeit gern nach.', 'Falls etwas unklar ist, frag jederzeit gern nach.'),
    ctx.senderPhone && p(`Sie erreichen mich unter ${ctx.senderPhone}.`, `Du erreichst mich unter ${ctx.senderPhone}.`),
    p('Nochmals vielen Dank für Ihre Unterstützung!', 'Nochmals vielen Dank für deine Unterstützung!'),
  );
  return {
    subject: job
      ? p(`Ihre Referenz: alles Wichtige zu meiner Bewerbung ${germanAt(job.company)}`, `Danke! Alles Wichtige zu meiner Bewerbung ${germanAt(job.company)}`)
      : p('Ihre Referenz: alles Wichtige zu meiner Stellensuche', 'Danke! Alles Wichtige zu meiner Stellensuche'),
    body: letter(ctx, paragraphs(thanks, details, points, pitch, close)),
  };
}

function thanksOffer(ctx: DraftContext): Draft {
  const p = picker(ctx);
  const { job } = ctx;
  // Once the search is closed the news is final, and they can stop expecting a call.
  const news = job?.accepted
    ? sentences(
        `ich habe gute Neuigkeiten: Ich habe das Angebot ${germanFrom(job.company)} angenommen und fange dort als ${job.role} an.`,
        p('Meine Suche ist damit abgeschlossen – Sie müssen also mit keinem Anruf mehr rechnen.', 'Meine Suche ist damit abgeschlossen – du musst also mit keinem Anruf mehr rechnen.'),
      )
    : job
      ? `ich habe gute Neuigkeiten: ${capitalise(germanCompany(job.company, 'nominative'))} hat mir die Stelle als ${job.role} angeboten.`
      : 'ich habe gute Neuigkeiten: Meine Stellensuche war erfolgreich, ich habe das Angebot für eine neue Stelle bekommen.';
  const thanks = sentences(
    p(
      'Herzlichen Dank, dass Sie sich für mich eingesetzt haben. Ob man Sie am Ende angerufen hat oder nicht: Zu wissen, dass Sie für mich sprechen würden, hat mir viel Sicherheit gegeben.',
      'Herzlichen Dank, dass du dich für mich eingesetzt hast. Ob man dich am Ende angerufen hat oder nicht: Zu wissen, dass du für mich sprechen würdest, hat mir viel Sicherheit gegeben.',
    ),
    ctx.workedAt && `Vieles von dem, was ich in die neue Stelle mitbringe, habe ich in unserer gemeinsamen Zeit ${germanAt(ctx.workedAt)} gelernt.`,
  );
  const after = sentences(
    p('Wenn ich mich einmal revanchieren kann, sagen Sie es mir bitte.', 'Wenn ich mich einmal revanchieren kann, sag es mir bitte.'),
    longSilence(ctx) && 'Und diesmal möchte ich besser in Kontakt bleiben.',
  );
  return {
    subject: job?.accepted
      ? p(`Gute Neuigkeiten: Ich fange ${germanAt(job.company)} an – herzlichen Dank`, `Gute Neuigkeiten: Ich fange ${germanAt(job.company)} an – danke!`)
      : job
      ? p(`Gute Neuigkeiten zu meiner Bewerbung ${germanAt(job.company)} und herzlichen Dank`, `Gute Neuigkeiten zu meiner Bewerbung ${germanAt(job.company)} – danke!`)
      : p('Gute Neuigkeiten zu meiner Stellensuche und herzlichen Dank', 'Gute Neuigkeiten zu meiner Stellensuche – danke!'),
    body: letter(ctx, paragraphs(news, thanks, after), 'warm'),
  };
}

function thanksNo(ctx: DraftContext): Draft {
  const p = picker(ctx);
  const { job } = ctx;
  const tell = p('ich möchte Ihnen kurz berichten', 'ich möchte dir kurz berichten');
  let news: string;
  if (!job) {
    news = `${tell}, wie es bei meiner Stellensuche steht: Bisher hat es noch nicht geklappt.`;
  } else if (job.status === 'withdrawn') {
    news = `${tell}, dass ich meine Bewerbung ${germanAt(job.company)} auf die ${position(job)} zurückgezogen habe.`;
  } else {
    news = `${tell}, wie meine Bewerbung ${germanAt(job.company)} ausgegangen ist: Für die ${position(job)} hat man sich für jemand anderen entschieden.`;
  }
  return {
    subject: job ? `Neuigkeiten zu meiner Bewerbung ${germanAt(job.company)}` : 'Neuigkeiten zu meiner Stellensuche',
    body: letter(
      ctx,
      paragraphs(
        sentences(news, 'Ich suche weiter und bin zuversichtlich, dass sich die passende Stelle findet.'),
        p(
          'Herzlichen Dank, dass Sie bereit waren, sich für mich einzusetzen. Das hat mir viel bedeutet.',
          'Herzlichen Dank, dass du bereit warst, dich für mich einzusetzen. Das hat mir viel bedeutet.',
        ),
        p(
          'Darf ich Sie auch bei meinen nächsten Bewerbungen als Referenz nennen? Ich sage Ihnen jedes Mal Bescheid, bevor sich jemand meldet. Und wenn Sie lieber nicht mehr zur Verfügung stehen möchten, ist das völlig in Ordnung.',
          'Darf ich dich auch bei meinen nächsten Bewerbungen als Referenz nennen? Ich sage dir jedes Mal Bescheid, bevor sich jemand meldet. Und wenn du lieber nicht mehr zur Verfügung stehen möchtest, ist das völlig in Ordnung.',
        ),
      ),
      'warm',
    ),
  };
}

export const GERMAN_DRAFTS: Record<EmailKind, (ctx: DraftContext) => Draft> = {
  reconnect_ask: reconnectAsk,
  follow_up: followUp,
  prep_brief: prepBrief,
  thanks_offer: thanksOffer,
  thanks_no: thanksNo,
};
