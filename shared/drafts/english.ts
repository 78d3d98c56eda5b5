// The English drafts. Each follows the advice in DESIGN.md: own the gap, ask openly, give
// context, prepare the person, and thank them whatever the outcome.
import { confirmDetailsIfYesLine } from './heads-up';
import { longSilence, type DraftContext, type JobContext } from './context';
import { formatInterview, formatLongDate, upcomingInterviews } from './format';
import { signOff } from './names';
import { bulletList, capitalise, lines, paragraphs, sentences } from './text';
import type { Draft, DraftKind } from './types';

type EmailKind = Exclude<DraftKind, 'note_prompt'>;

/** "the role of Design Lead at Northwind in Berlin" / "the remote role of … at Northwind". */
function roleAt(job: JobContext): string {
  return `the ${job.remote ? 'remote ' : ''}role of ${job.role} at ${job.company}${job.location ? ` in ${job.location}` : ''}`;
}

/**
 * Weeks: no apology, it is normal not to write for a month. Months: a light word. Years:
 * say plainly that the silence was yours, once, and move on.
 */
function askOpening(ctx: DraftContext): string {
  switch (ctx.gap) {
    case 'recent':
      return "I hope you're doing well.";
    case 'weeks':
      return "I hope you've been well since we last spoke.";
    case 'months':
      return `It's been ${ctx.timeSince} since we last spoke – I hope all is well with you.`;
    case 'years':
      return `It's been ${ctx.timeSince} since we last spoke, and that's down to me: I let us lose touch.`;
    case 'unknown':
      return "I know it's been a while, and I hope all is well with you.";
  }
}

function aboutTheSearch(job: JobContext | null): string {
  return job ? `my application at ${job.company}` : 'my job search';
}

function letter(ctx: DraftContext, body: string, tone: 'plain' | 'warm' = 'plain'): string {
  return paragraphs(ctx.greeting, body, signOff(ctx.senderName, ctx.formality, 'en', tone));
}

function reconnectAsk(ctx: DraftContext): Draft {
  const { job } = ctx;
  const opening = askOpening(ctx);
  const memory = ctx.workedAt && `I still think back fondly to our time at ${ctx.workedAt}.`;
  const ask = "I'm looking for a new position, and I'm writing to ask whether you would be willing to be one of my references.";
  let where: string;
  if (!job) {
    where = "I'm not tied to one employer yet; I'd simply like to be able to name you when a company asks for references.";
  } else if (job.status === 'planned') {
    where = `I'm about to apply for ${roleAt(job)}.`;
  } else if (job.status === 'interviewing') {
    where = `I'm in the interview process for ${roleAt(job)}.`;
  } else {
    where = `I've applied for ${roleAt(job)}.`;
  }
  const pitch = ctx.pitch && (job ? `Why I think I'm a good fit: ${ctx.pitch}` : `What I'd bring: ${ctx.pitch}`);
  // The opening already names the workplace; saying it twice in one short letter grates.
  const weight = 'You know my work first-hand, so your view would carry real weight.';
  const easyNo = sentences(
    "If you agree, I'll send you everything you need beforehand, so nothing catches you off guard.",
    "And if the timing is wrong or you'd rather not, just say so; I'll understand completely.",
  );
  return {
    subject: job ? `Would you be a reference for my application at ${job.company}?` : 'Would you be a reference for my job search?',
    body: letter(ctx, paragraphs(sentences(opening, memory), ask, sentences(where, pitch, weight), easyNo, confirmDetailsIfYesLine('en', ctx.formality === 'formal'))),
  };
}

function followUp(ctx: DraftContext): Draft {
  const { job } = ctx;
  const still = job
    ? `I'd still be very glad to have you as a reference for my application for ${roleAt(job)}.`
    : "I'd still be very glad to have you as a reference for my job search.";
  const call = ctx.senderPhone && `If a quick call is easier, you can reach me at ${ctx.senderPhone}.`;
  return {
    subject: `Following up: a reference for ${aboutTheSearch(job)}`,
    body: letter(
      ctx,
      paragraphs(
        "I'm following up on my earlier message, in case it got lost in a busy inbox.",
        sentences(still, call),
        "And if now isn't a good time, that's no problem at all; just let me know either way.",
      ),
    ),
  };
}

function whoMayCall(job: JobContext): string {
  const date = job.referenceCheckOn && formatLongDate(job.referenceCheckOn, 'en');
  let who: string;
  if (job.contactName) {
    who = job.contactRole ? `${job.contactName}, ${job.contactRole} at ${job.company},` : `${job.contactName} from ${job.company}`;
  } else {
    who = job.contactRole ? `the ${job.contactRole} at ${job.company}` : `someone from ${job.company}`;
  }
  return sentences(
    `${capitalise(who)} may get in touch with you${date ? ` from ${date}` : ''}.`,
    job.contactDetails.length > 0 && `Their contact details: ${job.contactDetails.join(', ')}.`,
    !date && "I'll let you know as soon as I know more.",
  );
}

