import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';
import { EmptyState } from './EmptyState';

interface EmptyDialogProps {
  /** The dialog's own title, so the user sees which dialog has nothing to offer yet. */
  title: string;
  empty: { title: string; body: string };
  onClose: () => void;
  returnFocus?: () => HTMLElement | null | undefined;
}

/** A dialog with nothing to work on yet: says why, and offers only Close. */
export function EmptyDialog({ title, empty, onClose, returnFocus }: EmptyDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={title}
      onClose={onClose}
      {...(returnFocus ? { returnFocus } : {})}
      footer={
        <button type="button" className="button" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <EmptyState title={empty.title} body={empty.body} />
    </Dialog>
  );
}
