// The sentences that sum up an applications file and its import, in the window's language.
import type { TFunction } from 'i18next';
import type { ApplicationImportPreview, ApplicationImportResult } from '../../../shared/ipc/application-import';
import type { Language } from '../../../shared/schema/fields';

export function applicationSummary(t: TFunction, preview: ApplicationImportPreview): string[] {
  const lines = [t('applicationImport.summary.new', { count: preview.newCount })];
  if (preview.existingCount > 0) lines.push(t('applicationImport.summary.existing', { count: preview.existingCount }));
  if (preview.repeatedCount > 0) lines.push(t('applicationImport.summary.repeated', { count: preview.repeatedCount }));
  if (preview.incomplete.length > 0) {
    lines.push(t('applicationImport.summary.incomplete', { count: preview.incomplete.length, rows: preview.incomplete.join(', ') }));
  }
  if (preview.unknownStatuses.length > 0) {
    lines.push(t('applicationImport.summary.unknownStatuses', { values: preview.unknownStatuses.map((value) => t('data.problem.quoted', { text: value })).join(', ') }));
  }
  if (preview.unreadableDates.length > 0) {
    lines.push(t('applicationImport.summary.unreadableDates', { count: preview.unreadableDates.length, rows: preview.unreadableDates.join(', ') }));
  }
  if (preview.rows.some((row) => row.ambiguousDates.length > 0)) lines.push(t('applicationImport.summary.ambiguous'));
  return lines;
}

export function importedMessage(t: TFunction, language: Language, result: ApplicationImportResult): string {
  const skipped = (['existing', 'repeated', 'incomplete'] as const)
    .filter((kind) => result[kind] > 0)
    .map((kind) => t(`applicationImport.skipped.${kind}`, { count: result[kind] }));
  const added = t('applicationImport.added', { count: result.added });
  if (skipped.length === 0) return added;
  const list = new Intl.ListFormat(language, { type: 'conjunction' }).format(skipped);
  return `${added} ${t('applicationImport.skipped.intro', { list })}`;
}
