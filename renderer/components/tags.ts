// Free tags as the tag inputs keep them: trimmed, cut to the schema's length, no empty ones
// and no repeats whatever their case. Pure, so the input's rules can be tested on their own.

/** Pasted or typed text may hold several tags: commas, semicolons, tabs and new lines part them. */
export const TAG_SEPARATORS = /[,;\t\r\n]+/;

export function splitTags(text: string, maxLength: number): string[] {
  return text
    .split(TAG_SEPARATORS)
    .map((part) => part.trim().slice(0, maxLength).trim())
    .filter((part) => part !== '');
}

/** Adds tags the list does not hold yet (case-insensitively), up to `max` in all. */
export function addTags(current: readonly string[], added: readonly string[], max: number): string[] {
  const seen = new Set(current.map((tag) => tag.toLowerCase()));
  const next = [...current];
  for (const tag of added) {
    if (next.length >= max) break;
    if (seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    next.push(tag);
  }
  return next;
}

/** Suggestions that contain what is typed and are not on the list yet, in the order given. */
export function matchingSuggestions(suggestions: Iterable<string>, current: readonly string[], typed: string, limit = 8): string[] {
  const taken = new Set(current.map((tag) => tag.toLowerCase()));
  const needle = typed.trim().toLowerCase();
  const found: string[] = [];
  const seen = new Set<string>();
  for (const suggestion of suggestions) {
    const key = suggestion.toLowerCase();
    if (taken.has(key) || seen.has(key) || !key.includes(needle)) continue;
    seen.add(key);
    found.push(suggestion);
    if (found.length >= limit) break;
  }
  return found;
}
