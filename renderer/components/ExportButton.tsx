import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './ExportButton.module.css';

interface ExportButtonProps {
  busy: boolean;
  /** True while another export runs or nothing is chosen. */
  unavailable: boolean;
  primary?: boolean;
  onClick: () => void;
  children: ReactNode;
}

/**
 * A button that shows "Exporting…" while main works. It is marked aria-disabled rather
 * than disabled so keyboard focus stays on it instead of falling out of the dialog.
 */
export function ExportButton({ busy, unavailable, primary, onClick, children }: ExportButtonProps) {
  const { t } = useTranslation();
  const blocked = busy || unavailable;
  return (
    <button
      type="button"
      className={`button ${primary ? 'button-primary' : ''} ${styles.exportButton}`}
      aria-busy={busy}
      aria-disabled={blocked}
      onClick={() => {
        if (!blocked) onClick();
      }}
    >
      {busy ? t('exports.busy') : children}
    </button>
  );
}
