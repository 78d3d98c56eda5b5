// The one rule for putting a person's name together from its parts, used wherever names
// arrive in pieces (LinkedIn's First and Last Name, a vCard's N, an address book's given
// and family name columns). Chinese, Japanese and Korean names put the family name first
// and are written without a space ("王小明", "김민준"); other names give the given name
// first, separated by a space. Everything else in Rekindle shows the name as stored, so
// the window, drafts, spreadsheets and documents all follow this rule.

// Han, kana and Hangul: the scripts whose names are written family name first.
const FAMILY_NAME_FIRST_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** True when the text is written in a script whose names put the family name first. */
export function writesFamilyNameFirst(text: string): boolean {
  return FAMILY_NAME_FIRST_SCRIPT.test(text);
}

function tidy(part: string): string {
  return part.replace(/\s+/g, ' ').trim();
}

export interface NameInParts {
  given: string;
  family: string;
  /** Middle names, initials: they follow the given name. */
  additional?: string;
}

/** "Jürgen" + "Weiß" → "Jürgen Weiß"; "小明" + "王" → "王小明"; "민준" + "김" → "김민준". */
export function composeName({ given, family, additional = '' }: NameInParts): string {
  const parts = { given: tidy(given), family: tidy(family), additional: tidy(additional) };
  const all = `${parts.given}${parts.additional}${parts.family}`;
  if (writesFamilyNameFirst(all)) {
    // Only the CJK parts run together: a romanised part keeps its space ("王 Alex").
    const ordered = [parts.family, parts.given, parts.additional].filter(Boolean);
    return ordered.reduce((name, part) => {
      if (name === '') return part;
      const joinTight = writesFamilyNameFirst([...name].at(-1) ?? '') && writesFamilyNameFirst([...part][0] ?? '');
      return joinTight ? `${name}${part}` : `${name} ${part}`;
    }, '');
  }
  return [parts.given, parts.additional, parts.family].filter(Boolean).join(' ');
}
