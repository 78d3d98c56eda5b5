// The iCalendar text rules (RFC 5545 §3.1 and §3.3.11): TEXT values escape backslash,
// semicolon, comma and newline; content lines end in CRLF and fold at 75 octets, never
// inside a UTF-8 sequence, so "Łukasz Żółć" or "王小明" arrive whole in any calendar app.

const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

// Controls are not allowed in TEXT (tab is); a newline is kept and written as \n.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** A user's text as an iCalendar TEXT value. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** One content line folded into pieces of at most 75 octets, each continuation led by a space. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // A continuation's leading space counts towards its 75 octets.
    const limit = pieces.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/** The whole file: every line folded, each ended by CRLF. */
export function joinLines(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
