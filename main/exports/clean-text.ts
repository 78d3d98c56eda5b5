// Values typed by the user end up in XML (DOCX) and PDF text. Characters that XML 1.0
// forbids make Word refuse the whole file, so every value passes through here first.

// C0 controls (tab, line feed and carriage return are handled as whitespace below), C1
// controls, the non-characters U+FFFE/U+FFFF, and unpaired surrogates.
const ILLEGAL_CHARACTERS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One printable line: illegal characters removed, runs of whitespace (and line breaks) collapsed. */
export function cleanText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(ILLEGAL_CHARACTERS, '').replace(/\s+/gu, ' ').trim();
}

/** Cuts a cleaned value to at most `max` characters, ending in an ellipsis when cut. */
export function clampText(value: string, max: number): string {
  const characters = Array.from(value);
  if (characters.length <= max) return value;
  return `${characters.slice(0, max - 1).join('').trimEnd()}…`;
}
