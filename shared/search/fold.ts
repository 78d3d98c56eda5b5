// How text is compared when the user looks something up: case and accents do not matter,
// so "schafer" finds "Schäfer", "lukasz" finds "Łukasz" and "zolc" finds "Żółć".

// Letters that carry no separate accent mark: NFKD leaves them whole, so they are mapped
// by hand (ł is a letter of its own in Unicode, not l plus a stroke).
const PLAIN_LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };

/** Lower case, accents removed, the letters above spelled plainly. */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase()
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[łøđħßæœıþ]/gu, (letter) => PLAIN_LETTERS[letter] ?? letter);
}
