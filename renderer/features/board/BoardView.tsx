import { useTranslation } from 'react-i18next';
import type { View } from '../../../shared/ipc/channels';
import { EmptyState } from '../../components/EmptyState';
import { ViewHeader } from '../../components/ViewHeader';

export function BoardView({ onNavigate }: { onNavigate: (view: View) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <ViewHeader title={t('nav.board')} />
      <EmptyState
        title={t('empty.boardTitle')}
        body={t('empty.boardBody')}
        action={
          <button type="button" className="button button-primary" onClick={() => onNavigate('people')}>
            {t('empty.boardAction')}
          </button>
        }
      />
    </>
  );
}
