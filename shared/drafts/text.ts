// Small helpers that keep user-typed values from leaving gaps or stray punctuation in a
// draft: every optional piece is either a whole sentence or absent.

/** One line of user text: inner line breaks and runs of spaces become single spaces. */
export function inline(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** Ends user text with a full stop unless it already ends like a sentence. */
export function asSentence(value: string): string {
  // A trailing comma or colon would read as "fit:." once the full stop is added.
  const text = inline(value).replace(/\s*[,;:–-]+$/u, '');
  if (text === '') return '';
  return /[.!?…)"'»“”’]$/u.test(text) ? text : `${text}.`;
}

/** A talking point as a list item, without the bullet a user may have typed themselves. */
export function listItem(value: string): string {
  return inline(value).replace(/^[-–•*·]+\s*/u, '');
}

type Piece = string | null | undefined | false;

/** Joins the pieces that exist with a space: the sentences of one paragraph. */
export function sentences(...pieces: Piece[]): string {
  return pieces.filter(isPresent).join(' ');
}

/** Joins the pieces that exist with a line break. */
export function lines(...pieces: Piece[]): string {
  return pieces.filter(isPresent).join('\n');
}

/** Joins the paragraphs that exist with a blank line. */
export function paragraphs(...pieces: Piece[]): string {
  return pieces.filter(isPresent).join('\n\n');
}

export function bulletList(heading: string, items: readonly string[]): string {
  const present = items.map(listItem).filter((item) => item !== '');
  if (present.length === 0) return '';
  return [heading, ...present.map((item) => `- ${item}`)].join('\n');
}

function isPresent(piece: Piece): piece is string {
  return typeof piece === 'string' && piece.trim() !== '';
}

/**
 * A last pass over a finished text: a value such as "Acme Inc." at the end of a sentence
 * would otherwise leave "Inc..", and a value with odd spacing a double space.
 */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t]{2,}/g, ' ')
        .replace(/ +([,;.!?])/g, '$1')
        .replace(/(?<!\.)\.\.(?!\.)/g, '.')
        .trimEnd(),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
