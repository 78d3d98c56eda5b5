// On an application with an offer: the way to close the search once the user accepts it,
// from here or from the toast that confirms the offer. An offer often comes before the
// employer checks references, so nothing closes until the user says so.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLongDate } from '../../../shared/drafts';
import { isOpenCard } from '../../../shared/search/close-search';
import type { Application } from '../../../shared/schema/application';
import { useDocument, useLanguage } from '../../state/app-state';
import styles from './CloseSearch.module.css';
import { CloseSearchDialog } from './CloseSearchDialog';

interface CloseSearchSectionProps {
  application: Application;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function CloseSearchSection({ application, open, onOpenChange }: CloseSearchSectionProps) {
  const { t } = useTranslation();
  const document = useDocument();
  const language = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  const hasOpenCards = document.requests.some(isOpenCard);
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
        <button type="button" className="button" onClick={() => onOpenChange(true)}>
          {t('closeSearch.open')}
        </button>
      ) : null}
      {open ? <CloseSearchDialog application={application} onClose={() => onOpenChange(false)} returnFocus={() => heading.current} /> : null}
    </section>
  );
}
