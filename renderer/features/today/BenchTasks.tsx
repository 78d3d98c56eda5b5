// Today's reference-check tasks: the heads-up with its draft, and "how did it go?".
import { useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { computeBenchTasks, type BenchTask } from '../../../shared/bench/due';
import { addDays, compareIsoDates } from '../../../shared/dates';
import { germanFrom } from '../../../shared/drafts/company';
import { buildHeadsUpDraft } from '../../../shared/drafts/heads-up';
import { draftLanguage } from '../../../shared/drafts';
import { TODAY_WINDOW_DAYS } from '../../../shared/due';
import type { Language } from '../../../shared/schema/fields';
import type { Application } from '../../../shared/schema/application';
import type { Reference } from '../../../shared/schema/person';
import type { RekindleDocument } from '../../../shared/schema/document';
import { api } from '../../api';
import { RelativeDate } from '../../components/RelativeDate';
import { useMutation } from '../../components/use-mutation';
import { useDocument, useLanguage, useToday } from '../../state/app-state';
import styles from '../../components/CheckPanel.module.css';
import taskStyles from './BenchTasks.module.css';
import { DetailsConfirmed } from '../../components/bench/DetailsConfirmed';

function taskText(task: BenchTask, person: Reference, application: Application, language: Language, t: TFunction): string {
  const params = { name: person.name, company: application.company, fromCompany: language === 'de' ? germanFrom(application.company) : application.company };
  return t(task.kind === 'heads_up' ? 'checks.headsUpTask' : 'checks.howTask', params);
}

/** The reference-check tasks Today shows: overdue ones and those due within its window. */
export function useBenchTasks(): BenchTask[] {
  const document = useDocument();
  const today = useToday();
  return useMemo(() => {
    const horizon = addDays(today, TODAY_WINDOW_DAYS);
    return computeBenchTasks(document, today).filter((task) => compareIsoDates(task.dueOn, horizon) <= 0);
  }, [document, today]);
}

export function BenchTasks() {
  const { t } = useTranslation();
  const document = useDocument();
  const language = useLanguage();
  const today = useToday();
  const tasks = useBenchTasks();
  if (tasks.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="today-checks" data-group="checks">
      <h2 id="today-checks">{t('checks.tasks')}</h2>
      <ul className={taskStyles.taskList}>
        {tasks.map((task) => (
          <BenchTaskRow key={`${task.kind}-${task.requestId}-${task.callId ?? ''}`} task={task} document={document} language={language} today={today} />
        ))}
      </ul>
    </section>
  );
}

function BenchTaskRow({ task, document, language, today }: { task: BenchTask; document: RekindleDocument; language: Language; today: string }) {
  const { t } = useTranslation();
  const person = document.references.find((candidate) => candidate.id === task.referenceId);
  const application = document.applications.find((candidate) => candidate.id === task.applicationId);
  const draftIn = person ? draftLanguage(person, language) : language;
  const initialDraft = useMemo(() => {
    if (!person || !application || task.kind !== 'heads_up') return '';
    const draft = buildHeadsUpDraft({ profile: document.profile, reference: person, application }, draftIn);
    return `${draft.subject}\n\n${draft.body}`;
  }, [person, application, task.kind, document.profile, draftIn]);
  const [draft, setDraft] = useState(initialDraft);
  const [told, setTold] = useState('');
  const { run, error: failure } = useMutation((action: () => Promise<unknown>, _message: string) => action(), {
    failure: 'inline',
    success: (_done, _action, message) => message,
  });
  if (!person || !application) return null;
  const text = taskText(task, person, application, language, t);
  const draftId = `heads-up-${task.requestId}`;
  return (
    <li className={taskStyles.task} data-kind={task.kind}>
      <p>
        <strong>{text}</strong>
        <br />
        <span className={task.overdue ? 'field-error' : 'field-hint'}>
          {task.overdue ? `${t('today.overdue')} · ` : `${t('today.due')} `}
          <RelativeDate date={task.dueOn} />
        </span>
      </p>
      {task.kind === 'heads_up' ? (
        <>
          <label htmlFor={draftId} className="field-label">
            {t('checks.draftLabel', { name: person.name })}
          </label>
          <textarea id={draftId} rows={14} className={`input ${taskStyles.draft}`} lang={draftIn} value={draft} onChange={(event) => setDraft(event.target.value)} />
          <div className={styles.buttons}>
            <button type="button" className="button" onClick={() => void run(() => navigator.clipboard.writeText(draft), t('checks.copied'))}>
              {t('checks.copy')}
            </button>
            <button
              type="button"
              className="button button-primary"
              aria-label={`${t('checks.markSent')}: ${person.name}`}
              onClick={() => void run(() => api.checks.markHeadsUpSent({ requestId: task.requestId, on: today }), t('checks.sent'))}
            >
              {t('checks.markSent')}
            </button>
          </div>
          {/* The heads-up asks them to confirm their details; their answer is recorded here. */}
          <DetailsConfirmed person={person} />
        </>
      ) : (
        <>
          <label htmlFor={`told-${task.callId}`} className="field-label">
            {t('checks.toldLabel', { name: person.name })}
          </label>
          <textarea id={`told-${task.callId}`} className={`input ${taskStyles.told}`} rows={3} maxLength={1_000} value={told} onChange={(event) => setTold(event.target.value)} />
          <div>
            <button
              type="button"
              className="button"
              onClick={() =>
                void run(() => api.checks.recordDebrief({ requestId: task.requestId, callId: task.callId ?? '', on: today, told: told.trim() }), t('checks.toldSaved'))
              }
            >
              {t('checks.saveTold')}
            </button>
          </div>
        </>
      )}
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
    </li>
  );
}
