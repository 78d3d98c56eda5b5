// The import preview's choices and words: who is ticked at first, how each row is
// described, and the sentences that account for every row of the file.
import type { TFunction } from 'i18next';
import { isMessageKey } from '../../../shared/i18n';
import type { ImportNotAdded, ImportPreview } from '../../../shared/ipc/contract';

export type ImportEntry = ImportPreview['plan']['entries'][number];
export type ImportPlanView = ImportPreview['plan'];

/** New people start ticked; anyone Rekindle recognises starts unticked. */
export function initialSelection(entries: readonly ImportEntry[]): Set<number> {
  return new Set(entries.filter((entry) => entry.status === 'new').map((entry) => entry.index));
}

/** A duplicate of an earlier row of the same file, rather than of someone already saved. */
function repeatedInFile(entry: ImportEntry): boolean {
  return entry.status === 'duplicate' && entry.duplicateOf.kind === 'in_file';
}

/** "Already in Rekindle as Aylin Demir (same email)" / "Listed twice: same email as Mei Chen above". */
export function statusText(t: TFunction, entry: ImportEntry): string {
  if (entry.status === 'new') return t('data.import.statusNew');
  const kind = repeatedInFile(entry) ? 'repeated' : 'duplicate';
  return t(`data.import.${kind}.${entry.reason}`, { name: entry.duplicateOf.name });
}

// Fields of a vCard with a name a user knows; others are shown as the file names them.
const KNOWN_FIELDS = ['BDAY', 'PHOTO', 'URL', 'NICKNAME', 'CATEGORIES', 'ANNIVERSARY', 'IMPP', 'ROLE', 'LOGO', 'GENDER', 'X-SOCIALPROFILE'] as const;

function fieldLabel(t: TFunction, field: string): string {
  const key = `data.import.field.${field}`;
  return (KNOWN_FIELDS as readonly string[]).includes(field) && isMessageKey(key) ? t(key) : field;
}

/** The lines under "Found 7 people": each kind of row that will not come in, told apart. */
export function summaryLines(t: TFunction, plan: ImportPlanView, source: 'rows' | 'cards'): string[] {
  const lines: string[] = [];
  if (plan.existingCount > 0) lines.push(t('data.import.summary.existing', { count: plan.existingCount }));
  if (plan.repeatedCount > 0) lines.push(t('data.import.summary.repeated', { count: plan.repeatedCount }));
  if (plan.unnamed.length > 0) {
    lines.push(
      source === 'cards'
        ? t('data.import.summary.unnamedCards', { count: plan.unnamed.length })
        : t('data.import.summary.unnamedRows', { count: plan.unnamed.length, rows: plan.unnamed.join(', ') }),
    );
  }
  if (plan.notImported.length > 0) {
    const labels = [...new Set(plan.notImported.map((field) => fieldLabel(t, field)))];
    lines.push(t('data.import.summary.notImported', { fields: labels.join(', ') }));
  }
  return lines;
}

/** "Added 3 people. Not added: 1 already in Rekindle, 1 listed twice in the file, 1 row without a name." */
export function resultMessage(t: TFunction, added: number, notAdded: ImportNotAdded, source: 'rows' | 'cards'): string {
  const reasons: string[] = [];
  if (notAdded.existing > 0) reasons.push(t('data.import.notAdded.existing', { count: notAdded.existing }));
  if (notAdded.repeated > 0) reasons.push(t('data.import.notAdded.repeated', { count: notAdded.repeated }));
  if (notAdded.unnamed > 0) {
    reasons.push(t(source === 'cards' ? 'data.import.notAdded.unnamedCards' : 'data.import.notAdded.unnamedRows', { count: notAdded.unnamed }));
  }
  if (notAdded.invalid > 0) reasons.push(t('data.import.notAdded.invalid', { count: notAdded.invalid }));
  if (notAdded.unticked > 0) reasons.push(t('data.import.notAdded.unticked', { count: notAdded.unticked }));
  const addedText = t('data.import.added', { count: added });
  return reasons.length === 0 ? addedText : `${addedText} ${t('data.import.notAdded.intro', { list: reasons.join(', ') })}`;
}
