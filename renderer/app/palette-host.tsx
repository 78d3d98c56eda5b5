// Quick open in the frame: Ctrl/Cmd+K opens it, and it runs what the window already runs.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppCommand } from '../../shared/ipc/channels';
import { describeError } from '../components/describe-error';
import { saveBackup } from '../features/data/save-backup';
import type { PaletteCommands } from '../features/palette/palette-actions';
import { showToast } from '../state/toasts';
import { CommandPalette } from './lazy-parts';

/**
 * The key itself, for when no native menu takes it (the menu's accelerator sends the
 * `palette` command instead). Opening is idempotent, so both arriving opens it once.
 */
export function usePaletteShortcut(open: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.repeat) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);
}

/** True while another dialog is open: one dialog layer at a time, so the palette waits. */
export function dialogIsOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

export function PaletteHost({ onClose, runCommand }: { onClose: () => void; runCommand: (command: AppCommand) => void }) {
  const { t } = useTranslation();
  const commands = useMemo<PaletteCommands>(
    () => ({
      runCommand,
      backupNow: () => void saveBackup(t).catch((error: unknown) => showToast({ kind: 'error', message: describeError(error, t) })),
    }),
    [runCommand, t],
  );
  return <CommandPalette onClose={onClose} commands={commands} />;
}