function prepBrief(ctx: DraftContext): Draft {
  const { job } = ctx;
  const thanks = sentences(
    'Thank you so much for agreeing to be a reference for me.',
    'Here is everything in one place, so nothing catches you off guard.',
  );
  let details: string;
  if (job) {
    const interviews = upcomingInterviews(ctx.input.application?.interviews ?? [], ctx.today).map((interview) =>
      formatInterview(interview, 'en'),
    );
    details = paragraphs(
      lines(
        `The role: ${job.role} at ${job.company}${job.remote ? ', remote' : job.location ? ` in ${job.location}` : ''}`,
        job.postingUrl && `The job posting: ${job.postingUrl}`,
      ),
      interviews.length > 0
        ? bulletList('My interviews:', interviews)
        : "I'll send you my interview dates as soon as they're set.",
      whoMayCall(job),
    );
  } else {
    details = "Whenever an employer is likely to get in touch, I'll tell you beforehand who it is and when.";
  }
  const points =
    ctx.talkingPoints.length > 0
      ? bulletList('What we achieved together, in case it helps to jog your memory:', ctx.talkingPoints)
      : "If it helps, I'm happy to go over the projects we worked on together in a short call.";
  const pitch = ctx.pitch && (job ? `Why I think I'm a good fit: ${ctx.pitch}` : `What I'd bring: ${ctx.pitch}`);
  const close = sentences(
    'If anything is unclear, just ask.',
    ctx.senderPhone && `You can reach me at ${ctx.senderPhone}.`,
    'Thank you again for your support.',
  );
  return {
    subject: job ? `Thank you – what to expect for my application at ${job.company}` : 'Thank you – what to expect in my job search',
    body: letter(ctx, paragraphs(thanks, details, points, pitch, close)),
  };
}

function thanksOffer(ctx: DraftContext): Draft {
  const { job } = ctx;
  // Once the search is closed the news is final, and they can stop expecting a call.
  const news = job?.accepted
    ? sentences(`I have good news: I've accepted an offer from ${job.company} and will be starting as ${job.role}.`, 'My search is over, so nobody will be calling you about me any more.')
    : job
      ? `I have good news: ${job.company} has offered me the role of ${job.role}.`
      : "I have good news: my job search has paid off, and I've been offered a new position.";
  const thanks = sentences(
    'Thank you for vouching for me.',
    'Whether or not anyone ended up calling you, knowing you were ready to speak for me gave me real confidence.',
    ctx.workedAt && `Much of what I bring to the new role I learned during our time at ${ctx.workedAt}.`,
  );
  // Promising to keep in touch "this time" only makes sense after a long silence.
  const after = sentences('If I can ever return the favour, please tell me.', longSilence(ctx) && "And this time I'd like to stay in touch better.");
  return {
    subject: job?.accepted ? `Good news: I'm starting at ${job.company} – thank you` : `Good news about ${aboutTheSearch(job)} – thank you`,
    body: letter(ctx, paragraphs(news, thanks, after), 'warm'),
  };
}

function thanksNo(ctx: DraftContext): Draft {
  const { job } = ctx;
  let news: string;
  if (!job) {
    news = 'I wanted to give you an update on my job search: nothing has worked out so far.';
  } else if (job.status === 'withdrawn') {
    news = `I wanted to let you know that I've withdrawn my application for ${roleAt(job)}.`;
  } else {
    news = `I wanted to let you know how things went at ${job.company}: they chose another candidate for the role of ${job.role}.`;
  }
  return {
    subject: `An update on ${aboutTheSearch(job)}`,
    body: letter(
      ctx,
      paragraphs(
        sentences(news, "I'm still searching, and I'm confident the right role will come along."),
        'Thank you for being ready to speak for me. That meant a lot to me.',
        sentences(
          'Would you be willing to stay one of my references as my search goes on?',
          "I'll let you know each time before anyone gets in touch.",
          "And if you'd rather step back, that's perfectly fine.",
        ),
      ),
      'warm',
    ),
  };
}

export const ENGLISH_DRAFTS: Record<EmailKind, (ctx: DraftContext) => Draft> = {
  reconnect_ask: reconnectAsk,
  follow_up: followUp,
  prep_brief: prepBrief,
  thanks_offer: thanksOffer,
  thanks_no: thanksNo,
};
