// Quick open (Ctrl/Cmd+K): type to find any person, application or card, or an action of
// the menu, and press Enter. cmdk gives the combobox and listbox semantics and the keys;
// the matching and ranking are Rekindle's own (shared/search), so cmdk's filter is off.
import { Command } from 'cmdk';
import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { actionEntry, rankEntries, recordEntriesOf } from '../../../shared/search/palette-search';
import { useAppDialogs } from '../../app/app-dialogs';
import { Dialog } from '../../components/Dialog';
import { useDocument, useReadOnly } from '../../state/app-state';
import { paletteActions, type PaletteCommands } from './palette-actions';
import { recordIndexOf, rowOf, type PaletteRow } from './palette-rows';
import styles from './Palette.module.css';

interface CommandPaletteProps {
  onClose: () => void;
  commands: PaletteCommands;
}

export function CommandPalette({ onClose, commands }: CommandPaletteProps) {
  const { t } = useTranslation();
  const saved = useDocument();
  const readOnly = useReadOnly();
  const dialogs = useAppDialogs();
  const [query, setQuery] = useState('');
  const [chosenKey, setChosenKey] = useState('');
  // Read while rendering for the first time, before the palette takes the keyboard.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null));

  const actions = useMemo(() => paletteActions(t, commands, dialogs, readOnly), [t, commands, dialogs, readOnly]);
  const actionsById = useMemo(() => new Map(actions.map((action) => [action.id, action])), [actions]);
  const entries = useMemo(
    () => [...actions.map((action) => actionEntry(action.id, action.label, [action.keywords])), ...recordEntriesOf(saved)],
    [actions, saved],
  );
  const index = useMemo(() => recordIndexOf(saved), [saved]);
  const rows = useMemo(
    () =>
      rankEntries(entries, query)
        .map((entry) => rowOf(entry, index, actionsById, dialogs, t))
        .filter((row): row is PaletteRow => row !== null),
    [entries, query, index, actionsById, dialogs, t],
  );
  // The best match is chosen until the user moves: Enter right after typing opens it.
  const selected = rows.some((row) => row.key === chosenKey) ? chosenKey : (rows[0]?.key ?? '');

  const choose = (row: PaletteRow) => {
    // One dialog at a time: the palette leaves first and gives the keyboard back to where it
    // was, so the dialog opened next returns there too when it closes.
    flushSync(onClose);
    if (opener?.isConnected) opener.focus();
    row.open();
  };

  return (
    <Dialog
      title={t('palette.title')}
      titleHidden
      className={styles.palette}
      onClose={onClose}
      footer={<p className={styles.hint}>{t('palette.hint')}</p>}
    >
      <Command label={t('palette.inputLabel')} shouldFilter={false} loop vimBindings={false} value={selected} onValueChange={setChosenKey} className={styles.command}>
        <Command.Input
          data-autofocus
          className={`input ${styles.input}`}
          placeholder={t('palette.placeholder')}
          value={query}
          onValueChange={(next) => {
            setQuery(next);
            setChosenKey('');
          }}
        />
        <Command.List label={t('palette.resultsLabel')} className={`${styles.list} ${rows.length === 0 ? styles.nothing : ''}`}>
          {rows.map((row) => (
            <Command.Item key={row.key} value={row.key} onSelect={() => choose(row)} className={styles.item}>
              <span className={styles.icon}>{row.icon}</span>
              <span className={styles.text}>
                <span className={styles.title}>{row.title}</span>
                {row.detail ? <span className={styles.detail}>{row.detail}</span> : null}
              </span>
              <span className={styles.kind}>{t(`palette.kind.${row.kind}`)}</span>
            </Command.Item>
          ))}
        </Command.List>
        {/* In the page from the start, so a screen reader hears it the moment nothing matches. */}
        <p role="status" className={rows.length === 0 ? styles.empty : 'visually-hidden'}>
          {rows.length === 0 ? t('palette.noMatches') : ''}
        </p>
      </Command>
    </Dialog>
  );
}
