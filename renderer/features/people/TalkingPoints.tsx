// The talking points of a person: projects and results to remind them of. Each one keeps
// its id while it moves, so the order the user sets is the order drafts and briefs use.
import { useRef } from 'react';
import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/fields';
import { LIMITS } from '../../../shared/schema/fields';
import type { PersonFormInput, PersonFormValues } from './person-form';
import styles from './People.module.css';
import { ArrowIcon, CrossIcon } from '../../components/icons';
import { ThemeTags } from './ThemeTags';

interface TalkingPointsProps {
  control: Control<PersonFormInput, unknown, PersonFormValues>;
  register: UseFormRegister<PersonFormInput>;
  errors: FieldErrors<PersonFormInput>;
}

export function TalkingPoints({ control, register, errors }: TalkingPointsProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const list = useRef<HTMLOListElement>(null);
  // keyName keeps react-hook-form's own row key apart from the points' stored ids.
  const { fields, append, move, remove } = useFieldArray({ control, name: 'talkingPoints', keyName: 'key' });
  // Points go into this person's drafts and brief, so they are written (and spell-checked) in
  // the person's language; without one, in the window's.
  const language = useWatch({ control, name: 'address.language' });

  // After a move the row sits elsewhere; keep focus on the same control so arrow-by-arrow
  // moving works from the keyboard, falling back to the other arrow at either end.
  const focusLater = (selector: string, fallback?: string) => {
    requestAnimationFrame(() => {
      const root = list.current;
      const target = root?.querySelector<HTMLElement>(selector);
      if (target && !(target as HTMLButtonElement).disabled) target.focus();
      else if (fallback) root?.querySelector<HTMLElement>(fallback)?.focus();
    });
  };

  const moveBy = (index: number, step: -1 | 1) => {
    const to = index + step;
    move(index, to);
    const same = step < 0 ? 'up' : 'down';
    const other = step < 0 ? 'down' : 'up';
    focusLater(`[data-point="${to}"][data-action="${same}"]`, `[data-point="${to}"][data-action="${other}"]`);
  };

  const removeAt = (index: number) => {
    remove(index);
    const next = Math.min(index, fields.length - 2);
    if (next >= 0) focusLater(`[data-point="${next}"][data-action="text"]`);
    else focusLater('[data-action="add"]');
  };

  const listError = errors.talkingPoints?.root ?? (errors.talkingPoints?.message ? errors.talkingPoints : undefined);

  return (
    <div className={styles.points}>
      {fields.length === 0 ? <p className="field-hint">{t('people.form.noPoints')}</p> : null}
      <ol ref={list} className={styles.pointList} lang={language || undefined}>
        {fields.map((field, index) => {
          const number = index + 1;
          const error = errorText(errors.talkingPoints?.[index]?.text);
          const errorId = `point-error-${field.key}`;
          return (
            <li key={field.key} className={styles.point}>
              <span className={styles.pointNumber} aria-hidden="true">
                {number}
              </span>
              <div className={styles.pointText}>
                <input
                  className="input"
                  aria-label={t('people.form.pointLabel', { number })}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  data-point={index}
                  data-action="text"
                  {...register(`talkingPoints.${index}.text`)}
                />
                {error ? (
                  <span id={errorId} className="field-error" role="alert">
                    {error}
                  </span>
                ) : null}
                <ThemeTags control={control} index={index} />
              </div>
              <div className={styles.pointActions}>
                <button
                  type="button"
                  className={`button button-ghost ${styles.iconButton}`}
                  aria-label={t('people.form.movePointUp', { number })}
                  title={t('people.form.movePointUp', { number })}
                  disabled={index === 0}
                  data-point={index}
                  data-action="up"
                  onClick={() => moveBy(index, -1)}
                >
                  <ArrowIcon direction="up" />
                </button>
                <button
                  type="button"
                  className={`button button-ghost ${styles.iconButton}`}
                  aria-label={t('people.form.movePointDown', { number })}
                  title={t('people.form.movePointDown', { number })}
                  disabled={index === fields.length - 1}
                  data-point={index}
                  data-action="down"
                  onClick={() => moveBy(index, 1)}
                >
                  <ArrowIcon direction="down" />
                </button>
                <button
                  type="button"
                  className={`button button-ghost ${styles.iconButton}`}
                  aria-label={t('people.form.removePoint', { number })}
                  title={t('people.form.removePoint', { number })}
                  data-point={index}
                  data-action="remove"
                  onClick={() => removeAt(index)}
                >
                  <CrossIcon />
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {listError ? (
        <span className="field-error" role="alert">
          {errorText(listError as never)}
        </span>
      ) : null}
      <div>
        <button
          type="button"
          className="button"
          data-action="add"
          disabled={fields.length >= LIMITS.listItems}
          onClick={() => append({ id: crypto.randomUUID(), text: '' })}
        >
          {t('people.form.addPoint')}
        </button>
      </div>
    </div>
  );
}
