// The step a new user takes next, worked out from what they already have: the board's and
// Today's empty states offer it, and Ctrl/Cmd+N on those screens opens its form.
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RekindleDocument } from '../../shared/schema/document';
import { EmptyState } from '../components/EmptyState';
import { currentDocument, useDocumentValue } from '../state/app-state';
import { useAppDialogs } from './app-dialogs';

export type NextStep = 'person' | 'application' | 'link';

/** No person: add one. People but no application: add one. Both but no card: link them. */
function nextStepOf(document: Pick<RekindleDocument, 'references' | 'applications'>): NextStep {
  if (document.references.length === 0) return 'person';
  if (document.applications.length === 0) return 'application';
  return 'link';
}

/** Opens the form the next step names, in place. `onLink` opens the new-request form. */
export function useOpenNextStep(onLink: () => void): () => void {
  const { openPersonForm, openApplicationForm } = useAppDialogs();
  return () => {
    const step = nextStepOf(currentDocument());
    if (step === 'person') openPersonForm();
    else if (step === 'application') openApplicationForm();
    else onLink();
  };
}

function wording(step: NextStep, t: TFunction) {
  if (step === 'person') return { title: t('empty.boardTitle'), body: t('empty.boardBody'), action: t('empty.boardAction') };
  if (step === 'application')
    return { title: t('empty.boardApplicationTitle'), body: t('empty.boardApplicationBody'), action: t('empty.boardApplicationAction') };
  return { title: t('empty.boardLinkTitle'), body: t('empty.boardLinkBody'), action: t('empty.boardLinkAction') };
}

interface NextStepEmptyStateProps {
  /** Opens the new-request form (the board owns it: a new card opens there). */
  onLink: () => void;
  /** Today keeps its own title and text, teaching what will appear there; the button is the same. */
  title?: string;
  body?: string;
  /** Offered beside the step: the profile, before a first sheet or draft carries the name. */
  extra?: ReactNode;
}

export function NextStepEmptyState({ onLink, title, body, extra }: NextStepEmptyStateProps) {
  const { t } = useTranslation();
  const step = useDocumentValue(nextStepOf);
  const open = useOpenNextStep(onLink);
  const words = wording(step, t);
  return (
    <EmptyState
      title={title ?? words.title}
      body={body ?? words.body}
      action={
        <>
          <button type="button" className="button button-primary" data-empty-action onClick={open} aria-keyshortcuts="Control+N">
            {words.action}
          </button>
          {step === 'application' ? (
            // A request for the search in general needs no application.
            <button type="button" className="button button-ghost" onClick={onLink}>
              {t('empty.boardWholeSearchAction')}
            </button>
          ) : null}
          {extra}
        </>
      }
    />
  );
}
