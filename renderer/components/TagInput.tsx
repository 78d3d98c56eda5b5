// A tag input with suggestions, on the WAI-ARIA combobox pattern (list autocomplete): the
// text box is a combobox whose listbox offers tags used before. Enter or a comma adds what
// is typed, a pasted list becomes several tags, leaving the box keeps what was typed, and
// every tag has its own remove button. Escape closes the list without closing the dialog.
import { useId, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import styles from './TagInput.module.css';
import { addTags, matchingSuggestions, splitTags, TAG_SEPARATORS } from './tags';

export interface TagInputProps {
  label: string;
  value: readonly string[];
  onChange: (next: string[]) => void;
  suggestions: readonly string[];
  suggestionsLabel: string;
  removeLabel: (tag: string) => string;
  max: number;
  maxLength: number;
  /** Said when the list is full and the box takes no more. */
  fullText: string;
  hint?: string | undefined;
  /** Read to screen readers but not shown (when the same hint is visible nearby). */
  hintHidden?: boolean;
  placeholder?: string;
  error?: string | undefined;
  disabled?: boolean;
}

export function TagInput(props: TagInputProps) {
  const { label, value, onChange, suggestions, max, maxLength, hint, error, disabled } = props;
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const full = value.length >= max;
  const matches = matchingSuggestions(suggestions, value, text);
  const expanded = open && matches.length > 0 && !full;
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const add = (tags: string[]) => {
    if (tags.length > 0) onChange(addTags(value, tags, max));
    setText('');
    close();
  };
  const commitTyped = () => add(splitTags(text, maxLength));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(event.key === 'ArrowDown' ? 0 : matches.length - 1);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + matches.length) % matches.length);
    } else if (event.key === 'Enter') {
      const chosen = expanded && active >= 0 ? matches[active] : undefined;
      // Enter in a form would save it; here it adds the tag, unless there is nothing to add.
      if (chosen === undefined && text.trim() === '') return;
      event.preventDefault();
      if (chosen !== undefined) add([chosen]);
      else commitTyped();
    } else if (event.key === ',' || event.key === ';') {
      event.preventDefault();
      commitTyped();
    } else if (event.key === 'Escape' && (expanded || text !== '')) {
      // The dialog closes on Escape; the first Escape only closes the list or clears the box.
      event.preventDefault();
      event.stopPropagation();
      if (expanded) close();
      else setText('');
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text');
    if (!TAG_SEPARATORS.test(pasted)) return;
    event.preventDefault();
    add(splitTags(`${text}${pasted}`, maxLength));
  };

  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, full ? `${id}-full` : null].filter(Boolean).join(' ');

  return (
    <div className={`field ${styles.field}`}>
      <label htmlFor={id}>{label}</label>
      <div className={styles.box} data-disabled={disabled || undefined}>
        {value.length > 0 ? (
          <ul className={styles.tags} aria-label={label}>
            {value.map((tag) => (
              <li key={tag} className={styles.tag}>
                <span className={styles.tagText}>{tag}</span>
                <button
                  type="button"
                  className={styles.remove}
                  aria-label={props.removeLabel(tag)}
                  title={props.removeLabel(tag)}
                  disabled={disabled}
                  onClick={() => onChange(value.filter((candidate) => candidate !== tag))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <div className={styles.combo}>
          <input
            id={id}
            className={styles.input}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            aria-describedby={describedBy || undefined}
            aria-invalid={error ? true : undefined}
            autoComplete="off"
            maxLength={maxLength}
            placeholder={full ? undefined : props.placeholder}
            disabled={disabled || full}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              // Typing opens the list; an emptied box closes it (arrow down still shows all).
              setOpen(event.target.value.trim() !== '');
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onPaste={onPaste}
            onBlur={commitTyped}
          />
          <ul id={listId} role="listbox" aria-label={props.suggestionsLabel} className={styles.list} hidden={!expanded}>
            {expanded
              ? matches.map((suggestion, index) => (
                  <li
                    key={suggestion}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === active}
                    className={styles.option}
                    // Keeps focus in the box, so choosing with the mouse does not blur (and commit) first.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => add([suggestion])}
                  >
                    {suggestion}
                  </li>
                ))
              : null}
          </ul>
        </div>
      </div>
      {hint ? (
        <span id={`${id}-hint`} className={props.hintHidden ? 'visually-hidden' : 'field-hint'}>
          {hint}
        </span>
      ) : null}
      {full ? (
        <span id={`${id}-full`} className="field-hint">
          {props.fullText}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
