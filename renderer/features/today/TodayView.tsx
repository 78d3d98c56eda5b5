import { useTranslation } from 'react-i18next';
import type { View } from '../../../shared/ipc/channels';
import { EmptyState } from '../../components/EmptyState';
import { ViewHeader } from '../../components/ViewHeader';

export function TodayView(_props: { onNavigate: (view: View) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <ViewHeader title={t('nav.today')} />
      <EmptyState title={t('empty.todayTitle')} body={t('empty.todayBody')} />
    </>
  );
}
