// On launch, one OS notification when something is overdue: the user may not open the
// board every day, and a late thank-you or follow-up costs goodwill.
import { toIsoDate } from '../shared/dates';
import { overdueCount } from '../shared/due';
import { translator } from '../shared/i18n';
import type { Language } from '../shared/schema/fields';
import type { RekindleDocument } from '../shared/schema/document';

export interface OverdueNotice {
  title: string;
  body: string;
}

export function overdueNotice(document: RekindleDocument, now: Date, language: Language): OverdueNotice | null {
  const count = overdueCount(document, toIsoDate(now));
  if (count === 0) return null;
  const t = translator(language);
  return { title: t('overdue.notificationTitle'), body: t('overdue.notificationBody', { count }) };
}
