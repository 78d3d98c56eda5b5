// Sentences for the restore preview: "Added from the backup: 2 applications and 3 people."
import type { TFunction } from 'i18next';
import type { RecordCounts, RestoreOutcome } from '../../../shared/ipc/contract';
import type { Language } from '../../../shared/schema/fields';

const KINDS = ['applications', 'people', 'requests'] as const;

/** "2 applications, 1 person and 4 reference requests"; null when every count is zero. */
export function countList(counts: RecordCounts, t: TFunction, language: Language): string | null {
  const parts = KINDS.filter((kind) => counts[kind] > 0).map((kind) => t(`data.counts.${kind}`, { count: counts[kind] }));
  if (parts.length === 0) return null;
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(parts);
}

/** One sentence per effect the restore would have, in a fixed order, skipping empty ones. */
export function outcomeSentences(outcome: RestoreOutcome, t: TFunction, language: Language): string[] {
  const sentences: string[] = [];
  for (const effect of ['replaced', 'added', 'kept', 'removed'] as const) {
    const list = countList(outcome[effect], t, language);
    if (list !== null) sentences.push(t(`restore.${effect}`, { list }));
  }
  sentences.push(t(outcome.profileReplaced ? 'restore.profileReplaced' : 'restore.profileKept'));
  return sentences;
}
