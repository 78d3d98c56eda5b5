import { useTranslation } from 'react-i18next';
import type { Application } from '../../../shared/schema/application';
import { ExportButton } from '../../components/ExportButton';
import { useCalendarExport } from '../../components/calendar-export';
import { showToast } from '../../state/toasts';

interface AddToCalendarProps {
  application: Application;
  /** Unsaved edits in the form: the calendar would get the saved dates, not the ones on screen. */
  dirty: boolean;
}

/**
 * Hands the saved interviews to the system's calendar app, which asks where to add them:
 * that is what "Add to calendar" does elsewhere, with no file to save and find first. If no
 * app takes the file, the toast offers to save it instead.
 */
export function AddToCalendar({ application, dirty }: AddToCalendarProps) {
  const { t } = useTranslation();
  const calendar = useCalendarExport('view');
  if (application.interviews.length === 0) return null;
  return (
    <ExportButton
      busy={calendar.busy}
      unavailable={false}
      onClick={() => {
        if (dirty) showToast({ message: t('calendar.saveFirst'), scope: 'view' });
        else void calendar.run(application.id, 'open');
      }}
    >
      {t('calendar.addToCalendar')}
    </ExportButton>
  );
}
