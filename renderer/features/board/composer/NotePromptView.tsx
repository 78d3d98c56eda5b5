// The handwritten-note prompt: read-only suggestions, one per part of the note.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotePrompt } from '../../../../shared/drafts';
import styles from './Composer.module.css';

export function NotePromptView({ prompt }: { prompt: NotePrompt }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className={styles.note} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.noteTitle}>
        {prompt.title}
      </h3>
      <p className="field-hint">{t('composer.noteIntro')}</p>
      <dl className={styles.sections}>
        {prompt.sections.map((section) => (
          <div key={section.key} className={styles.section}>
            <dt>{section.label}</dt>
            <dd>{section.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The prompt as plain text for the clipboard: each part on its own paragraph. */
export function notePromptText(prompt: NotePrompt): string {
  return prompt.sections.map((section) => section.text).join('\n\n');
}
