// Calendar export from the window: File → Export calendar… (everything, through the save
// dialog) and "Add to calendar" on an application (its interviews, handed to the calendar
// app). Main builds and writes the file; this says what happened and offers the next step.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Language } from '../../shared/schema/fields';
import { api, ApiError } from '../api';
import { useLanguage } from '../state/app-state';
import { showToast } from '../state/toasts';
import { exportErrorText } from './export-errors';

export type CalendarAction = 'open' | 'save';

// A path is long; give the user time to read it and reach Open.
const SAVED_TOAST_MS = 15_000;

const CALENDAR_CAUSES = ['nothing_to_export', 'no_calendar_app'] as const;
type CalendarCause = (typeof CALENDAR_CAUSES)[number];

function causeOf(error: unknown): CalendarCause | null {
  if (!(error instanceof ApiError)) return null;
  const issue = error.issues.find((item) => (CALENDAR_CAUSES as readonly string[]).includes(item.code));
  return issue ? (issue.code as CalendarCause) : null;
}

async function opening(pending: Promise<unknown>, t: TFunction): Promise<void> {
  try {
    await pending;
  } catch {
    showToast({ kind: 'error', message: t('exports.openFailed') });
  }
}

interface Run {
  applicationId: string | null;
  action: CalendarAction;
  language: Language;
  t: TFunction;
  scope: 'app' | 'view';
}

async function exportCalendar(run: Run): Promise<void> {
  const { t, scope } = run;
  try {
    const { savedTo } = await api.exports.calendar({ applicationId: run.applicationId, language: run.language, action: run.action });
    if (savedTo === null) return;
    const showInFolder = { label: t('exports.showInFolder'), run: () => opening(api.files.showInFolder({ savedTo }), t) };
    if (run.action === 'open') {
      showToast({ message: t('calendar.opened'), actions: [showInFolder], duration: SAVED_TOAST_MS, scope });
      return;
    }
    const open = { label: t('exports.openFile'), run: () => opening(api.files.open({ savedTo }), t) };
    showToast({ message: t('calendar.saved', { path: savedTo }), actions: [open, showInFolder], duration: SAVED_TOAST_MS, scope });
  } catch (error) {
    const cause = causeOf(error);
    if (cause === 'no_calendar_app') {
      const saveInstead = { label: t('calendar.saveInstead'), run: () => exportCalendar({ ...run, action: 'save' }) };
      showToast({ kind: 'error', message: t('calendar.errors.no_calendar_app'), actions: [saveInstead], scope });
    } else {
      showToast({ kind: 'error', message: cause ? t(`calendar.errors.${cause}`) : exportErrorText(t, error), scope });
    }
  }
}

/** Runs one calendar export at a time, in the window's language; `busy` while main works. */
export function useCalendarExport(scope: 'app' | 'view'): { busy: boolean; run: (applicationId: string | null, action: CalendarAction) => Promise<void> } {
  const { t } = useTranslation();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  // A second click (or menu command) while main works must not open a second dialog.
  const running = useRef(false);
  const run = useCallback(
    async (applicationId: string | null, action: CalendarAction) => {
      if (running.current) return;
      running.current = true;
      setBusy(true);
      try {
        await exportCalendar({ applicationId, action, language, t, scope });
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [language, t, scope],
  );
  return { busy, run };
}
