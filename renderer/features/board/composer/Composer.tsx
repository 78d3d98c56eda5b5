// The draft composer: pick a message for a card, read it filled in from the data, edit it,
// then copy it, open it in the mail app, and mark it as sent. It takes the card's place in
// the same window layer (the card detail renders it instead of itself), so there is never
// a dialog over a dialog; Escape and "Back to the card" return to the card.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { DiscardPrompt, useDiscardGuard } from '../../../components/DiscardGuard';
import { TextAreaField, TextField } from '../../../components/fields';
import type { Language } from '../../../../shared/schema/fields';
import { draftLanguage } from '../../../../shared/drafts';
import { useDocument, useLanguage, useToday } from '../../../state/app-state';
import styles from './Composer.module.css';
import { composerData, type ComposerData } from './composer-data';
import { DraftControls } from './DraftControls';
import { NotePromptView, notePromptText } from './NotePromptView';
import { useComposerActions } from './use-composer-actions';
import { useDraftEditor } from './use-draft-editor';

export interface ComposerProps {
  requestId: string;
  /** Back to the card; also called once a message is marked as sent. */
  onClose: () => void;
  /** Printing the note prompt belongs to the exports; the button shows only when given. */
  onPrintNotePrompt?: (language: Language) => void;
}

export function Composer({ requestId, onClose, onPrintNotePrompt }: ComposerProps) {
  const { t } = useTranslation();
  const data = composerData(useDocument(), requestId);
  if (!data || data.initialKind === null) {
    return (
      <Dialog
        title={t('composer.untitled')}
        onClose={onClose}
        footer={
          <button type="button" className="button" onClick={onClose} autoFocus>
            {t('composer.close')}
          </button>
        }
      >
        <p>{t('composer.missing')}</p>
      </Dialog>
    );
  }
  return <ComposerDialog data={data} onClose={onClose} onPrintNotePrompt={onPrintNotePrompt} />;
}

function ComposerDialog({
  data,
  onClose,
  onPrintNotePrompt,
}: {
  data: ComposerData;
  onClose: () => void;
  onPrintNotePrompt: ((language: Language) => void) | undefined;
}) {
  const { t } = useTranslation();
  const document = useDocument();
  const uiLanguage = useLanguage();
  const today = useToday();
  const { request, reference, application, kinds, initialKind } = data;
  const editor = useDraftEditor(
    { profile: document.profile, reference, application, today },
    { kind: initialKind ?? 'reconnect_ask', language: draftLanguage(reference, uiLanguage) },
  );
  const guard = useDiscardGuard(editor.edited, onClose);
  const name = reference.name;
  const email = reference.email.trim();
  const actions = useComposerActions({
    requestId: request.id,
    name,
    email,
    kind: editor.kind,
    language: editor.language,
    subject: editor.subject,
    body: editor.body,
    today,
    onClose,
  });
  const isNote = editor.notePrompt !== null;
  const ids = useId();
  const noEmailId = `${ids}-no-email`;
  const markHintId = `${ids}-mark-hint`;

  const footer = (
    <>
      <button type="button" className={`button button-ghost ${styles.action} ${styles.back}`} onClick={guard.close}>
        {t('composer.back')}
      </button>
      {isNote && onPrintNotePrompt ? (
        // Printing lives with the exports; the board passes it in when it is available.
        <button type="button" className={`button ${styles.action}`} onClick={() => onPrintNotePrompt(editor.language)}>
          {t('composer.print')}
        </button>
      ) : null}
      {editor.notePrompt ? (
        <button
          type="button"
          className={`button ${styles.action}`}
          onClick={() => editor.notePrompt && void actions.copy(notePromptText(editor.notePrompt), t('composer.copied'))}
        >
          {t('composer.copyNote')}
        </button>
      ) : (
        <>
          <button type="button" className={`button ${styles.action}`} onClick={() => void actions.copy(editor.body, t('composer.copied'))}>
            {t('composer.copyBody')}
          </button>
          <button
            type="button"
            className={`button ${styles.action}`}
            disabled={email === ''}
            aria-describedby={email === '' ? noEmailId : undefined}
            onClick={() => void actions.openMail()}
          >
            {t('composer.openMail')}
          </button>
        </>
      )}
      <button
        type="button"
        className={`button button-primary ${styles.action}`}
        disabled={actions.saving || editor.pending !== null}
        aria-describedby={markHintId}
        onClick={() => void actions.markSent()}
      >
        {actions.saving ? t('composer.saving') : t('composer.markSent')}
      </button>
    </>
  );

  return (
    <Dialog title={t('composer.title', { name })} onClose={guard.close} footer={guard.prompt ?? footer} wide>
      <div className={styles.layout}>
        <div className={styles.controls}>
          <DraftControls editor={editor} kinds={kinds} />
          {request.stage === 'done' ? <p className={styles.hint}>{t('composer.nothingForDone')}</p> : null}
        </div>
        <div className={styles.editor}>
          {editor.pending ? (
            <DiscardPrompt
              onDiscard={editor.confirmSwitch}
              onKeep={editor.cancelSwitch}
              title={t('composer.discardTitle')}
              body={t('composer.discardBody')}
              discardLabel={t('composer.discard')}
            />
          ) : null}
          {editor.notePrompt ? (
            <NotePromptView prompt={editor.notePrompt} />
          ) : (
            <>
              <div className={styles.subjectRow}>
                <TextField
                  className={styles.grow}
                  label={t('composer.subject')}
                  value={editor.subject}
                  maxLength={300}
                  lang={editor.language}
                  onChange={(event) => editor.setSubject(event.target.value)}
                />
                <button
                  type="button"
                  className="button button-ghost"
                  onClick={() => void actions.copy(editor.subject, t('composer.subjectCopied'))}
                >
                  {t('composer.copySubject')}
                </button>
              </div>
              <TextAreaField
                className={styles.bodyField}
                label={t('composer.body')}
                value={editor.body}
                rows={16}
                lang={editor.language}
                spellCheck
                onChange={(event) => editor.setBody(event.target.value)}
              />
              {email === '' ? (
                <p id={noEmailId} className={styles.hint}>
                  {t('composer.noEmail', { name })}
                </p>
              ) : null}
            </>
          )}
          <p id={markHintId} className="visually-hidden">
            {t('composer.markSentHint', { name })}
          </p>
          <div className={styles.toolbar}>
            {isNote ? null : (
              <button type="button" className={`button button-ghost ${styles.action}`} onClick={editor.reset} disabled={!editor.edited}>
                {t('composer.reset')}
              </button>
            )}
            <p role="status" className={actions.notice?.tone === 'error' ? styles.error : styles.status}>
              {actions.notice?.text ?? ''}
            </p>
          </div>
        </div>
      </div>
    </Dialog>
  );
}
