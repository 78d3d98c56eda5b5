// The launch notification about overdue steps, as an OS notification.
import { Notification } from 'electron';
import type { Language } from '../../shared/schema/fields';
import type { RekindleDocument } from '../../shared/schema/document';
import { overdueNotice } from '../launch-notice';

export function notifyOverdue(document: RekindleDocument, now: Date, language: Language): void {
  const notice = overdueNotice(document, now, language);
  if (notice && Notification.isSupported()) new Notification(notice).show();
}
