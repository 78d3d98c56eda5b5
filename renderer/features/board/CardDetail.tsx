import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftLanguage } from '../../../shared/drafts';
import { isLate } from '../../../shared/due';
import { OUTCOME_STATUSES } from '../../../shared/schema/application';
import type { Language } from '../../../shared/schema/fields';
import { isChecklistComplete } from '../../../shared/stages';
import { api } from '../../api';
import { Avatar } from '../../components/Avatar';
import { ChangedElsewhere } from '../../components/ChangedElsewhere';
import { Dialog } from '../../components/Dialog';
import { RelativeDate } from '../../components/RelativeDate';
import { useMutation } from '../../components/use-mutation';
import { useDocument, useLanguage, useReadOnly, useRequest, useToday } from '../../state/app-state';
import { Composer } from './composer/Composer';
import { exportErrorText } from '../../components/export-errors';
import { PrepBriefButton } from './PrepBriefButton';
import { dueItemsOf } from '../../../shared/due-items';
import { ActivityLog } from './ActivityLog';
import { dueOfRequest, endOfColumnPosition } from './board-model';
import { cardInfo } from './card-info';
import { firstName } from '../../../shared/format';
import { ChecklistSection } from './ChecklistSection';
import { ContactForm } from './ContactForm';
import { EmployerCalls } from './EmployerCalls';
import { AlertIcon, ClockIcon } from '../../components/icons';
import { AnnounceCheck } from '../../components/bench/AnnounceCheck';
import { moveToStage } from './useBoardDrag';
import { MoveTo } from './MoveTo';
import { ReplyButtons } from './ReplyButtons';
import styles from './CardDetail.module.css';

interface CardDetailProps {
  requestId: string;
  onClose: () => void;
  /** Open straight in the composer (Today's "Write the message"); Back still leads to the card. */
  startComposing?: boolean;
}

