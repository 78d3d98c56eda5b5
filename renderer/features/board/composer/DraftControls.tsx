// The left column: which draft, in which language, and the optional "why you fit" text.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftKind } from '../../../../shared/drafts';
import { LANGUAGES, type Language } from '../../../../shared/schema/fields';
import { TextAreaField } from '../../../components/fields';
import styles from './Composer.module.css';
import { usesPitch } from './composer-data';
import type { DraftEditor } from './use-draft-editor';

export function DraftControls({ editor, kinds }: { editor: DraftEditor; kinds: readonly DraftKind[] }) {
  const { t } = useTranslation();
  const name = useId();
  const languageHint = useId();
  return (
    <div className={styles.controls}>
      <fieldset className={styles.group}>
        <legend className="field-label">{t('composer.kindLegend')}</legend>
        <div className={styles.kinds}>
          {kinds.map((kind) => (
            <label key={kind} className={styles.choice}>
              <input
                type="radio"
                name={`${name}-kind`}
                value={kind}
                checked={editor.kind === kind}
                // The composer opens on the draft that fits; the keyboard starts there too.
                data-autofocus={editor.kind === kind ? true : undefined}
                onChange={() => editor.choose({ kind })}
              />
              <span>{t(`composer.kinds.${kind}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className={styles.group} aria-describedby={languageHint}>
        <legend className="field-label">{t('composer.languageLegend')}</legend>
        <div className={styles.segmented}>
          {LANGUAGES.map((language: Language) => (
            <label key={language} className={styles.segment}>
              <input
                type="radio"
                name={`${name}-language`}
                value={language}
                checked={editor.language === language}
                onChange={() => editor.choose({ language })}
              />
              <span>{t(`composer.languages.${language}`)}</span>
            </label>
          ))}
        </div>
        <span id={languageHint} className="field-hint">
          {t('composer.languageHint')}
        </span>
      </fieldset>
      {usesPitch(editor.kind) ? (
        <TextAreaField
          label={t('composer.pitch')}
          hint={editor.edited && editor.pitch.trim() !== '' ? t('composer.pitchKeptEdits') : t('composer.pitchHint')}
          rows={4}
          maxLength={1000}
          lang={editor.language}
          value={editor.pitch}
          onChange={(event) => editor.setPitch(event.target.value)}
        />
      ) : null}
    </div>
  );
}
