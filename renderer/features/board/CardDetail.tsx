import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftLanguage } from '../../../shared/drafts';
import { isLate } from '../../../shared/due';
import type { Language } from '../../../shared/schema/fields';
import { OUTCOME_STATUSES } from '../../../shared/schema/application';
import { STAGES, type Stage } from '../../../shared/schema/request';
import { defaultMoveTarget, isChecklistComplete } from '../../../shared/stages';
import { api } from '../../api';
import { Avatar } from '../../components/Avatar';
import { Dialog } from '../../components/Dialog';
import { RelativeDate } from '../../components/RelativeDate';
import { setDocument, useAppSnapshot, useLanguage, useToday } from '../../state/app-state';
import { showToast } from '../../state/toasts';
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
import styles from './CardDetail.module.css';
import { refusalText } from '../../components/refusal';

interface CardDetailProps {
  requestId: string;
  onClose: () => void;
  /** Open straight in the composer (Today's "Write the message"); Back still leads to the card. */
  startComposing?: boolean;
}

/** Everything about one card: its checklist, the reply, the outcome, contacts and history. */
export function CardDetail({ requestId, onClose, startComposing = false }: CardDetailProps) {
  const { t } = useTranslation();
  const snapshot = useAppSnapshot();
  const language = useLanguage();
  const today = useToday();
  // The composer takes this dialog's place rather than opening over it: one layer at a time.
  const [composing, setComposing] = useState(startComposing);
  // Back from the composer, the keyboard returns to the button that opened it.
  const [returnToCompose, setReturnToCompose] = useState(false);
  const document = snapshot?.document;
  const request = document?.requests.find((candidate) => candidate.id === requestId);

  useEffect(() => {
    if (!request) onClose();
  }, [request, onClose]);
  if (!document || !request) return null;

  const readOnly = snapshot.readOnly;
  const info = cardInfo(request, document, today, language, dueOfRequest(dueItemsOf(document, today), request.id), t);
  const closed = request.closed !== null;

  const run = async <T extends { document: typeof document }>(pending: Promise<T>, message: (result: T) => string) => {
    try {
      const result = await pending;
      setDocument(result.document);
      showToast({ message: message(result) });
    } catch (error) {
      showToast({ kind: 'error', message: refusalText(t, error) });
    }
  };

  const recordReply = (reply: 'agreed' | 'declined') =>
    run(api.requests.recordReply({ referenceId: request.referenceId, reply, on: today }), (result) =>
      reply === 'agreed'
        ? t('board.detail.replyAgreed', { name: info.name, count: result.changedRequestIds.length })
        : t('board.detail.replyDeclined', { name: info.name }),
    );

  const recordOutcome = (status: (typeof OUTCOME_STATUSES)[number]) =>
    info.application
      ? run(api.applications.setStatus({ applicationId: info.application.id, status, on: today }), () =>
          t('board.detail.outcomeSaved', { status: t(`board.detail.outcomeChoice.${status}`) }),
        )
      : Promise.resolve();

  const complete = () => run(api.requests.complete({ requestId: request.id }), () => t('board.detail.completed'));

  const person = document.references.find((candidate) => candidate.id === request.referenceId);
  const personLanguage = person ? draftLanguage(person, language) : language;
  const compose = () => setComposing(true);
  const backFromComposer = () => {
    setComposing(false);
    setReturnToCompose(true);
  };
  // Printed straight from the composer, so the note prompts do not open a layer of their own.
  const printNote = async (noteLanguage: Language) => {
    try {
      await api.exports.notePrompts({ requestIds: [request.id], language: noteLanguage, action: 'print' });
      showToast({ message: t('exports.notes.opened') });
    } catch (error) {
      showToast({ message: exportErrorText(t, error) });
    }
  };

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
            <ActivityLog log={request.log} language={language} />
          </div>
        </div>
      </Dialog>
    </>
  );
}

/** A no closes every open card of the person at once, so it is asked about before it is saved. */
function ReplyButtons({
  name,
  awaited,
  disabled,
  onAgreed,
  onDeclined,
}: {
  name: string;
  /** The ask is out: the answer is the next step, so "They agreed" takes the focus. */
  awaited: boolean;
  disabled: boolean;
  onAgreed: () => void;
  onDeclined: () => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const declineButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (returnFocus.current) declineButton.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  const cancel = () => {
    returnFocus.current = true;
    setConfirming(false);
  };

  if (confirming) {
    return (
      <div className={styles.confirm} role="group" aria-labelledby="detail-confirm-decline">
        <p id="detail-confirm-decline">{t('board.detail.confirmDecline', { name })}</p>
        <div className={styles.buttons}>
          <button ref={cancelButton} type="button" className="button" onClick={cancel}>
            {t('board.detail.confirmDeclineCancel')}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={disabled}
            onClick={() => {
              setConfirming(false);
              onDeclined();
            }}
          >
            {t('board.detail.confirmDeclineYes')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className={styles.buttons}>
      <button type="button" className="button" disabled={disabled} data-autofocus={awaited || undefined} onClick={onAgreed}>
        {t('board.detail.agreed')}
      </button>
      <button ref={declineButton} type="button" className="button" disabled={disabled} onClick={() => setConfirming(true)}>
        {t('board.detail.declined')}
      </button>
    </div>
  );
}

function MoveTo({ stage, disabled, onMove }: { stage: Stage; disabled: boolean; onMove: (stage: Stage) => Promise<void> }) {
  const { t } = useTranslation();
  const others = STAGES.filter((candidate) => candidate !== stage);
  // Null until the user picks: the default is the next step, and follows the card as it moves.
  const [target, setTarget] = useState<Stage | null>(null);
  const chosen = target !== null && others.includes(target) ? target : defaultMoveTarget(stage);
  const move = async () => {
    try {
      await onMove(chosen);
      showToast({ message: t('board.moved', { stage: t(`records.stage.${chosen}`) }) });
    } catch (error) {
      showToast({ kind: 'error', message: t('board.moveFailed', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };
  return (
    <section className={styles.section} aria-labelledby="detail-move">
      <h3 id="detail-move">{t('board.detail.moveTo')}</h3>
      <div className={styles.moveRow}>
        <label htmlFor="detail-move-select" className="visually-hidden">
          {t('board.detail.moveTo')}
        </label>
        <select
          id="detail-move-select"
          className="select"
          value={chosen}
          disabled={disabled}
          onChange={(event) => setTarget(event.target.value as Stage)}
        >
          {others.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`records.stage.${candidate}`)}
            </option>
          ))}
        </select>
        <button type="button" className="button" disabled={disabled} onClick={() => void move()}>
          {t('board.detail.moveButton')}
        </button>
      </div>
    </section>
  );
}