/** Everything about one card: its checklist, the reply, the outcome, contacts and history. */
export function CardDetail({ requestId, onClose, startComposing = false }: CardDetailProps) {
  const { t } = useTranslation();
  const document = useDocument();
  const request = useRequest(requestId);
  const readOnly = useReadOnly();
  const language = useLanguage();
  const today = useToday();
  // The composer takes this dialog's place rather than opening over it: one layer at a time.
  const [composing, setComposing] = useState(startComposing);
  // Back from the composer, the keyboard returns to the button that opened it.
  const [returnToCompose, setReturnToCompose] = useState(false);
  // Each change answers with the toast it earned; a failure is explained by its code.
  const { run } = useMutation((change: () => Promise<string>) => change(), { success: (message) => message });
  const { run: printNotePrompt } = useMutation(
    (noteLanguage: Language, id: string) => api.exports.notePrompts({ requestIds: [id], language: noteLanguage, action: 'print' }),
    { success: () => t('exports.notes.opened'), explain: (error) => exportErrorText(t, error) },
  );

  useEffect(() => {
    if (!request) onClose();
  }, [request, onClose]);
  if (!request) return null;

  const info = cardInfo(request, document, today, language, dueOfRequest(dueItemsOf(document, today), request.id), t);
  const closed = request.closed !== null;

  const recordReply = (reply: 'agreed' | 'declined') =>
    run(async () => {
      const result = await api.requests.recordReply({ referenceId: request.referenceId, reply, on: today });
      return reply === 'agreed'
        ? t('board.detail.replyAgreed', { name: info.name, count: result.changedRequestIds.length })
        : t('board.detail.replyDeclined', { name: info.name });
    });

  const recordOutcome = (status: (typeof OUTCOME_STATUSES)[number]) => {
    const application = info.application;
    if (!application) return Promise.resolve(undefined);
    return run(async () => {
      await api.applications.setStatus({ applicationId: application.id, status, on: today });
      return t('board.detail.outcomeSaved', { status: t(`board.detail.outcomeChoice.${status}`) });
    });
  };

  const complete = () =>
    run(async () => {
      await api.requests.complete({ requestId: request.id });
      return t('board.detail.completed');
    });

  const person = document.references.find((candidate) => candidate.id === request.referenceId);
  const personLanguage = person ? draftLanguage(person, language) : language;
  const compose = () => setComposing(true);
  const backFromComposer = () => {
    setComposing(false);
    setReturnToCompose(true);
  };
  // Printed straight from the composer, so the note prompts do not open a layer of their own.
  const printNote = (noteLanguage: Language) => printNotePrompt(noteLanguage, request.id);

  if (composing) {
    return <Composer requestId={request.id} onClose={backFromComposer} onPrintNotePrompt={(lang) => void printNote(lang)} />;
  }

  const footer = (
    <>
      {!closed ? (
        <button type="button" className="button" onClick={compose} disabled={readOnly} data-autofocus={returnToCompose ? true : undefined}>
          {t('board.detail.compose')}
        </button>
      ) : null}
      {request.stage === 'prep' && !closed ? <PrepBriefButton requestId={request.id} language={personLanguage} /> : null}
      <span className={styles.spacer} />
      <button type="button" className="button" onClick={onClose}>
        {t('common.close')}
      </button>
    </>
  );

  return (
    <>
      <Dialog
        title={info.name}
        onClose={onClose}
        footer={footer}
        wide
        // A sent ask, a reply or a move changes the next step: focus goes to it (the answer, the new stage).
        focusKey={`${closed ? 'declined' : request.stage}${request.askedOn ? '-asked' : ''}`}
        // The card may have moved column (a new element): focus finds it again on close.
        returnFocus={() => window.document.querySelector<HTMLElement>(`[data-request-id="${request.id}"] button`)}
      >
        <div className={styles.summary} data-stage={closed ? 'declined' : request.stage}>
          <Avatar name={info.name} size={40} />
          <div className={styles.summaryText}>
            <p className={styles.summaryApp}>{info.applicationLabel}</p>
            <p className={styles.summaryNext}>
              <span className={styles.stageBadge}>{t(`records.stage.${closed ? 'declined' : request.stage}`)}</span>
              <span>
                {t('board.detail.next')}: {info.action}
              </span>
              {info.due ? (
                <span className={isLate(info.due) ? styles.overdue : styles.due}>
                  {isLate(info.due) ? <AlertIcon /> : <ClockIcon />}
                  {isLate(info.due) ? `${t('board.overdue')} · ` : `${t('board.due')} `}
                  <RelativeDate date={info.due.dueOn} />
                </span>
              ) : null}
            </p>
          </div>
        </div>

        {closed ? <p className={styles.notice}>{t('board.detail.declinedNotice')}</p> : null}

        <div className={styles.columns}>
          <div className={styles.column}>
            {!closed ? <ChecklistSection request={request} language={language} readOnly={readOnly} /> : null}

            {!closed && request.stage === 'reconnect' ? (
              <section className={styles.section} aria-labelledby="detail-reply">
                <h3 id="detail-reply">{t('board.detail.reply')}</h3>
                <p className={styles.hint}>{t('board.detail.replyHint')}</p>
                <ReplyButtons
                  name={firstName(info.name)}
                  awaited={request.askedOn !== null}
                  disabled={readOnly}
                  onAgreed={() => void recordReply('agreed')}
                  onDeclined={() => void recordReply('declined')}
                />
              </section>
            ) : null}

            {!closed && info.application && request.stage !== 'done' ? (
              <section className={styles.section} aria-labelledby="detail-outcome">
                <h3 id="detail-outcome">{t('board.detail.outcome')}</h3>
                <p className={styles.hint}>{t('board.detail.outcomeHint', { status: t(`records.status.${info.application.status}`) })}</p>
                <div className={styles.buttons}>
                  {OUTCOME_STATUSES.map((status) => (
                    <button
                      key={status}
                      type="button"
                      className="button"
                      aria-pressed={info.application?.status === status}
                      disabled={readOnly}
                      onClick={() => void recordOutcome(status)}
                    >
                      {t(`board.detail.outcomeChoice.${status}`)}
                    </button>
                  ))}
                </div>
              </section>
            ) : null}

            {!closed && request.stage === 'thanks' && isChecklistComplete(request, 'thanks', info.application?.status) ? (
              <section className={styles.section} aria-labelledby="detail-complete">
                <h3 id="detail-complete" className="visually-hidden">
                  {t('board.detail.complete')}
                </h3>
                <p className={styles.hint}>{t('board.detail.completeHint')}</p>
                <div className={styles.buttons}>
                  <button type="button" className="button button-primary" disabled={readOnly} onClick={() => void complete()}>
                    {t('board.detail.complete')}
                  </button>
                </div>
              </section>
            ) : null}

            {!closed ? <MoveTo stage={request.stage} disabled={readOnly} onMove={(stage) => moveToStage(request.id, stage, endOfColumnPosition(document, stage, request.id))} /> : null}
          </div>

          <div className={styles.column}>
            <section className={styles.section} aria-labelledby="detail-contact">
              <h3 id="detail-contact">{t('board.detail.addContact')}</h3>
              <ContactForm requestId={request.id} disabled={readOnly} />
            </section>
            {info.application && !closed ? <AnnounceCheck application={info.application} disabled={readOnly} /> : null}
            <EmployerCalls request={request} disabled={readOnly} />
            <ChangedElsewhere entries={request.overwritten} />
            <ActivityLog log={request.log} language={language} />
          </div>
        </div>
      </Dialog>
    </>
  );
}
