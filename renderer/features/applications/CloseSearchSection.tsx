// On an application with an offer: the way to close the search, opened by itself the
// moment an offer is recorded (when anyone is left to thank) and reachable here later.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLongDate } from '../../../shared/drafts';
import { isOpenCard, planCloseSearch } from '../../../shared/search/close-search';
import type { Application } from '../../../shared/schema';
import { useDocument, useLanguage } from '../../state/app-state';
import styles from './CloseSearch.module.css';
import { CloseSearchDialog } from './CloseSearchDialog';

export function CloseSearchSection({ application, disabled }: { application: Application; disabled?: boolean }) {
  const { t } = useTranslation();
  const document = useDocument();
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const [seenStatus, setSeenStatus] = useState(application.status);
  const hasOpenCards = document.requests.some(isOpenCard);
  // An offer just recorded (here or by saving the form) is the moment to offer closing.
  if (seenStatus !== application.status) {
    setSeenStatus(application.status);
    if (application.status === 'offer' && !disabled && planCloseSearch(document, application.id).helpers.length > 0) setOpen(true);
  }
  if (application.status !== 'offer') return null;
  const closedOn = application.acceptedOn ?? null;

  return (
    <section className={styles.section} aria-labelledby="close-search-title">
      <div>
        {/* Focus comes back here once the search is closed and its button is gone. */}
        <h3 id="close-search-title" ref={heading} tabIndex={-1}>
          {t('closeSearch.section')}
        </h3>
        <p className="field-hint">{closedOn ? t('closeSearch.closed', { date: formatLongDate(closedOn, language) }) : t('closeSearch.sectionHint')}</p>
      </div>
      {hasOpenCards ? (
        <button type="button" className="button" disabled={disabled} onClick={() => setOpen(true)}>
          {t('closeSearch.open')}
        </button>
      ) : null}
      {open ? <CloseSearchDialog application={application} onClose={() => setOpen(false)} returnFocus={() => heading.current} /> : null}
    </section>
  );
}
